using NewsNlp.Documents;
using NewsNlp.Quotes.Filters;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 20 (quotes20), from a fresh scan of unlabelled news: finding something out is learning it, a charge with an
/// offence is a legal step, a plural noun with an auxiliary after it and no speaker is no cue, and a plan or deal that
/// "calls for" something provides for it. Every text is written for the test; each pipeline case gave a speech or
/// writing quote on main f29c58a.
/// </summary>
public sealed class LearningChargeAndProvisionTests
{
    private const string Lead = "Council budget row\n\nThe council met on Monday. ";

    [Theory]
    [InlineData("The players found out they had been dropped from the squad.", "found out", "they had been dropped from the squad", true)]
    [InlineData("Parents only find out their school has closed when the letter comes.", "find out", "their school has closed", true)]
    [InlineData("The survey found that most parents back the plan.", "found", "most parents back the plan", false)]
    public void FindingOutIsLearning(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new FindOutFilter(), text, cue, content));

    [Theory]
    [InlineData("Sgt. John Baker was charged yesterday with espionage and conspiracy.", "was charged yesterday", "with espionage and conspiracy", true)]
    [InlineData("Prosecutors charged him with fraud.", "charged", "with fraud", true)]
    [InlineData("The senator charged that the vote had been rigged.", "charged", "the vote had been rigged", false)]
    public void AChargeWithAnOffenceIsALegalStep(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new LegalChargeFilter(), text, cue, content));

    [Theory]
    [InlineData("However, talks will begin only if the unions agree.", "talks", "will begin only if the unions agree", true)]
    [InlineData("However, talks about the plan began on Monday.", "talks", "about the plan began on Monday", false)]
    [InlineData("The minister says the plan will work.", "says", "the plan will work", false)]
    public void ASourcelessPluralNounBeforeAnAuxiliaryIsNoCue(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new SourcelessNounCueFilter(), text, cue, content));

    [Theory]
    [InlineData("The agreement, signed at a ceremony in the presence of the mayor, calls for a split of the profits.", "calls for", "a split of the profits", true)]
    [InlineData("The plan calls for 300 job cuts at the plant.", "calls for", "300 job cuts at the plant", true)]
    [InlineData("The union calls for 300 new jobs at the plant.", "calls for", "300 new jobs at the plant", false)]
    [InlineData("The resolution calls for an immediate ceasefire.", "calls for", "an immediate ceasefire", false)]
    public void APlanThatCallsForSomethingProvidesForIt(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new ProvisionCallFilter(), text, cue, content));

    [Theory]
    [InlineData("The United States, responding to the kidnapping of a journalist, insisted it would not yield.", "responding", "the kidnapping of a journalist", true)]
    [InlineData("The firm responded to say it would appeal.", "responded", "say it would appeal", false)]
    [InlineData("The club responded to the ban by saying it would appeal.", "responded", "the ban by saying it would appeal", false)]
    public void WhatSomeoneRespondsToIsNoReport(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new ResponseToOthersFilter(), text, cue, content));

    [Theory]
    [InlineData("Veteran actor Morgan Freeman took the best supporting actor award for his role.", "took the best supporting", "actor award for his role", true)]
    [InlineData("The agency ignored the warning signs for months.", "ignored the warning", "signs for months", true)]
    [InlineData("The minister issued a statement saying the plan would go ahead.", "saying", "the plan would go ahead", false)]
    public void AnIngWordAfterAnArticleModifiesANoun(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new ArticleParticipleCueFilter(), text, cue, content));

    [Theory]
    [InlineData("The players found out they had been dropped from the squad on Friday.", "found out")]
    [InlineData("Sgt. John Baker, 24, was charged yesterday with espionage, conspiracy and failure to follow orders.", "charged")]
    [InlineData("The city has also announced that it will open a new library in April. However, talks will begin only if the unions agree to the plan.", "talks")]
    [InlineData("The agreement, signed at a ceremony in the presence of the mayor, calls for a split of the profits with the city.", "calls for")]
    [InlineData("The United States, responding to the kidnapping of a journalist, today insisted it would not yield to blackmail.", "responding")]
    [InlineData("Veteran actor Morgan Freeman took the best supporting actor award for playing a gym manager.", "supporting")]
    public void NoSpeechIsReportedByDefault(string sentence, string cueWord)
    {
        NewsDocument doc = QuoteTestHelpers.DefaultPipeline.Process(Lead + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => (QuoteTestHelpers.CueText(doc, q) ?? string.Empty).Contains(cueWord, StringComparison.Ordinal));
    }
}
