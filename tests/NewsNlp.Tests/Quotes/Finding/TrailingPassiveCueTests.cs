using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Quotes.Finding;

/// <summary>
/// Session 28: a passive verb of saying after a quotation that closed its sentence (<c>"…." Staff were told on Monday.</c>)
/// is no attribution of that quotation: its subject heard something. Every text is written for the test.
/// </summary>
public sealed class TrailingPassiveCueTests
{
    private static readonly NewsPipeline Pipeline = NewsPipelineBuilder.CreateDefault().Build();

    [Theory]
    [InlineData("Staff were told on Monday.")]
    [InlineData("Workers were informed by letter.")]
    [InlineData("Unions were only told last week.")]
    public void TheQuotationKeepsTheCueBeforeIt(string next)
    {
        string text = "Job cuts\n\nBrantley Foods plans to cut 300 jobs. Chief executive Dana Whitfield said, \"We have no other choice this year.\" " + next + "\n";
        NewsDocument doc = Pipeline.Process(text);
        int at = text.IndexOf("no other choice", StringComparison.Ordinal);
        Quote q = Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.Equal("said", QuoteTestHelpers.CueText(doc, q));
        Assert.Equal("Dana Whitfield", q.SpeakerName);
    }

    [Fact]
    public void AnActiveClosingCueStillAttributes()
    {
        const string text = "Job cuts\n\nBrantley Foods plans to cut 300 jobs. \"We have no other choice this year.\" Dana Whitfield said on Monday.\n";
        NewsDocument doc = Pipeline.Process(text);
        int at = text.IndexOf("no other choice", StringComparison.Ordinal);
        Quote q = Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.Equal("said", QuoteTestHelpers.CueText(doc, q));
        Assert.Equal("Dana Whitfield", q.SpeakerName);
    }
}
