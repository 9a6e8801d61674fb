using NewsNlp.Quotes.Filters;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 19's finding scan (quotes19): a cue word right after an article, a possessive or a preposition is a noun,
/// not a verb of saying (<c>The two-year notes will be …</c>, <c>the demanding role of …</c>). Every text is written for
/// the test.
/// </summary>
public sealed class DeterminedCueVerbTests
{
    [Theory]
    [InlineData("The agency will sell 4 billion dlrs of seven-year notes to repay older debt.", "notes", "to repay older debt", true)]
    [InlineData("The two-year notes will be sold in lots of 5,000 dlrs.", "notes", "will be sold in lots of 5,000 dlrs", true)]
    [InlineData("The four- and seven-year notes will be sold in lots of 5,000 dlrs.", "notes", "will be sold in lots of 5,000 dlrs", true)]
    [InlineData("The 43-year-old says that he will retire in May.", "says", "he will retire in May", false)]
    [InlineData("The brewer sold two of its brands to a rival last year.", "brands", "to a rival last year", true)]
    [InlineData("Markets fell amid signals from the central bank about rates.", "signals", "from the central bank about rates", true)]
    [InlineData("Five teenagers won the demanding role of the young prince in the musical.", "the demanding", "role of the young prince in the musical", true)]
    [InlineData("The minister signals that taxes will rise next year.", "signals", "taxes will rise next year", false)]
    [InlineData("The union said its claim that wages had fallen was true.", "claim", "wages had fallen", false)]
    [InlineData("The mayor won praise by promising that fares would fall.", "promising", "fares would fall", false)]
    [InlineData("The first said that the vote was rigged.", "said", "the vote was rigged", false)]
    [InlineData("The minister faced a call by a former judge to publish the advice.", "call", "to publish the advice", false)]
    [InlineData("The party suspended a candidate for allegedly suggesting that prisons should close.", "allegedly suggesting", "prisons should close", false)]
    [InlineData("The minister denied a new book saying that he had lied.", "new book saying", "he had lied", false)]
    public void ACueWordAfterAnArticleOrPrepositionIsANoun(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new DeterminedCueVerbFilter(), text, cue, content));
}
