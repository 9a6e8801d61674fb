using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 17's pattern scan (quotes17), round 3: a cue that itself declines to comment (<c>has repeatedly declined to
/// elaborate on what it calls "…"</c>), speaking "as" a role or an occasion (<c>He spoke as part of a panel</c>) and a
/// judgement received "from" others (<c>…, gaining praise from foreign lenders</c>) and a topic after <c>agreed</c>
/// (<c>have agreed a deal to …</c>) were reported as speech. Every text is
/// written for the test; each case was checked to fail on main 440e7ac.
/// </summary>
public sealed class RefusalAndRoleCueTests
{
    private const string Headline = "Harbour plan stalls in Kestrel\n\n";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("Harwell has repeatedly declined to elaborate on what it calls \"internal staff matters\".")]
    [InlineData("He spoke as part of a discussion panel, then led a tour of the new site.")]
    [InlineData("The country cut spending and sold state firms, gaining praise from foreign lenders and winning new loans.")]
    [InlineData("Harwell and Kestrel have agreed a deal to work on new ferries for the island.")]
    public void NoOneSpeaks(string sentence)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.Empty(doc.Quotes);
    }

    [Theory]
    [InlineData("Harwell agreed that the ferries would be late.", "the ferries would be late")]
    public void AgreeingOrEmphasisingAClauseStillReports(string sentence, string content)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == content);
    }

    [Fact]
    public void SpeakingAboutAClauseStillReports()
    {
        NewsDocument doc = ByDefault.Process(Headline + "Mr Hale said the harbour would reopen in May, speaking as the first ferries arrived.\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).StartsWith("the harbour would reopen", StringComparison.Ordinal));
    }
}
