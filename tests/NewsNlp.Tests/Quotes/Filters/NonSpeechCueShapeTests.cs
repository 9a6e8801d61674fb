using NewsNlp.Documents;
using NewsNlp.Quotes.Filters;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 24 (quotes24), from a fresh scan of unlabelled news: <c>continued to</c> before a verb of doing, an
/// intransitive <c>compares with</c>, a plan put off (<c>shelved a plan to float …</c>) and a sourceless passive before
/// a bare noun phrase (<c>has been ruled out of the Ireland team</c>) report no speech; a report's clause after <c>said,
/// however,</c> starts after the inserted adverb. Every text is written for the test.
/// </summary>
public sealed class NonSpeechCueShapeTests
{
    [Theory]
    [InlineData("Gasoline continued to trade at a premium to heating oil.", "continued to", "trade at a premium to heating oil", true)]
    [InlineData("Prices continue to rise across the region.", "continue to", "rise across the region", true)]
    [InlineData("The minister continued to insist that the plan was sound.", "continued to", "insist that the plan was sound", false)]
    [InlineData("The minister wanted to say that the plan was sound.", "wanted to", "say that the plan was sound", false)]
    public void ContinuedToBeforeAVerbOfDoingIsAnAction(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new ContinuedInfinitiveFilter(), text, cue, content));

    [Theory]
    [InlineData("Kramer said he saw the one pct figure, which compares with 1.8 pct last year, as the limit.", "compares", "he saw the one pct figure", true)]
    [InlineData("Sales rose 5 pct, compared to 3 pct a year earlier, the company said.", "compared", "Sales rose 5 pct", true)]
    [InlineData("The senator compared the plan to a surrender.", "compared", "the plan to a surrender", false)]
    public void AnIntransitiveCompareIsAnAction(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new IntransitiveCompareFilter(), text, cue, content));

    [Theory]
    [InlineData("The U.S. Army has delayed the purchase to cut costs this year.", "has delayed the purchase", "to cut costs this year", true)]
    [InlineData("The firm shelved a plan to float its unit.", "shelved a plan", "to float its unit", true)]
    [InlineData("The union urged members to reject the offer.", "urged members", "to reject the offer", false)]
    [InlineData("The company announced plans to cut 500 jobs.", "announced plans", "to cut 500 jobs", false)]
    [InlineData("The mayor issued a statement to clarify her remarks.", "issued a statement", "to clarify her remarks", false)]
    [InlineData("As he put it in a speech to his colleague in July, the plan is dead.", "put it in a speech", "to his colleague in July", false)]
    public void APlanPutOffIsAnAction(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new VerblessCueInfinitiveFilter(), text, cue, content));

    [Theory]
    [InlineData("Gordon D'Arcy has been ruled out of the Ireland team for Saturday's clash against Scotland.", "has been ruled out of", "the Ireland team for Saturday's clash against Scotland", true)]
    [InlineData("It was announced that the stadium would close.", "was announced", "that the stadium would close", false)]
    [InlineData("He ruled out of hand any rise in taxes.", "ruled out of", "hand any rise in taxes", false)]
    public void ASourcelessPassiveBeforeANounPhraseIsAnAction(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new SourcelessPassiveObjectFilter(), text, cue, content));

    [Theory]
    [InlineData("Army Lt. Col. Craig McNab said, however, that Ronald and Rapier \"are not out of the picture by a long shot.\"", "Ronald and Rapier")]
    [InlineData("The minister said, meanwhile, that the deal \"will not be reopened\" before May.", "the deal")]
    public void AReportsClauseStartsAfterAnInsertedAdverb(string sentence, string opening)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Missile talks\n\nThe Army met on Monday.\n\n" + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).StartsWith(opening, StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).StartsWith(','));
    }
}
