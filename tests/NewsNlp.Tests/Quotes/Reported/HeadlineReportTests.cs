using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// A headline's <c>Speaker: claim</c> and <c>claim, Speaker Says</c> (<c>HeadlineReport</c>). Every text is written for
/// the test (invented people, places and firms).
/// </summary>
public sealed class HeadlineReportTests
{
    private static NewsPipeline AllActs => QuoteTestHelpers.AllActsPipeline;

    private static NewsPipeline UserDefault => QuoteTestHelpers.DefaultPipeline;

    private const string Body = "\n\nDUNMORE - Port director Anna Kral said on Monday that the dock strike would be over before the weekend. "
        + "Union leaders have not commented.\n";

    [Theory]
    [InlineData("Kral: Dock Strike Will End by Friday", "Kral", "Dock Strike Will End by Friday")]
    [InlineData("Port Director Anna Kral: Dock Strike Will End by Friday", "Port Director Anna Kral", "Dock Strike Will End by Friday")]
    [InlineData("Poll: Most voters back the new harbour plan.", "Poll", "Most voters back the new harbour plan")]
    [InlineData("Kral: dock strike will end by Friday, unions 'exhausted.'", "Kral", "dock strike will end by Friday, unions 'exhausted.'")]
    public void ASpeakerAndAColonOpeningTheHeadlineReportTheRest(string headline, string source, string content)
    {
        NewsDocument doc = AllActs.Process(headline + Body);
        Quote q = HeadlineQuote(doc, headline.Length);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal(":", QuoteTestHelpers.CueText(doc, q));
    }

    [Fact]
    public void ASpeakerAndACapitalisedSaysClosingTheHeadlineReportWhatCameBefore()
    {
        const string headline = "Dock Strike Will End by Friday, Port Director Anna Kral Says";
        NewsDocument doc = AllActs.Process(headline + Body);
        Quote q = HeadlineQuote(doc, headline.Length);
        Assert.Equal("Dock Strike Will End by Friday", QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("Port Director Anna Kral", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal("Says", QuoteTestHelpers.CueText(doc, q));
    }

    [Theory]
    [InlineData("The Latest: Dock strike ends in Dunmore")]
    [InlineData("Breaking: Dock Strike Ends in Dunmore")]
    [InlineData("Kral: Will the Dock Strike End by Friday?")]
    [InlineData("A Plan for the Port: Build More Quays")]
    public void ALabelOrAQuestionAfterTheColonIsNoReport(string headline)
    {
        NewsDocument doc = AllActs.Process(headline + Body);
        Assert.DoesNotContain(doc.Quotes, q => q.DecidedBy.StartsWith(RuleNames.HeadlineReport, StringComparison.Ordinal));
    }

    [Fact]
    public void AHeadlineReportIsGivenOnlyToCallersAskingForEveryAct()
    {
        const string headline = "Kral: Dock Strike Will End by Friday";
        NewsDocument doc = UserDefault.Process(headline + Body);
        Assert.DoesNotContain(doc.Quotes, q => q.Content[0].Start < headline.Length);
    }

    private static Quote HeadlineQuote(NewsDocument doc, int headlineEnd)
    {
        Quote q = Assert.Single(doc.Quotes, q => q.Content[0].Start < headlineEnd);
        Assert.StartsWith(RuleNames.HeadlineReport, q.DecidedBy, StringComparison.Ordinal);
        return q;
    }
}
