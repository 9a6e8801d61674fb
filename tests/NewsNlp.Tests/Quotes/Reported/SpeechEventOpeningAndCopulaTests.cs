using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Reported;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 20 (quotes20): where a report was made, put between the cue and <c>that</c>, is no part of the content; a noun
/// of saying linked to a quotation by a copula reports the quotation; and a naming cue's clause ends before a <c>but</c>
/// that opens a clause of its own. Every text is written for the test; each pipeline case had the longer content on
/// main f29c58a.
/// </summary>
public sealed class SpeechEventOpeningAndCopulaTests
{
    private const string Lead = "Council budget row\n\nThe council met on Monday. ";

    [Theory]
    [InlineData("She said in a television interview that it would happen \"eventually, but not this year.\"", "it would happen \"eventually, but not this year.\"")]
    [InlineData("Mr Smith's comment was \"We will not give in to the unions on this issue.\"", "\"We will not give in to the unions on this issue.\"")]
    [InlineData("His message was \"We will not resign over this.\"", "\"We will not resign over this.\"")]
    [InlineData("The union branded the proposal unworkable but party strategists have seen the plan as a way to win votes.", "the proposal unworkable")]
    public void TheContentIsWhatWasSaid(string sentence, string content)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(Lead + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Trim('"') == content.Trim('"'));
    }

    [Theory]
    [InlineData("The mayor said in an interview with a local radio station on Sunday that the tax was unfair.", "said", "in an interview with a local radio station on Sunday that the tax was unfair", "the tax was unfair")]
    [InlineData("The mayor said in an interview, which aired on Sunday, that the tax was unfair.", "said", "in an interview, which aired on Sunday, that the tax was unfair", null)]
    [InlineData("The mayor said in the end that the tax was unfair.", "said", "in the end that the tax was unfair", null)]
    public void ASpeechEventOpeningEndsAtThat(string sentence, string cue, string content, string? trimmed)
    {
        string text = Lead + sentence + "\n";
        (NewsDocument document, QuoteDraft draft) = Run(text, cue, content, SpeechEventOpening.Trim);
        Assert.Equal(trimmed ?? content, document.GetText(draft.Content[0]));
    }

    [Theory]
    [InlineData("His message was angry and short.", "message", "was angry and short", null)]
    public void ACopulaBeforeNoQuotationStays(string sentence, string cue, string content, string? trimmed)
    {
        string text = Lead + sentence + "\n";
        (NewsDocument document, QuoteDraft draft) = Run(text, cue, content, CopulaQuoteOpening.Trim);
        Assert.Equal(trimmed ?? content, document.GetText(draft.Content[0]));
    }

    [Theory]
    [InlineData("The union labelled the deal a disaster but the managers will sign it anyway.", "labelled", "the deal a disaster but the managers will sign it anyway", "the deal a disaster")]
    [InlineData("The union labelled the deal a disaster, but they will sign it anyway.", "labelled", "the deal a disaster, but they will sign it anyway", "the deal a disaster")]
    [InlineData("The union labelled the deal costly but fair.", "labelled", "the deal costly but fair", null)]
    [InlineData("The union said the deal was costly but the managers will sign it anyway.", "said", "the deal was costly but the managers will sign it anyway", null)]
    public void ANamingCuesClauseEndsBeforeANewClause(string sentence, string cue, string content, string? trimmed)
    {
        string text = Lead + sentence + "\n";
        (NewsDocument document, QuoteDraft draft) = Run(text, cue, content, ComplementButClause.Trim);
        Assert.Equal(trimmed ?? content, document.GetText(draft.Content[^1]));
    }

    private static (NewsDocument Document, QuoteDraft Draft) Run(string text, string cue, string content, Action<DocumentView, AttributionState> rule)
    {
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = QuoteTestHelpers.IndirectDraft(v, text, cue, content);
        using var state = new AttributionState(v);
        state.Drafts.Add(draft);
        rule(v, state);
        return (document, draft);
    }
}
