using NewsNlp.Documents;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 26 (quotes26), from a fresh scan of unlabelled news and the known leftovers of session 25: a phrase inserted
/// between the cue and <c>that</c> is no content; a clause closed by <c>, according to X</c> keeps its subject; an inverted
/// report after a sentence adverb takes its subject as the source; a ticker tag's <c>&gt;</c> ends no sentence. Every text
/// is written for the test.
/// </summary>
public sealed class ScanTwentySixTests
{
    [Theory]
    [InlineData("Mr Lowe said, in response to a question, that the mill would \"stay open for years\".", "the mill would")]
    [InlineData("The mayor said, in a speech to the council, that the bridge was \"a national scandal\".", "the bridge was")]
    public void APrepositionPhraseBetweenCommasAfterTheCueIsNoContent(string sentence, string opening)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Mill news\n\nWorkers gathered outside.\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains(opening, StringComparison.Ordinal));
        Assert.StartsWith(opening, QuoteTestHelpers.ContentText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void AParticiplePhraseOnTheCuesObjectBeforeThatIsNoContent()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Bank review\n\nLending slowed last year.\n\nThe bank said in its twelve-page review, published on Friday, that it had \"never seen weaker demand\" for loans.\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains("weaker demand", StringComparison.Ordinal));
        Assert.StartsWith("it had", QuoteTestHelpers.ContentText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void AClauseClosedByAccordingToKeepsItsSubjectAfterATickerTag()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Bakery deal\n\nShares rose on Monday.\n\nHarbor Foods Inc <HRBF.O> is in talks to buy a rival bakery chain, according to people familiar with the matter, in what would be its largest deal in a decade.\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "according to");
        Assert.StartsWith("Harbor Foods Inc", QuoteTestHelpers.ContentText(doc, q), StringComparison.Ordinal);
        Assert.EndsWith("bakery chain", QuoteTestHelpers.ContentText(doc, q), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Worryingly, said the firm, the number of unpaid invoices had doubled since March.", "the firm", "the number of unpaid invoices had doubled since March")]
    [InlineData("Crucially, says the report, most of the loans were never repaid.", "the report", "most of the loans were never repaid")]
    public void AnInvertedReportAfterASentenceAdverbHasItsSubjectAsSource(string sentence, string source, string content)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Debts rise\n\nSmall firms are struggling.\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains(content, StringComparison.Ordinal));
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
    }

    [Fact]
    public void ATickerTagBeforeALowerCaseWordEndsNoSentence()
    {
        var document = new NewsDocument("Harbor Foods Inc <HRBF.O> is in talks to buy a rival chain. Its shares rose.");
        new TokenizerStage(NewsTokenizer.Default, LearnedSentenceSplitter.Default).Process(document, CancellationToken.None);
        Assert.Equal(
            ["Harbor Foods Inc <HRBF.O> is in talks to buy a rival chain.", "Its shares rose."],
            document.Sentences.Select(s => document.GetText(s.Span)).ToArray());
    }
}
