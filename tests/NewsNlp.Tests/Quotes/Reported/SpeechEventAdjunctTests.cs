using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Reported;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 19 (quotes19): where a report was made (<c>in a statement on Thursday</c>, <c>during a prime-time speech</c>)
/// is the writer's framing, not part of the reported clause. Every text is written for the test; the pipeline cases ran
/// on to the adjunct's end on main e583f17.
/// </summary>
public sealed class SpeechEventAdjunctTests
{
    private const string Lead = "Mayor under fire\n\nParents marched in the city on Friday. ";

    [Theory]
    [InlineData("The union called for more school funding in a statement on Thursday.", "more school funding")]
    [InlineData("The mayor denounced the annexation in an on-air diatribe.", "the annexation")]
    [InlineData("The senator refused to endorse the nominee during a prime-time speech at the convention in July.", "to endorse the nominee")]
    public void ASpeechEventAdjunctEndsTheReportedClause(string sentence, string content)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(Lead + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == content);
    }

    [Theory]
    [InlineData("The minister said the budget would rise in an interview with a radio station.", "said", "the budget would rise in an interview with a radio station", "the budget would rise")]
    [InlineData("The minister asked why the plan was mentioned in an interview with a magazine.", "asked", "why the plan was mentioned in an interview with a magazine", null)]
    [InlineData("The minister said the budget would rise in an interview that aired on Sunday.", "said", "the budget would rise in an interview that aired on Sunday", null)]
    [InlineData("The minister said the budget would rise in a statement.", "said", "the budget would rise in a statement", "the budget would rise")]
    public void TheAdjunctIsCutOnlyAtTheEndOfAPlainClause(string sentence, string cue, string content, string? trimmed)
    {
        string text = Lead + sentence + "\n";
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = QuoteTestHelpers.IndirectDraft(v, text, cue, content);
        using var state = new AttributionState(v);
        state.Drafts.Add(draft);
        SpeechEventAdjunct.Trim(v, state);
        Assert.Equal(trimmed ?? content, document.GetText(draft.Content[^1]));
    }
}
