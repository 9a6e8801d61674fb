using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 15's pattern scan of fresh unlabelled news (quotes15): a report closing its clause and then dated against
/// another event (<c>…, the lender said on Tuesday, a day after its rival warned …</c>, <c>…, the company said, hours before
/// talks broke down.</c>) was missed or read as a report inserted between commas, its adjunct a second part of the content. Every
/// text is written for the test; each case was checked to fail on main e64c204.
/// </summary>
public sealed class TrailingAdjunctTests
{
    private const string Headline = "Harbour plan stalls in Kestrel\n\n";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("The bank's profit rose 12 percent in the third quarter, the lender said on Tuesday, a day after its rival warned that "
        + "profits would fall.", "The bank's profit rose 12 percent in the third quarter", "the lender")]
    [InlineData("Sanctions against the regime are \"one option,\" but care is needed in deciding whether to take that step, Foreign Minister "
        + "Ken Hale said on Thursday, a day after the regime warned that sanctions would mean war.",
        "Sanctions against the regime are \"one option,\" but care is needed in deciding whether to take that step", "Foreign Minister Ken Hale")]
    [InlineData("The plant will close in May with the loss of 300 jobs, the company said, hours before talks with the unions broke down.",
        "The plant will close in May with the loss of 300 jobs", "the company")]
    public void AnAdjunctAfterAClosingReportIsNoPartOfIt(string sentence, string content, string source)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == content && QuoteTestHelpers.SourceText(doc, q) == source
            && QuoteTestHelpers.CueText(doc, q) == "said");
    }

    [Fact]
    public void AReportInTheAdjunctStaysItsOwn()
    {
        NewsDocument doc = ByDefault.Process(Headline + "The bank's profit rose 12 percent in the third quarter, the lender said on Tuesday, a day "
            + "after its rival warned that profits would fall.\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "warned" && QuoteTestHelpers.ContentText(doc, q) == "profits would fall");
    }

    [Fact]
    public void AnInsertedReportWithAVerbAfterItStaysInserted()
    {
        NewsDocument doc = ByDefault.Process(Headline + "The filing, analysts said, freezes the firm's assets until the court decides.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("The filing | freezes the firm's assets until the court decides", QuoteTestHelpers.ContentText(doc, q));
    }
}
