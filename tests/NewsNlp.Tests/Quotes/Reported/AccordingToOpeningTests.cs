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
        (int cf, int ce) = QuoteTestHelpers.Tokens(v, text, "According to");
        (int sf, int se) = QuoteTestHelpers.Tokens(v, text, source);
        (int f, int e) = QuoteTestHelpers.Tokens(v, text, content);
        var draft = new QuoteDraft { Kind = QuoteKind.Indirect, FirstToken = f, EndToken = e };
        draft.Content.Add(v.Span(f, e));
        draft.SetCue(cf, ce);
        draft.SetSource(sf, se);
        using var state = new AttributionState(v);
        state.Drafts.Add(draft);
        AccordingToOpening.Extend(v, state);
        Assert.Equal(expected, document.GetText(draft.Content[0]));
    }
}
