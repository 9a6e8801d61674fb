using NewsNlp.Documents;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 24 (quotes24): a sentence opening with a long <c>According to X,</c> reports the clause after the comma (the
/// tagger found only the short openers). Every text is written for the test.
/// </summary>
public sealed class AccordingToReportTests
{
    private const string Lead = "Vote row\n\nThe council met on Monday.\n\n";

    [Theory]
    [InlineData("According to a new report by Politico, party insiders are trying to mobilize voters in Florida.", "party insiders are trying to mobilize voters in Florida", "Politico")]
    [InlineData("According to a report from the agency, prices rose sharply in March.", "prices rose sharply in March", "the agency")]
    [InlineData("According to Politico, party insiders are trying to mobilize voters in Florida.", "party insiders are trying to mobilize voters in Florida", "Politico")]
    [InlineData("According to the Port of Rotterdam Authority, 23 container ships were waiting at anchor.", "23 container ships were waiting at anchor", "the Port of Rotterdam Authority")]
    public void ALongAccordingToOpenerReportsTheClause(string sentence, string content, string source)
    {
        NewsDocument doc = QuoteTestHelpers.DefaultPipeline.Process(Lead + sentence + "\n");
        Quote quote = Assert.Single(doc.Quotes);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, quote));
        Assert.Equal("According to", QuoteTestHelpers.CueText(doc, quote));
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, quote));
    }

    [Fact]
    public void AnOpenerWithoutACommaReportsNothing()
    {
        NewsDocument doc = QuoteTestHelpers.DefaultPipeline.Process(Lead + "According to the plan the line would open in 2027 and run to the airport.\n");
        Assert.Empty(doc.Quotes);
    }
}
