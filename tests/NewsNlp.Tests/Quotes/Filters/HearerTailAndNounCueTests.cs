using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Filters;
using NewsNlp.Quotes.Finding;
using NewsNlp.Quotes.Reported;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 17's pattern scan of fresh unlabelled news (quotes17): a closing report whose hearer and adjuncts run past six
/// tokens (<c>…, X told an audience at the show in Leeds last year.</c>) was lost; cue words that are no verb where they
/// stand were reported (<c>Harbour Media's proposed merger</c>, <c>top state aviation officials</c>, a naming
/// <c>dubbed</c> after a dash); a passive <c>was asked about</c> with no speaker, a topic object after <c>remarking
/// on</c>, and a <c>think tank</c> read as a thought with its noun in the cue. Every text is written for the test; each
/// case was checked to fail on main 800a218.
/// </summary>
public sealed class HearerTailAndNounCueTests
{
    private const string Headline = "Harbour plan stalls in Kestrel\n\n";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("The new engine could be fitted to older trucks as well, Harwell told an audience at the motor show in Leeds last year.",
        "Harwell", "The new engine could be fitted to older trucks as well")]
    [InlineData("Ferry fares will fall next spring, officials told the Kestrel Ports and Shipping Forum last week.",
        "officials", "Ferry fares will fall next spring")]
    public void AClosingReportsHearerAndAdjunctsMayRunLong(string sentence, string source, string content)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("told", QuoteTestHelpers.CueText(doc, q));
    }

    [Theory]
    [InlineData("The growth will slow, Harwell told the board because sales had fallen in the north last year.")]
    [InlineData("The growth will slow, Harwell told the panel investigating the collapse of the bank last year.")]
    public void ATailWithAClauseIsNoHearer(string sentence)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == "The growth will slow");
    }

    [Theory]
    [InlineData("Harbour Media's proposed merger will be reviewed by the regulator next month.")]
    [InlineData("The bid was welcomed by the Guild of Pilots, a body of top state aviation officials.")]
    [InlineData("The coach was asked about the injury and about his own future when he spoke to the press.")]
    [InlineData("The firm is due to launch a new rental service - dubbed Harbour To Go - in the next few months.")]
    public void NoOneSpeaks(string sentence)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.Empty(doc.Quotes);
    }

    [Theory]
    [InlineData("Her letter states firms must report every sale.", "states", "firms must report every sale", false)]
    [InlineData("Her letter states clearly the plan must go.", "states", "clearly the plan must go", false)]
    [InlineData("He said rogue states such as Kestria are a risk.", "states", "such as Kestria are a risk", true)]
    public void StateIsANounOnlyBeforeANounsWord(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new StateNounCueFilter(), text, cue, content));

    [Theory]
    [InlineData("Mr Hale's revised that the plan would go ahead.", "revised", "that the plan would go ahead", false)]
    [InlineData("Mr Hale's revised plan would go ahead.", "revised", "plan would go ahead", true)]
    public void AParticipleAfterAPossessiveModifiesTheNounAfterIt(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new PossessiveParticipleCueFilter(), text, cue, content));

    [Fact]
    public void ATopicAfterRemarkingOnIsNoReport()
    {
        NewsDocument doc = ByDefault.Process(Headline + "\"The first time I played it I was amazed,\" said Hale, remarking on the level of detail in the game.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void AThinkTankIsTheSourceNotTheCue()
    {
        NewsDocument doc = ByDefault.Process(Headline + "The fund trimmed its outlook for Asia. However, the Paris-based economics think tank said it "
            + "believed trade could still regain strength.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("the Paris-based economics think tank", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal("said", QuoteTestHelpers.CueText(doc, q));
        Assert.Equal(AttributionAct.Speech, q.Act);
    }

    [Fact]
    public void ATaggerContentAfterAnInsertedReportGetsItsSubject()
    {
        NewsDocument document = QuoteTestHelpers.Annotate(Headline + "The Tories, he said, can cut crime without raising taxes.\n");
        var spans = new List<QuotedSpan>();
        QuoteMarkPairer.Find(document.Text, [.. document.Paragraphs.Select(p => p.Span)], spans);
        using var view = new DocumentView(document, useEntities: false, spans);
        using var state = new AttributionState(view);
        int Token(string word) => Enumerable.Range(0, view.Count).First(t => view.Chars(t).SequenceEqual(word));
        int he = Token("he"), can = Token("can"), end = Token("taxes") + 1;
        QuoteDraft d = IndirectSpeechRules.Make(view, can, end, he + 1, he + 2, he, he + 1, RuleNames.LearnedTagger, 0.8);
        state.Drafts.Add(d);
        state.Cover(d);

        InsertedSubject.Extend(view, state);

        Assert.Equal(["The Tories", "can cut crime without raising taxes"], d.Content.Select(document.GetText));
        Assert.Equal(Token("The"), d.FirstToken);
    }
}
