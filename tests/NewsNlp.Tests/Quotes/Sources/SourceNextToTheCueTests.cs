using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Tests.Quotes.Sources;

/// <summary>
/// Session 20 (polnear20): the source mention is the one that names the speaker in the attribution itself — the subject
/// before the cue rather than a hearer after it, the speaker next to an inserted cue, the subject of a trailing cue after
/// a possessor or a long appositive — and a continued quotation keeps its speaker over a cue in the sentence that
/// already reports it or over a negated cue. Every sentence is written for the test.
/// </summary>
public sealed class SourceNextToTheCueTests
{
    [Theory]
    [InlineData("Dunmore", false)]
    [InlineData("Even Norland", true)]
    public void AMixedQuoteTakesTheTaggersSourceOnlyBeforeItsCue(string tagged, bool takes)
    {
        const string text = "Even Norland said it was \"firmly opposed\" to the toll and warned Dunmore to drop it.";
        using var v = new DocumentView(QuoteTestHelpers.Annotate(text), useEntities: false);
        var d = new QuoteDraft { Kind = QuoteKind.Mixed };
        (int cf, int ce) = QuoteTestHelpers.Tokens(v, text, "said");
        d.SetCue(cf, ce);
        (int sf, int se) = QuoteTestHelpers.Tokens(v, text, "Norland");
        d.SetSource(sf, se);
        (int tf, int te) = QuoteTestHelpers.Tokens(v, text, tagged);
        Assert.Equal(takes, NewsNlp.Quotes.Reported.LearnedAttribution.TakesTaggerSource(v, d, tf, te));
    }

    [Theory]
    [InlineData("Ms Vale", true)]
    [InlineData("Dunmore", false)]
    public void AMentionAfterTheCueThatAReportingVerbFollowsIsTheClosingSpeaker(string tagged, bool takes)
    {
        // Session 20 (lead): the rules' cue is the noun "claims"; the closing "Ms Vale said" names who said it.
        const string text = "The deal also proved claims of a rift between Dunmore and the port were \"wrong\", Ms Vale said.";
        using var v = new DocumentView(QuoteTestHelpers.Annotate(text), useEntities: false);
        var d = new QuoteDraft { Kind = QuoteKind.Mixed };
        (int cf, int ce) = QuoteTestHelpers.Tokens(v, text, "claims");
        d.SetCue(cf, ce);
        (int tf, int te) = QuoteTestHelpers.Tokens(v, text, tagged);
        Assert.Equal(takes, NewsNlp.Quotes.Reported.LearnedAttribution.TakesTaggerSource(v, d, tf, te));
    }

    [Fact]
    public void AClosingSpeakerAfterAClaimNounKeepsTheQuote()
    {
        const string text = "Port deal signed\n\nThe harbour deal was signed on Monday.\n\nThe deal, struck at the council last week, also proved claims of a rift between the city and the port were \"wrong\", Ms Vale said. It was a \"historic step\", she added.";
        (NewsDocument doc, Quote q) = QuoteHolding(text, "struck at the council");
        Assert.Equal("Ms Vale", QuoteTestHelpers.SourceText(doc, q));
    }

    [Fact]
    public void APersonWithACountAfterOfIsOneSubject()
    {
        const string text = "The plan was announced on Monday.\n\nWhen pressed on the plan, the 34-year-old mother of three replied, \u201CIt is meant to help every mother in the port.\u201D";
        (NewsDocument doc, Quote q) = QuoteHolding(text, "It is meant");
        Assert.Equal("the 34-year-old mother of three", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal("replied", QuoteTestHelpers.CueText(doc, q));
    }

    [Fact]
    public void AContinuedQuotationKeepsItsSpeakerOverACueInTheSentenceThatReportsThePreviousOne()
    {
        const string text = "The committee voted on Tuesday.\n\n\"Subpoenas are not optional,\" panel chairman Rep. Tom Hale (R-Utah) said after Berg failed to show up at the second committee hearing he was formally called to in the past two weeks. \"Mr. Berg is a crucial fact witness in this committee's investigation of the harbour deal.\"";
        (NewsDocument doc, Quote q) = QuoteHolding(text, "Mr. Berg is a crucial");
        Assert.Contains("Tom Hale", QuoteTestHelpers.SourceText(doc, q) ?? q.SpeakerName ?? "");
    }

    [Fact]
    public void AContinuedQuotationKeepsItsSpeakerOverANegatedCue()
    {
        const string text = "The talks ended on Friday.\n\n\"We have had problems with break-ins at the port in the past,\" Ana Ruiz said after meeting the harbour police. She didn't suggest new patrols. \"Our goal is to set rules that every ship in the harbour follows.\"";
        (NewsDocument doc, Quote q) = QuoteHolding(text, "Our goal is");
        Assert.DoesNotContain("suggest", QuoteTestHelpers.CueText(doc, q) ?? "");
        Assert.Equal("Ana Ruiz", q.SpeakerName);
    }

    [Fact]
    public void TheObjectOfAParticipleIsNoInvertedSpeaker()
    {
        const string text = "The show starts at nine.\n\nThe host has three tasks tonight and must keep the whole crowd laughing, adding levity.";
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(text);
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == "levity");
    }

    [Fact]
    public void AReportInsertedAfterARelativeClauseTakesTheSpeakerNextToItsCue()
    {
        const string text = "The board met on Monday.\n\nMr. Berg set himself apart from Mr. Hale, who works for the port authority and, Mr. Berg said, has recently backed the new toll on ships.";
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(text);
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "said");
        Assert.Equal("Mr. Berg", QuoteTestHelpers.SourceText(doc, q));
    }

    [Fact]
    public void ATrailingCueAfterAPossessorSplitsOneQuotation()
    {
        const string text = "The ad ran on Monday.\n\n\u201CIf he thinks that makes him smart,\u201D the ad\u2019s narrator says, \u201Cwhat does he think of you?\u201D";
        (NewsDocument doc, Quote q) = QuoteHolding(text, "If he thinks");
        Assert.Contains("narrator", QuoteTestHelpers.SourceText(doc, q) ?? "");
        Assert.Equal("says", QuoteTestHelpers.CueText(doc, q));
    }

    [Fact]
    public void ATrailingCueAfterALongAppositiveIsTheQuotationsOwn()
    {
        const string text = "The film opened in May. All of this is powerfully documented in the film.\n\n\u201CThis narrative isn\u2019t just in our institutions, it\u2019s being pushed by media, where we find the labels of \u2018criminal, super predator,\u2019\u201D Ana Ruiz, the director of the Centre for Fair Media and one of the voices heard in the film, told the Dunmore Herald.";
        (NewsDocument doc, Quote q) = QuoteHolding(text, "This narrative");
        Assert.Equal("Ana Ruiz", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal("told", QuoteTestHelpers.CueText(doc, q));
        Assert.StartsWith(RuleNames.CueAfterQuote, q.DecidedBy, StringComparison.Ordinal); // the sieve's, not the tagger's guess
    }

    [Fact]
    public void TheRankerLeavesTheOneWhoFacedCriticismWithoutASource()
    {
        const string text = "The visit ended on Friday.\n\nFor her part, Ana Ruiz has faced sharp criticism for failing to address the violence against dock workers in the northern port.";
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(text);
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) is { } s && s.Contains("Ruiz", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The top earners would see their incomes go up by 19.9 percent, according to the Dunmore Tax Centre, more than twice the rest.", "would see", "their incomes", "according to", "the Dunmore Tax Centre")]
    [InlineData("Harbour police have said they have no plans to release the video, according to lawyers for the family.", "have said", "they have no plans", "have said", "Harbour police")]
    public void AClosingAccordingToGivesTheSourceOfAClauseWithoutASpeechCue(string text, string cue, string content, string expectedCue, string expectedSource)
    {
        using var v = new DocumentView(QuoteTestHelpers.Annotate(text), useEntities: false);
        var d = new QuoteDraft { Kind = QuoteKind.Indirect };
        (int cf, int ce) = QuoteTestHelpers.Tokens(v, text, cue);
        d.SetCue(cf, ce);
        (int sf, int se) = QuoteTestHelpers.Tokens(v, text, text[..text.IndexOf(' ' + cue, StringComparison.Ordinal)]);
        d.SetSource(sf, se);
        (int first, _) = QuoteTestHelpers.Tokens(v, text, content);
        d.FirstToken = first;
        d.EndToken = QuoteTestHelpers.Tokens(v, text, ", according").First;
        ClosingAccordingTo.Apply(v, d, [d]);
        Assert.Equal(expectedCue, text[v.Starts[d.CueFirst]..v.Ends[d.CueEnd - 1]]);
        Assert.Equal(expectedSource, text[v.Starts[d.SourceFirst]..v.Ends[d.SourceEnd - 1]]);
    }

    [Fact]
    public void AClosingAccordingToLeavesAClauseNestedInTheRulesWholeReport()
    {
        const string text = "Dunmore's airline could move 7,000 jobs abroad as it seeks to save costs, according to newspaper reports.";
        using var v = new DocumentView(QuoteTestHelpers.Annotate(text), useEntities: false);
        var inner = new QuoteDraft { Kind = QuoteKind.Indirect };
        (int cf, int ce) = QuoteTestHelpers.Tokens(v, text, "seeks");
        inner.SetCue(cf, ce);
        inner.SetSource(QuoteTestHelpers.Tokens(v, text, "it seeks").First, cf);
        (inner.FirstToken, _) = QuoteTestHelpers.Tokens(v, text, "to save");
        (inner.EndToken, _) = QuoteTestHelpers.Tokens(v, text, ", according");
        var whole = new QuoteDraft { Kind = QuoteKind.Indirect, FirstToken = 0, EndToken = inner.EndToken };
        (int af, int ae) = QuoteTestHelpers.Tokens(v, text, "according to");
        whole.SetCue(af, ae);
        Assert.False(ClosingAccordingTo.Apply(v, inner, [whole, inner]));
        Assert.True(ClosingAccordingTo.Apply(v, inner, [inner]));
    }

    [Theory]
    [InlineData("Though an arbitration panel in 2001 found the port in breach, the deal held.", "2001", "found", "an arbitration panel")]
    [InlineData("The harbour court on Monday ruled the toll unlawful.", "Monday", "ruled", "The harbour court")]
    [InlineData("Ana Ruiz said the toll was unlawful.", "Ana Ruiz", "said", "Ana Ruiz")]
    public void ATimeAdjunctIsNoSource(string text, string source, string cue, string expected)
    {
        QuoteDraft d = Draft(text, source, cue, out DocumentView v);
        using (v)
        {
            TimeAdjunctSource.Apply(v, d);
            Assert.Equal(expected, text[v.Starts[d.SourceFirst]..v.Ends[d.SourceEnd - 1]]);
        }
    }

    [Theory]
    [InlineData("The film \u2015 which weaves together the voices of historians and activists, among others \u2015 explains the history of the port.", "others \u2015", "explains", "The film")]
    [InlineData("The firm \u2014 and its rivals \u2014 said the toll was unlawful.", "its rivals", "said", "The firm")]
    [InlineData("Ana Ruiz, the mayor, said the toll was unlawful.", "Ana Ruiz", "said", "Ana Ruiz")]
    [InlineData("Tom Hale, the chief executive of Dunmore Media -- the firm that owns the paper -- told me the toll was unlawful.", "the paper --", "told", "Tom Hale")]
    public void ADashInsertionIsNoPartOfTheSubject(string text, string source, string cue, string expected)
    {
        QuoteDraft d = Draft(text, source, cue, out DocumentView v);
        using (v)
        {
            DashInsertionSource.Apply(v, d);
            Assert.Equal(expected, text[v.Starts[d.SourceFirst]..v.Ends[d.SourceEnd - 1]]);
        }
    }

    private static QuoteDraft Draft(string text, string source, string cue, out DocumentView v)
    {
        v = new DocumentView(QuoteTestHelpers.Annotate(text), useEntities: false);
        var d = new QuoteDraft { Kind = QuoteKind.Indirect };
        (int cf, int ce) = QuoteTestHelpers.Tokens(v, text, cue);
        d.SetCue(cf, ce);
        (int sf, int se) = QuoteTestHelpers.Tokens(v, text, source);
        d.SetSource(sf, se);
        return d;
    }

    private static (NewsDocument Doc, Quote Quote) QuoteHolding(string text, string words)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(text);
        int at = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, words);
        Quote q = Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End));
        return (doc, q);
    }
}
