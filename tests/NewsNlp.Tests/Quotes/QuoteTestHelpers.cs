using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
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
}
