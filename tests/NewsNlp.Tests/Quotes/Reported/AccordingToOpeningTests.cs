using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Reported;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 19 (quotes19): after a sentence-opening <c>According to X,</c> the reported clause starts right after the comma,
/// where the tagger had started it a word later (<c>insiders are trying …</c> out of <c>party insiders are trying …</c>).
/// Every text is written for the test.
/// </summary>
public sealed class AccordingToOpeningTests
{
    private const string Lead = "Campaign scrambles for votes\n\n";

    [Theory]
    [InlineData("According to a new report by the Herald, party officials are trying to win back voters.", "the Herald", "officials are trying to win back voters", "party officials are trying to win back voters")]
    [InlineData("According to the Herald, party officials are trying to win back voters.", "the Herald", "party officials are trying to win back voters", "party officials are trying to win back voters")]
    [InlineData("According to the Herald, \"party\" officials are trying to win back voters.", "the Herald", "officials are trying to win back voters", "officials are trying to win back voters")]
    public void TheClauseStartsAfterTheOpenersComma(string sentence, string source, string content, string expected)
    {
        string text = Lead + sentence + "\n";
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = QuoteTestHelpers.IndirectDraft(v, text, "According to", content, source);
        using var state = new AttributionState(v);
        state.Drafts.Add(draft);
        AccordingToOpening.Extend(v, state);
        Assert.Equal(expected, document.GetText(draft.Content[0]));
    }

    [Theory]
    [InlineData("According to a study by the Water Forum, released last year, demand for water will exceed supply by 2035.", "demand for", "a study by the Water Forum", "water will exceed supply by 2035")]
    [InlineData("According to the Herald, calls for reform are growing louder.", "calls for", "the Herald", "reform are growing louder")]
    public void ANounTakenForTheCueAfterTheOpenerIsTheClausesFirstWord(string sentence, string cue, string source, string content)
    {
        // Session 23 (lead): the tagger read the first words after the opener's comma as a cue noun ("demand for"); the opener is the cue.
        string text = Lead + sentence + "\n";
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = QuoteTestHelpers.IndirectDraft(v, text, cue, content, source);
        using var state = new AttributionState(v);
        state.Drafts.Add(draft);
        AccordingToOpening.Extend(v, state);
        Assert.Equal("According to", document.GetText(v.Span(draft.CueFirst, draft.CueEnd)));
        Assert.Equal(cue + " " + content, document.GetText(draft.Content[0]));
    }

    [Fact]
    public void ACueNounAfterAnOpenerHoldingAReportOfItsOwnStays()
    {
        const string text = Lead + "According to the Herald, the minister said, demand for water will exceed supply.\n";
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = QuoteTestHelpers.IndirectDraft(v, text, "demand for", "water will exceed supply");
        using var state = new AttributionState(v);
        state.Drafts.Add(draft);
        AccordingToOpening.Extend(v, state);
        Assert.Equal(QuoteTestHelpers.Tokens(v, text, "demand for").First, draft.CueFirst);
    }
}
