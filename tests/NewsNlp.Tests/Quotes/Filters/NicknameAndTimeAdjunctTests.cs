using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes.Filters;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 18's pattern scan of fresh unlabelled news (quotes18): a nickname in quotation marks inside a name was read as
/// a quotation (<c>Tom 'Flash' Gordon told …</c>), a participle after a preposition or article as a verb of saying
/// (<c>recorded with noted jazz musicians</c>), a time adjunct after the cue as the start of what was said (<c>said today
/// it would …</c>), a quoted name after <c>, called</c> as words someone called, a record label's belief as writing, and a closing report followed by <c>, but warned that …</c> as one report with the second.
/// Every text is written for the test; each case was checked to fail on main 3f6588c.
/// </summary>
public sealed class NicknameAndTimeAdjunctTests
{
    private const string Headline = "Harbour plan stalls in Kestrel\n\n";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    private static NewsPipeline AllActs => QuoteTestHelpers.AllActsPipeline;

    [Theory]
    [InlineData("The guitarist Tom 'Flash' Gordon told a radio station he would quit the band.")]
    [InlineData("The guitarist Tom \"Flash\" Gordon told a radio station he would quit the band.")]
    public void ANicknameInsideANameIsNoQuotation(string sentence)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("he would quit the band", QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("told", QuoteTestHelpers.CueText(doc, q));
    }

    [Fact]
    public void AQuotedWordBetweenAVerbAndANameIsStillAQuotation()
    {
        NewsDocument doc = ByDefault.Process(Headline + "Tom Gordon said 'Goodbye' Monday and left the band.\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains("Goodbye", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He recorded with noted jazz musicians such as Ann Rye and Tom Gordon.", "noted", "jazz musicians such as Ann Rye and Tom Gordon", true)]
    [InlineData("Many noted that fares would rise again next year.", "noted", "that fares would rise again next year", false)]
    [InlineData("The chairman noted the fares would rise again next year.", "noted", "the fares would rise again next year", false)]
    public void AParticipleAfterAPrepositionOrArticleModifiesANoun(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new ArticleParticipleCueFilter(), text, cue, content));

    [Theory]
    [InlineData("Kestrel Ferries said today it would cut fares on the northern routes.", "it would cut fares on the northern routes")]
    [InlineData("The firm said last summer that it would cut fares on the northern routes.", "it would cut fares on the northern routes")]
    [InlineData("The firm said yesterday the fares on the northern routes would fall.", "the fares on the northern routes would fall")]
    public void ATimeAdjunctAfterTheCueIsNotReported(string sentence, string content)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
    }

    [Fact]
    public void AnAdjectiveAfterTheCueStaysInTheClause()
    {
        NewsDocument doc = ByDefault.Process(Headline + "The firm said earlier reports were wrong.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("earlier reports were wrong", QuoteTestHelpers.ContentText(doc, q));
    }

    [Fact]
    public void AQuotedNameAfterCalledIsANaming()
    {
        NewsDocument doc = AllActs.Process(Headline + "The sites host links, called \"trackers\" that direct people to others.\n");
        Assert.DoesNotContain(doc.Quotes, q => q.Act == AttributionAct.Speech);
    }

    [Fact]
    public void ARecordLabelsBeliefIsAThought()
    {
        NewsDocument doc = AllActs.Process("Harbour Lines.\n\nThe label believed the name was made up until they got the letter.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(AttributionAct.Thought, q.Act);
    }

    [Theory]
    [InlineData("The truck market is improving, Kestrel said, but warned that it was not gaining from it.", "warned", "it was not gaining from it")]
    [InlineData("The truck market is improving, the firm said, and also added that profits would rise.", "also added", "profits would rise")]
    public void AClosingReportEndsBeforeASecondVerbOfSaying(string sentence, string secondCue, string secondContent)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == "The truck market is improving" && QuoteTestHelpers.CueText(doc, q) == "said");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == secondContent && QuoteTestHelpers.CueText(doc, q) == secondCue);
    }

    [Fact]
    public void AClauseAfterAndWithoutAVerbOfSayingStaysInTheInsertedReport()
    {
        NewsDocument doc = ByDefault.Process(Headline + "The truck market, the firm said, is improving at last.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("The truck market | is improving at last", QuoteTestHelpers.ContentText(doc, q));
    }

    [Theory]
    [InlineData("Mr Hale, responding to calls for the agency to be scrapped, said he would wait.", "responding to calls for", "the agency to be scrapped", true)]
    [InlineData("The minister reacted to his warning by saying Europe needed more unity.", "reacted to his warning by saying", "Europe needed more unity", false)]
    public void WhatSomeoneRespondsToWasSaidByOthers(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new ResponseToOthersFilter(), text, cue, content));

    [Theory]
    [InlineData("Its members reject such claims.", "reject", "such claims", true)]
    [InlineData("Its members said such claims were false.", "said", "such claims were false", false)]
    public void SuchAndANounIsAThingNotAClause(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new DemonstrativeObjectFilter(), text, cue, content));

    [Theory]
    [InlineData("It warned that it could be five years before the agency was \"fit for purpose\", describing it as \"a failing body\".", "warned", "it could be five years before the agency was \"fit for purpose\"")]
    [InlineData("Mr Hale said he would \"break open the champagne\", adding that the vote was a victory.", "said", "he would \"break open the champagne\"")]
    public void AParticipleAfterALedQuotationIsNotItsCue(string sentence, string cue, string content)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == content && QuoteTestHelpers.CueText(doc, q) == cue);
    }

    [Fact]
    public void AParticipleAfterAQuotationWithNoLeadInStillClosesIt()
    {
        NewsDocument doc = ByDefault.Process(Headline + "The plan is \"a disgrace\", saying more than it means.\n\n\"We will fight it all the way to the courts,\" adding the union's voice to the protest.\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).StartsWith("We will fight it", StringComparison.Ordinal) && QuoteTestHelpers.CueText(doc, q) == "adding");
    }

    [Theory]
    [InlineData("Chelsea dominated without seriously threatening to break the defence.", "without seriously threatening", "to break the defence", true)]
    [InlineData("He left without explaining why the talks had failed.", "explaining", "why the talks had failed", true)]
    [InlineData("He kept explaining why the talks had failed.", "explaining", "why the talks had failed", false)]
    public void WhatIsDoneWithoutSayingItIsNotSaid(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new WithoutCueFilter(), text, cue, content));

    [Theory]
    [InlineData("The economy grew last year thanks to a strong recovery in rubber.", "thanks", "to a strong recovery in rubber", true)]
    [InlineData("He thanks the staff for their work.", "thanks", "the staff for their work", false)]
    public void ThanksToIsAPreposition(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new ThanksToFilter(), text, cue, content));

    [Theory]
    [InlineData("The survey seems to fly in the face of recent evidence.", "seems", "to fly in the face of recent evidence", true)]
    [InlineData("However it appears that he has misread the term.", "appears", "he has misread the term", true)]
    [InlineData("The survey says that prices have fallen.", "says", "prices have fallen", false)]
    public void HowSomethingSeemsIsNoReport(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new SeemCueFilter(), text, cue, content));
}
