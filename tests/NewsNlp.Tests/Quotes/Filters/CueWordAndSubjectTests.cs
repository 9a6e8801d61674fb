using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 14's pattern scan of fresh unlabelled news (quotes14): cue words that are no verb where they stand (after a
/// possessive, in <c>so-called</c>, an adverb of hearsay, a capitalised word inside a name, a topic noun before "of" or
/// "for", a passive <c>called upon to</c>), a demonstrative and a noun as content (<c>cited that comment</c>), <c>according
/// to</c> a measure (<c>according to their voting intention</c>), a clause before its closing cue that is no object of it, and the subject of
/// <c>said</c> that can speak whatever its noun (<c>the quarterback said</c>, <c>32% said</c>). Every text is written for
/// the test (invented people, places and firms); each case was checked to change on main c6fe39c (the demonstrative and
/// according-to cases on main 1243a7f).
/// </summary>
public sealed class CueWordAndSubjectTests
{
    private const string Headline = "Harbour plan stalls in Kestrel\n\n";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("His welcome address had to be postponed after the vote.", "welcome")]
    [InlineData("The device will be used to create so-called Personal Area Networks that let a home swap data with the grid.", "called")]
    [InlineData("Spammers who have reportedly redirected traffic from their sites were blamed.", "have reportedly")]
    [InlineData("Some 600 schools have signed up for the Y Vote Mock Elections 2005 run by the Harwell Society.", "Mock")]
    [InlineData("The orchestra is often called upon to play when the speeches run on too long.", "is often called upon")]
    [InlineData("While demand for new homes is far from booming, builders are busy.", "demand for")]
    public void ACueWordThatIsNoVerbOfSayingReportsNothing(string sentence, string cue)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == cue);
    }

    [Theory]
    [InlineData("Downing Street cited that comment when it rejected the plan.", "that comment")]
    [InlineData("Part of the loan will be used to support that program.", "that program")]
    public void ADemonstrativeAndANounAreNoReportedClause(string sentence, string content)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == content);
    }

    [Fact]
    public void ThatAndAnAdverbOpenAClauseNotAThing()
    {
        NewsDocument doc = ByDefault.Process(Headline + "Mr Valko came home two years ago. He explained that initially, his firm is going to export "
            + "building materials to Spain.\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == "He" && QuoteTestHelpers.CueText(doc, q) == "explained");
    }

    [Fact]
    public void AccordingToAMeasureIsNoReport()
    {
        NewsDocument doc = ByDefault.Process(Headline + "The voters are put in 24 categories according to their last known voting intention, "
            + "ranging from \"Labour (firm)\" to \"target (Tory)\".\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "according to");
    }

    [Fact]
    public void AClauseBeforeAClosingReportIsNoObjectOfItsVerb()
    {
        NewsDocument doc = ByDefault.Process(Headline + "Both men bought some of the shares, the Harwell news agency reported.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("Both men bought some of the shares", QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("the Harwell news agency", QuoteTestHelpers.SourceText(doc, q));
    }

    [Theory]
    [InlineData("Coach Marlow benched Fenton at halftime, and the quarterback said he was disappointed about the decision.",
        "the quarterback", "he was disappointed about the decision")]
    [InlineData("Meantime, 32% said Mr Hale was a good mayor and 38% disagreed.", "32%", "Mr Hale was a good mayor and 38% disagreed")]
    [InlineData("Thirty per cent said the affair showed he could not be trusted.", "Thirty per cent", "the affair showed he could not be trusted")]
    public void TheSubjectOfSaidCanSpeakWhateverItsNoun(string sentence, string source, string content)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
    }
}
