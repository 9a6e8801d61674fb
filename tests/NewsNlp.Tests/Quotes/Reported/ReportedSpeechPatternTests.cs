using NewsNlp.Documents;
using NewsNlp.Documents.Parts;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Reported speech as news writes it: what the content of each attribution is, where it ends, and what is not speech.
/// Every text here is written for the test (invented people, places and firms).
/// </summary>
public sealed class ReportedSpeechPatternTests
{
    private static readonly NewsPipeline Pipeline = new([new TokenizerStage(), new StructureStage(), new QuoteStage()]);

    [Theory]
    [InlineData("DUNMORE, May 3 - Shipments through the port of Dunmore rose sharply in April after a long strike ended, port director Anna Kral said.")]
    [InlineData("DUNMORE, Norland (Reuters) - Shipments through the port of Dunmore rose sharply in April after a long strike ended, port director Anna Kral said.")]
    public void AWireLedeAfterItsDatelineIsReportedWithoutTheDateline(string lede)
    {
        string text = "PORT SAYS SHIPMENTS UP\n\n" + lede + "\n    \"We are back to normal,\" she said.\n";
        NewsDocument doc = Pipeline.Process(text);
        Quote q = Assert.Single(doc.Quotes, q => Covers(doc, q, "rose sharply in April"));
        Assert.Equal("Shipments through the port of Dunmore rose sharply in April after a long strike ended", QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("Anna Kral", q.SpeakerName);
    }

    private static bool Covers(NewsDocument doc, Quote q, string words) =>
        q.Content.Any(s => doc.GetText(s).Contains(words, StringComparison.Ordinal));
}
