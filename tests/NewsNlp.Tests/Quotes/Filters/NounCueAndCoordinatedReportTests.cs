using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 13's second round from the fresh pattern scan and speakers13's requests: cue words standing where only a noun
/// can (<c>the number of calls</c>, <c>Other allegations … included</c>), a prepositional object
/// as content (<c>said at a hearing on the trade bill</c>), a second verb of saying sharing the first report's subject
/// (<c>…, but insisted he …</c>) and a document noun the lexicon also lists as a verb (<c>said the report</c>). Every text is
/// written for the test (invented people, places and firms); each case was checked to change on main 0fce0cc.
/// </summary>
public sealed class NounCueAndCoordinatedReportTests
{
    private const string Headline = "Ferry strike spreads to Kestrel\n\n";

    private static NewsPipeline Everything => QuoteTestHelpers.AllActsPipeline;

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("The number of calls to call centres is growing at a rate of 20% every year.", "calls")]
    [InlineData("Other allegations involving the ferry crew included the loss of a lifeboat.", "allegations")]
    public void ACueWordWhereOnlyANounCanStandReportsNothing(string sentence, string cueWord)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => (QuoteTestHelpers.CueText(doc, q) ?? "").StartsWith(cueWord, StringComparison.Ordinal));
    }

    [Fact]
    public void APrepositionsObjectAfterAVerbOfSayingIsNotWhatWasSaid()
    {
        NewsDocument doc = Everything.Process(Headline + "Senator Ana Kral said at a Senate Finance Committee hearing on the ferry bill.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == "the ferry bill");
    }

    [Fact]
    public void AVerbOfSayingAfterACommaAndButSharesTheFirstReportsSubject()
    {
        NewsDocument doc = ByDefault.Process(Headline
            + "The chancellor would not comment on the reports, but insisted he would not be \"diverted\" from his work.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("insisted", QuoteTestHelpers.CueText(doc, q));
        Assert.Equal("The chancellor", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal("he would not be \"diverted\" from his work", QuoteTestHelpers.ContentText(doc, q));
    }

    [Fact]
    public void ADocumentNounAfterAnInvertedCueIsItsSource()
    {
        NewsDocument doc = ByDefault.Process(Headline + "The firm will build three new piers next year, said the report.\n"
            + "\"Four million robots will be doing jobs in homes by 2007,\" said the report by the Kestrel Commission for Industry.\n");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Equal("the report", QuoteTestHelpers.SourceText(doc, q)));
        Assert.Equal("The firm will build three new piers next year", QuoteTestHelpers.ContentText(doc, doc.Quotes[0]));
    }
}
