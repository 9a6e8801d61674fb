using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Output;
using NewsNlp.Quotes.Reported;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// A content of several parts keeps every part a real span when a rule moves its start: a Reuters story
/// (Reuters-21578 NEWID 16214) had <see cref="HearerClause"/> move the first part's start past its end, and the JSON
/// writer rejected the document ("annotation span [1017, 1011)"), which ended a whole <c>newsnlp analyze</c> run.
/// </summary>
public sealed class ContentPartsTests
{
    private const string Text = "Deputy minister Paul Varga told the radio station on Monday that the gas price had not fallen enough.";

    private static int TokenAt(DocumentView v, string word, int from = 0)
    {
        for (int t = from; t < v.Count; t++)
        {
            if (v.Chars(t).SequenceEqual(word))
            {
                return t;
            }
        }

        throw new InvalidOperationException($"no token '{word}'");
    }

    /// <summary>A tagger-like indirect draft after "told" whose content is two parts, around "that".</summary>
    private static QuoteDraft TwoPartDraft(DocumentView v)
    {
        int told = TokenAt(v, "told"), that = TokenAt(v, "that"), end = TokenAt(v, ".");
        var d = new QuoteDraft
        {
            Kind = QuoteKind.Indirect,
            FirstToken = told + 1,
            EndToken = end,
            DecidedBy = RuleNames.LearnedPrefix + "test",
        };
        d.SetCue(told, told + 1);
        d.Content.Add(new TextSpan(v.Starts[told + 1], v.Ends[that - 1]));
        d.Content.Add(new TextSpan(v.Starts[that + 1], v.Ends[end - 1]));
        return d;
    }

    [Fact]
    public void TheHearerTrimDropsAPartThatEndsBeforeTheReportedClause()
    {
        NewsDocument document = QuoteTestHelpers.Annotate(Text);
        using var v = new DocumentView(document, useEntities: false);
        using var state = new AttributionState(v);
        QuoteDraft d = TwoPartDraft(v);
        state.Drafts.Add(d);

        HearerClause.Trim(v, state);

        TextSpan only = Assert.Single(d.Content);
        Assert.Equal("the gas price had not fallen enough", document.GetText(only));
    }

    [Fact]
    public void StartingTheContentInsideAPartCutsThatPartAndKeepsTheRest()
    {
        NewsDocument document = QuoteTestHelpers.Annotate(Text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft d = TwoPartDraft(v);

        d.StartContentAt(v.Starts[TokenAt(v, "radio")]);

        Assert.Equal(["radio station on Monday", "the gas price had not fallen enough"], d.Content.Select(document.GetText));
    }

    [Fact]
    public void AnInvertedOrEmptyPartIsNeverEmitted()
    {
        var document = new NewsDocument(Text);   // tokens only: the emitter writes the first quotes
        new TokenizerStage().Process(document, CancellationToken.None);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft broken = TwoPartDraft(v), empty = TwoPartDraft(v);
        broken.Content[0] = new TextSpan(broken.Content[1].Start, broken.Content[0].End);
        empty.Content.Clear();
        empty.Content.Add(new TextSpan(10, 10));

        QuoteEmitter.Emit(document, v, [broken, empty]);

        Quote quote = Assert.Single(document.Quotes);
        Assert.Equal(["the gas price had not fallen enough"], quote.Content.Select(document.GetText));
        Assert.All(document.Quotes.SelectMany(q => q.Content), c => Assert.True(c.Start < c.End));
    }
}
