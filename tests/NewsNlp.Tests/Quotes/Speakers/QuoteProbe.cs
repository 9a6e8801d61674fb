using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// The arrange/act step the speaker pattern tests share: run a short text through the default pipeline, as the CLI
/// runs it, and read the speaker of the quote whose content holds given words.
/// </summary>
internal static class QuoteProbe
{
    /// <summary>The default pipeline, built once for every speaker pattern test.</summary>
    internal static readonly NewsPipeline Pipeline = NewsPipelineBuilder.CreateDefault().Build();

    /// <summary>The speaker of the quote whose content holds <paramref name="words"/> (fails when no quote does).</summary>
    internal static string? SpeakerOf(string text, string words)
    {
        NewsDocument doc = Pipeline.Process(text);
        int at = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, "the words are in the text");
        Quote? quote = doc.Quotes.FirstOrDefault(q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.True(quote is not null, $"a quote holds '{words}'; found: {string.Join(" / ", doc.Quotes.Select(q => string.Join(" | ", q.Content.Select(doc.GetText))))}");
        return quote.SpeakerName;
    }
}
