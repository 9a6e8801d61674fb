using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Filters;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 25 (quotes25), from a fresh scan of unlabelled news and the known leftovers of session 24: a cue after
/// <c>yet to</c> reports nothing said yet; <c>continued</c> with a noun-phrase object is an action; a cue word in -s
/// after a preposition is a noun; a clause that ran on to the next report's subject ends before the conjunction; a
/// ticker tag after a company's name is neither cue nor source. Every text is written for the test.
/// </summary>
public sealed class ScanTwentyFiveTests
{
    [Theory]
    [InlineData("The BBC is yet to confirm the final two stars of the show.", "is yet to confirm", "the final two stars of the show", true)]
    [InlineData("The ministry has yet to say when the bridge will reopen.", "has yet to say", "when the bridge will reopen", true)]
    [InlineData("The BBC has confirmed the final two stars of the show.", "has confirmed", "the final two stars of the show", false)]
    public void ACueAfterYetToIsNotSpeech(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new NegatedCueFilter(), text, cue, content));

    [Theory]
    [InlineData("They continued the process of multilateral surveillance of their economies.", "continued", "the process of multilateral surveillance of their economies", true)]
    [InlineData("The army continues its advance on the city.", "continues", "its advance on the city", true)]
    [InlineData("The minister continued that the plan was sound.", "continued", "that the plan was sound", false)]
    [InlineData("The minister added the plan was sound.", "added", "the plan was sound", false)]
    public void ContinuedWithAnObjectIsAnAction(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new ContinuedObjectFilter(), text, cue, content));

    [Theory]
    [InlineData("The governor said after talks with its advisory committee that it could not pay.", "talks with", "its advisory committee", true)]
    [InlineData("Prices fell amid calls for a ban on exports.", "calls for", "a ban on exports", true)]
    [InlineData("The governor talks with its advisory committee every week.", "talks with", "its advisory committee every week", false)]
    public void ACueWordInSAfterAPrepositionIsANoun(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new CueNounFilter(), text, cue, content));

    [Fact]
    public void AClauseThatRunsOnToTheNextReportsSubjectEndsBeforeTheConjunction()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Housing bill passes\n\nParliament passed the bill on Tuesday.\n\nCritics have called the law \"a gift to landlords,\" and opposition leader Ann Fry called it \"shameful\".\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains("Ann Fry", StringComparison.Ordinal));
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains("shameful", StringComparison.Ordinal)
            && QuoteTestHelpers.SourceText(doc, q) == "opposition leader Ann Fry");
    }

    [Theory]
    [InlineData("Acme Corp <ACME.N> said on Tuesday it would cut 500 jobs.", "it would cut 500 jobs", "Acme Corp")]
    [InlineData("Atlantic Richfield Co <ARC> asked for special safeguards, the filing showed.", "special safeguards", "Atlantic Richfield Co")]
    [InlineData("Occidental Petroleum Co <OXY> demanded cash for crude and Atlantic Richfield Co <ARC> asked for special safeguards.", "special safeguards", "Atlantic Richfield Co")]
    public void ATickerTagIsNeitherCueNorSource(string sentence, string content, string source)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Company news\n\nShares were steady.\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains(content, StringComparison.Ordinal));
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
        Assert.DoesNotContain('>', QuoteTestHelpers.CueText(doc, q) ?? string.Empty);
    }

    [Fact]
    public void AReportedContentNeverEndsInAConjunction()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Royal engagement\n\nThe couple met reporters at Windsor.\n\nMrs Hale said the prince went down on one knee to propose and added: \"I'm just coming down to earth.\"\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).StartsWith("the prince went down", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).EndsWith(" and", StringComparison.Ordinal));
    }

    [Fact]
    public void ACueReportsTheClauseAfterItNotTheSentenceBefore()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Pearce eyes City job\n\nThe former England defender had a year as player-boss with Nottingham Forest eight seasons ago but has made no secret of his desire to have another crack at the job. "
            + "He was linked with the manager's job at Oldham and Keegan has stated he would not get in the way if Pearce wanted to leave.\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).StartsWith("he would not get in the way", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Quotes, q => q.Act == AttributionAct.Speech && QuoteTestHelpers.ContentText(doc, q).Contains("player-boss", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("If the European Council agrees on the draft directive it will return to parliament.", "agrees on", "the draft directive it will return to parliament", true)]
    [InlineData("Rates may fall, but if the major economies continue to show sluggish growth, action could follow.", "continue to show", "sluggish growth", true)]
    [InlineData("The minister said that if the talks fail, prices will rise.", "said", "that if the talks fail, prices will rise", false)]
    [InlineData("The European Council agrees on the draft directive.", "agrees on", "the draft directive", false)]
    public void ACueInsideAConditionIsAnAction(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new ConditionalCueFilter(), text, cue, content));

    [Fact]
    public void AReportWhoseSourceStandsBeforeTheConditionStands()
    {
        const string text = "Mr Dunn said the minister should know that if he said things which were wrong, they would come back.";
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = QuoteTestHelpers.IndirectDraft(v, text, "said things", "things which were wrong", "Mr Dunn");
        draft.SetCue(draft.CueFirst, draft.CueFirst + 1);
        using var context = new FilterContext(v, []);
        Assert.Equal(FilterVerdict.Keep, new ConditionalCueFilter().Judge(context, draft));
    }
}
