using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

/// <summary>The attribution pipeline's shape: named passes in a fixed order over a state, a document view no pass writes.</summary>
public sealed class AttributionPipelineTests
{
    private const string Text =
        "“We will not sign,” said Anna Berg, the union's chair. “Not this week.”\n\n"
        + "The port authority said on Monday that talks would resume, and the mayor told reporters that “nothing is settled.”\n\n"
        + "“The ships are waiting,” she said.";

    [Fact]
    public void PassesRunInTheDocumentedOrder()
    {
        string[] names = [.. QuoteAnnotator.Passes(new QuoteStageOptions()).Select(p => p.Name)];
        Assert.Equal(["direct-quotes", "reported-speech", "select", "paragraph-continuation", "speaker-change", "source-mentions", "source-ranker", "filters", "speakers", "acts"], names);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void NoPassWritesTheDocumentView(bool useTagger)
    {
        NewsDocument document = QuoteTestHelpers.Annotate(Text);
        var spans = new List<QuotedSpan>();
        QuoteMarkPairer.Find(document.Text, [.. document.Paragraphs.Select(p => p.Span)], spans);
        using var view = new DocumentView(document, useEntities: false, spans);
        int n = view.Count;
        int[] quotationOf = view.QuotationOf[..n];
        var classes = view.Classes[..n];
        var shapes = view.Shapes[..n];
        int[] starts = [.. Enumerable.Range(0, n).Select(t => view.Starts[t])]; // read from the document's token rows

        using var state = new AttributionState(view);
        foreach (IAttributionPass pass in QuoteAnnotator.Passes(new QuoteStageOptions { UseLearnedTagger = useTagger, Acts = AttributionActs.All }))
        {
            pass.Run(view, state, CancellationToken.None);
        }

        Assert.NotEmpty(state.Kept);
        Assert.Equal(quotationOf, view.QuotationOf[..n]);
        Assert.Equal(classes, view.Classes[..n]);
        Assert.Equal(shapes, view.Shapes[..n]);
        Assert.Equal(starts, Enumerable.Range(0, n).Select(t => view.Starts[t]));
    }

    [Fact]
    public void ASplitQuotationBelongsToTheQuoteItJoins()
    {
        NewsDocument document = QuoteTestHelpers.Annotate(Text);
        var spans = new List<QuotedSpan>();
        QuoteMarkPairer.Find(document.Text, [.. document.Paragraphs.Select(p => p.Span)], spans);
        using var view = new DocumentView(document, useEntities: false, spans);
        using var state = new AttributionState(view);
        new NewsNlp.Quotes.Finding.DirectQuotePass().Run(view, state, CancellationToken.None);

        QuoteDraft first = state.Drafts[0], second = state.Drafts[1];
        Assert.Equal(RuleNames.SplitQuote, first.DecidedBy);
        Assert.Equal(RuleNames.Merged, second.DecidedBy);
        Assert.True(second.Dropped);

        // The view still maps the second quotation to itself; the state maps its tokens to the quote it joined.
        Assert.Equal(1, view.QuotationOf[second.FirstToken]);
        Assert.Equal(0, state.DraftAt(second.FirstToken));
        Assert.True(state.IsCovered(first.FirstToken));
    }
}
