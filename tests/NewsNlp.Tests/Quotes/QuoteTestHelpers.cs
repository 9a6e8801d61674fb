using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Filters;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Quotes;

/// <summary>Runs the tokenizer and the quote stage on a text; the full default pipelines the rule tests share.</summary>
internal static class QuoteTestHelpers
{
    /// <summary>The default pipeline with every act reported (how PolNeAR is scored: <c>--acts all</c>).</summary>
    public static readonly NewsPipeline AllActsPipeline = NewsPipelineBuilder.CreateDefault()
        .Replace(QuoteStage.StageName, new QuoteStage(new QuoteStageOptions { Acts = AttributionActs.All })).Build();

    /// <summary>The default pipeline as a user gets it (speech and writing only).</summary>
    public static readonly NewsPipeline DefaultPipeline = NewsPipelineBuilder.CreateDefault().Build();

    public static NewsDocument Annotate(string text, QuoteStageOptions? options = null)
    {
        var pipeline = new NewsPipeline([new TokenizerStage(), new QuoteStage(options ?? new QuoteStageOptions())]);
        return pipeline.Process(text);
    }

    public static string ContentText(NewsDocument doc, Quote q) => string.Join(" | ", q.Content.Select(doc.GetText));

    public static string? SourceText(NewsDocument doc, Quote q) => q.Source is { } s ? doc.GetText(s) : null;

    public static string? CueText(NewsDocument doc, Quote q) => q.Cue is { } s ? doc.GetText(s) : null;

    /// <summary>The tokens [First, End) of the first occurrence of <paramref name="words"/> in <paramref name="text"/>.</summary>
    public static (int First, int End) Tokens(DocumentView v, string text, string words)
    {
        int start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, words);
        int first = 0;
        while (v.Starts[first] < start)
        {
            first++;
        }

        int end = first;
        while (end < v.Count && v.Ends[end] <= start + words.Length)
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>
    /// An indirect draft of <paramref name="content"/> with cue <paramref name="cue"/> (and source <paramref name="source"/>)
    /// at their first occurrences in <paramref name="text"/>, as the finders leave it for a later pass.
    /// </summary>
    public static QuoteDraft IndirectDraft(DocumentView v, string text, string cue, string content, string? source = null)
    {
        (int cf, int ce) = Tokens(v, text, cue);
        (int f, int e) = Tokens(v, text, content);
        var draft = new QuoteDraft { Kind = QuoteKind.Indirect, FirstToken = f, EndToken = e };
        draft.Content.Add(v.Span(f, e));
        draft.SetCue(cf, ce);
        if (source is not null)
        {
            (int sf, int se) = Tokens(v, text, source);
            draft.SetSource(sf, se);
        }

        return draft;
    }

    /// <summary>What <paramref name="filter"/> says of an indirect quote of <paramref name="content"/> with cue <paramref name="cue"/> in <paramref name="text"/>.</summary>
    public static FilterVerdict JudgeIndirect(IAttributionFilter filter, string text, string cue, string content)
    {
        NewsDocument document = Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = IndirectDraft(v, text, cue, content);
        using var context = new FilterContext(v, []);
        return filter.Judge(context, draft);
    }
}
