using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Pipeline;

/// <summary>
/// Session 28: the pipeline itself makes feed markup neutral (<see cref="NewsPipelineOptions.NeutralizeFeedMarkup"/>), so
/// <c>analyze</c>, <c>render</c> and library callers read an AG News row as <c>newsnlp quotes</c> always did.
/// </summary>
public sealed class FeedMarkupPipelineTests
{
    private const string Row = "Acme Corp. &lt;A HREF=\"http://example.com/q?ticker=ACME.N\"&gt;ACME.N&lt;/A&gt; plans to cut 300 jobs. "
        + "Chief executive Dana Whitfield said,  quot;We have no other choice this year. quot; Staff were told on Monday.";

    [Fact]
    public void TheDefaultPipelineReadsEscapedQuotationMarksAsQuotes()
    {
        NewsDocument document = NewsPipelineBuilder.CreateDefault().Build().Process(Row);
        Assert.Equal(Row.Length, document.Text.Length);
        Quote quote = Assert.Single(document.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("We have no other choice this year.", quote.Content[0].Slice(document.Text).ToString().Trim('"', ' '));
        Assert.Contains("Whitfield", quote.SpeakerName, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Entities, e => e.Text.Contains("HREF", StringComparison.Ordinal) || e.Text.Contains("quot", StringComparison.Ordinal));
    }

    [Fact]
    public void SwitchedOffTheTextIsReadAsGiven()
    {
        NewsDocument document = NewsPipelineBuilder.CreateDefault().Configure(o => o.NeutralizeFeedMarkup = false).Build().Process(Row);
        Assert.Same(Row, document.Text);
        Assert.Contains(" quot;We", document.Text, StringComparison.Ordinal);
    }
}
