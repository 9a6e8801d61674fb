using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 16 (quotes16): the learned tagger's whole reported clause takes the place of a rule quote that is only a quoted
/// fragment of it (polnear16's request from PolNeAR dev), and half of a hyphenated word (<c>think-tank</c>,
/// <c>Washington-based</c>, split by the tokenizer) is never the cue of a quotation. Every text is written for the test;
/// each case fails on main c525340.
/// </summary>
public sealed class FragmentAndCompoundCueTests
{
    private const string Headline = "Harbour plan stalls in Kestrel\n\n";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Fact]
    public void TheTaggersClauseReplacesAQuotedFragmentOfIt()
    {
        NewsDocument doc = ByDefault.Process(Headline + "She asked the crowd to welcome the mayor - \"my new best friend.\"\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.StartsWith("to welcome the mayor", QuoteTestHelpers.ContentText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void HalfOfAHyphenatedWordIsNoCue()
    {
        NewsDocument doc = ByDefault.Process(Headline + "\"Estimates vary, but we put it at 30%,\" the Washington-based think-tank The Harwell Institution "
            + "says in its index.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("says", QuoteTestHelpers.CueText(doc, q));
        Assert.Equal("Harwell Institution", QuoteTestHelpers.SourceText(doc, q));
    }
}
