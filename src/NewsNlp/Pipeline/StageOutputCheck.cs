using System.Globalization;
using NewsNlp.Documents;

namespace NewsNlp.Pipeline;

/// <summary>
/// Checks, after each stage, that the document's built-in layers still point into the text: every token, structure
/// part, entity mention and quote span (content, cue, source) lies within the text and does not end before it starts,
/// and every sentence and paragraph covers tokens that exist. A stage that broke this fails the document there, with
/// the stage and the annotation named, instead of a later writer or reader meeting a span it cannot slice (which in a
/// batch ended the whole output stream). One pass over each layer: linear in the annotations, no allocation unless
/// something is wrong.
/// </summary>
internal static class StageOutputCheck
{
    /// <summary>Throws <see cref="InvalidOperationException"/> naming <paramref name="stage"/> when an annotation is out of bounds.</summary>
    public static void Check(IPipelineStage stage, NewsDocument document)
    {
        int length = document.Text.Length;
        if (stage.Produces.Contains(AnnotationNames.Tokens))
        {
            ReadOnlySpan<TokenRow> rows = document.Tokens.Rows;
            for (int i = 0; i < rows.Length; i++)
            {
                if (rows[i].Start < 0 || rows[i].Length < 0 || rows[i].End > length)
                {
                    Fail(stage, document, $"token {i}", new TextSpan(rows[i].Start, rows[i].End));
                }
            }
        }

        CheckRanges(stage, document, document.Sentences, "sentence");
        CheckRanges(stage, document, document.Paragraphs, "paragraph");
        for (int i = 0; i < document.Structure.Count; i++)
        {
            CheckSpan(stage, document, document.Structure[i].Span, "structure part", i);
        }

        for (int i = 0; i < document.Entities.Count; i++)
        {
            CheckSpan(stage, document, document.Entities[i].Span, "entity mention", i);
        }

        for (int i = 0; i < document.Quotes.Count; i++)
        {
            Quote quote = document.Quotes[i];
            foreach (TextSpan part in quote.Content)
            {
                CheckSpan(stage, document, part, "content of quote", quote.Id);
            }

            if (quote.Cue is { } cue)
            {
                CheckSpan(stage, document, cue, "cue of quote", quote.Id);
            }

            if (quote.Source is { } source)
            {
                CheckSpan(stage, document, source, "source of quote", quote.Id);
            }
        }
    }

    private static void CheckRanges(IPipelineStage stage, NewsDocument document, AnnotationLayer<TokenRange> layer, string what)
    {
        int tokens = document.Tokens.Count;
        for (int i = 0; i < layer.Count; i++)
        {
            TokenRange range = layer[i];
            CheckSpan(stage, document, range.Span, what, i);
            if (range.FirstToken < 0 || range.EndToken < range.FirstToken || range.EndToken > tokens)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Stage '{stage.Name}' left {what} {i} covering tokens [{range.FirstToken}, {range.EndToken}) of a document with {tokens} tokens (document '{document.Metadata.Id}')."));
            }
        }
    }

    private static void CheckSpan(IPipelineStage stage, NewsDocument document, TextSpan span, string what, int index)
    {
        if (!span.LiesWithin(document.Text.Length))
        {
            Fail(stage, document, string.Create(CultureInfo.InvariantCulture, $"{what} {index}"), span);
        }
    }

    private static void Fail(IPipelineStage stage, NewsDocument document, string what, TextSpan span) =>
        throw new InvalidOperationException(string.Create(
            CultureInfo.InvariantCulture,
            $"Stage '{stage.Name}' left {what} with span {span}, which {(span.End < span.Start ? "ends before it starts" : "lies outside the document text")} (length {document.Text.Length}; document '{document.Metadata.Id}')."));
}
