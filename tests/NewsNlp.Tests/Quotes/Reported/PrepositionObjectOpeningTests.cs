using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Reported;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 24 (quotes24): a cue read up to a preposition (<c>said in a statement posted on</c>) leaves the preposition's
/// object and <c>that</c> in front of the content; the reported clause starts after <c>that</c>. Every text is written
/// for the test.
/// </summary>
public sealed class PrepositionObjectOpeningTests
{
    private const string Lead = "Embassy row\n\nThe envoy was summoned on Monday. ";

    [Theory]
    [InlineData("Its foreign ministry said in a statement posted on its website that it firmly opposes the visit.", "said in a statement posted on", "its website that it firmly opposes the visit", "it firmly opposes the visit")]
    [InlineData("She says in Ohio that she is thrilled to get the endorsement.", "says in", "Ohio that she is thrilled to get the endorsement", "she is thrilled to get the endorsement")]
    [InlineData("She was heard yelling to the officers that her husband was unarmed.", "yelling to", "the officers that her husband was unarmed", "her husband was unarmed")]
    [InlineData("The senator was criticized for policies that objectors see as abuses of power.", "was criticized for", "policies that objectors see as abuses of power", null)]
    [InlineData("The ministry said in a statement posted on the website that was hacked on Monday.", "said in a statement posted on", "the website that was hacked on Monday", null)]
    [InlineData("The ministry said on Monday the visit was a provocation.", "said on", "Monday the visit was a provocation", null)]
    public void APrepositionsObjectBeforeThatLeavesTheContent(string sentence, string cue, string content, string? trimmed)
    {
        string text = Lead + sentence + "\n";
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = QuoteTestHelpers.IndirectDraft(v, text, cue, content);
        using var state = new AttributionState(v);
        state.Drafts.Add(draft);
        PrepositionObjectOpening.Trim(v, state);
        Assert.Equal(trimmed ?? content, document.GetText(draft.Content[0]));
    }
}
