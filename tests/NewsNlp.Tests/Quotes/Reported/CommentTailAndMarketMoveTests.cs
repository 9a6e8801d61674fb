using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Filters;
using NewsNlp.Quotes.Reported;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 23 (quotes23): a writer's appositive after a dash or a concession after <c>, although</c> is no part of the
/// reported clause (<see cref="CommentTail"/>); a price that <c>added $1.89 to $48.62</c> said nothing
/// (<see cref="PriceMoveFilter"/>); a posted rise is a published figure (<see cref="FinancialResultFilter"/>). Every text
/// is written for the test; each positive case had the longer content or the quote on main 7607b45.
/// </summary>
public sealed class CommentTailAndMarketMoveTests
{
    private const string Lead = "Markets in brief\n\nThe city council met on Thursday to discuss the budget. ";

    [Theory]
    [InlineData("The senator likened the rules to \"burning the Constitution\" — a charge that might have stung.", "likened", "the rules to \"burning the Constitution\" — a charge that might have stung", "the rules to \"burning the Constitution\"")]
    [InlineData("The latest test, North Korea said, was its biggest yet, although it may take several days to determine how powerful it was.", "said", "was its biggest yet, although it may take several days to determine how powerful it was", "was its biggest yet")]
    [InlineData("The mayor said the plan - a costly one - was needed.", "said", "the plan - a costly one - was needed", null)]
    [InlineData("The mayor said the plan, although costly, was needed.", "said", "the plan, although costly, was needed", null)]
    [InlineData("The mayor said the plan would work - and soon.", "said", "the plan would work - and soon", null)]
    public void AWritersCommentEndsTheReportedClause(string sentence, string cue, string content, string? trimmed)
    {
        string text = Lead + sentence + "\n";
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = QuoteTestHelpers.IndirectDraft(v, text, cue, content);
        using var state = new AttributionState(v);
        state.Drafts.Add(draft);
        CommentTail.Trim(v, state);
        Assert.Equal(trimmed ?? content, document.GetText(draft.Content[^1]));
    }

    [Fact]
    public void AClauseBeforeItsCueKeepsItsConcession()
    {
        string text = Lead + "The plan will work, although it will take time, the mayor said.\n";
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = QuoteTestHelpers.IndirectDraft(v, text, "said", "The plan will work, although it will take time");
        using var state = new AttributionState(v);
        state.Drafts.Add(draft);
        CommentTail.Trim(v, state);
        Assert.Equal("The plan will work, although it will take time", document.GetText(draft.Content[^1]));
    }

    [Fact]
    public void AMixedQuoteLosesTheAppositiveInThePipeline()
    {
        NewsDocument doc = QuoteTestHelpers.DefaultPipeline.Process(Lead + "The senator likened the rules to \"burning the Constitution\" — a charge that might have stung.\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "likened");
        Assert.DoesNotContain("stung", QuoteTestHelpers.ContentText(doc, q), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.", "adding")]
    public void APriceMoveIsNoQuote(string sentence, string cue)
    {
        foreach (NewsPipeline pipeline in new[] { QuoteTestHelpers.DefaultPipeline, QuoteTestHelpers.AllActsPipeline })
        {
            NewsDocument doc = pipeline.Process(Lead + sentence + "\n");
            Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == cue);
        }
    }

    [Theory]
    [InlineData("Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.", "adding", "$1.89 to $48.62 at the close", true)]
    [InlineData("The index rose again, adding 2% to 5,210.", "adding", "2% to 5,210", true)]
    [InlineData("He added 10 percent of the staff would go.", "added", "10 percent of the staff would go", false)]
    [InlineData("He added that 10 percent of the staff would go.", "added", "10 percent of the staff would go", false)]
    public void PriceMoveFilterReadsTheAmount(string sentence, string cue, string content, bool reject) =>
        Assert.Equal(reject ? FilterVerdict.Reject : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new PriceMoveFilter(), Lead + sentence + "\n", cue, content));

    [Theory]
    [InlineData("Makers of consumer goods posted a 1-1/2 pct year-on-year rise in the two-month period.", "posted")]
    [InlineData("The retailer posted a 3% fall in sales over Christmas.", "posted")]
    public void APostedChangeIsAPublishedFigure(string sentence, string cue)
    {
        NewsDocument doc = QuoteTestHelpers.DefaultPipeline.Process(Lead + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == cue);
    }

    [Theory]
    [InlineData("The government announced a 5% increase in the minimum wage.", "announced", "a 5% increase in the minimum wage", false)]
    [InlineData("The retailer posted a 3% fall in sales over Christmas.", "posted", "a 3% fall in sales over Christmas", true)]
    public void AnAnnouncedChangeIsNoPublishedFigure(string sentence, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new FinancialResultFilter(), Lead + sentence + "\n", cue, content));

    [Theory]
    [InlineData("Prices have risen sharply, says the BBC's John Smith.", "says", "Prices have risen sharply", "the BBC's John Smith")]
    [InlineData("Prices have risen sharply, says John Smith in Beijing.", "says", "Prices have risen sharply", "John Smith")]
    [InlineData("China has seen two decades of blistering economic growth, which has led to wealth creation on a huge scale, says the BBC's Louisa Lim in Beijing.", "says", "China has seen two decades of blistering economic growth, which has led to wealth creation on a huge scale", "the BBC's Louisa Lim")]
    public void AReporterClosesTheReport(string sentence, string cue, string content, string source)
    {
        foreach (string text in new[] { sentence + "\n", Lead + sentence + "\n" })
        {
            NewsDocument doc = QuoteTestHelpers.DefaultPipeline.Process(text);
            Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == cue);
            Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
            Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
            Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "has");
        }
    }

    [Theory]
    [InlineData("Prices have risen sharply, says John Smith in the market.")]
    [InlineData("Prices have risen sharply, says the BBC's John Smith in a report that aired on Monday.")]
    [InlineData("Protesters marched again, bemoaned the unrest in Charlotte.")]
    [InlineData("The senator spoke on Monday, says of Mrs. Clinton's plan.")]
    public void APlaceIsCapitalisedAndEndsTheSentence(string sentence)
    {
        NewsDocument document = QuoteTestHelpers.Annotate(Lead + sentence + "\n");
        using var v = new DocumentView(document, useEntities: false);
        int says = Enumerable.Range(0, v.Count).First(t => v.TextIs(t, "says") || v.TextIs(t, "bemoaned") || v.TextIs(t, "of"));
        int end = Enumerable.Range(says, v.Count - says).First(t => v.Shapes[t] == TokenShape.SentenceEnd);
        Assert.False(InvertedSpeakerTail.Fills(v, says + 1, end));
    }
}
