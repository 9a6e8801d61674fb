using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Quotes;

/// <summary>Runs the tokenizer and the quote stage on a text.</summary>
internal static class QuoteTestHelpers
{
    public static NewsDocument Annotate(string text, QuoteStageOptions? options = null)
    {
        var pipeline = new NewsPipeline([new TokenizerStage(), new QuoteStage(options ?? new QuoteStageOptions())]);
        return pipeline.Process(text);
    }

    public static string ContentText(NewsDocument doc, Quote q) => string.Join(" | ", q.Content.Select(doc.GetText));

    public static string? SourceText(NewsDocument doc, Quote q) => q.Source is { } s ? doc.GetText(s) : null;

    public static string? CueText(NewsDocument doc, Quote q) => q.Cue is { } s ? doc.GetText(s) : null;
}
