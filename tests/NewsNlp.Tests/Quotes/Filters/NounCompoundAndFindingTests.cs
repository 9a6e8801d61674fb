using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 15's pattern scan of fresh unlabelled news (quotes15): a cue word that is the noun of a sentence-opening
/// compound before an auxiliary (<c>Consumer demand will remain weak</c>), "find" with a reflexive object or in the
/// passive (<c>found themselves stranded</c>, <c>was found guilty of</c>), quotation marks inside markup tags
/// (<c>&lt;FONT size="-2"&gt;</c>), and a quotation in a sentence of its own after a wish or belief (<c>X wants …. "I
/// think …"</c>), which was typed as the wish. Every text is written for the test; each case was checked to fail on main
/// e64c204.
/// </summary>
public sealed class NounCompoundAndFindingTests
{
    private const string Headline = "Harbour plan stalls in Kestrel\n\n";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("Consumer demand will remain fragile in many of Europe's largest countries and economies will be driven by exports.")]
    [InlineData("Rising rates have knocked optimism. Consumer demand will remain weak in many of the region's countries this year.")]
    [InlineData("Many revellers found themselves stranded as the trains stopped.")]
    [InlineData("The 33-year-old was found guilty of selling banned drugs to athletes.")]
    [InlineData("The firm was found to have violated accounting rules relating to derivatives and some loans. As a result, it could be "
        + "forced to restate its earnings.")]
    public void NoOneSpeaks(string sentence)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.Empty(doc.Quotes);
    }

    [Theory]
    [InlineData("Jack Hale said Mr Ross's comment was \"ill-advised\" and should be withdrawn.", "Jack Hale")]
    [InlineData("Labour faces a Tory party which he said would turn the clock back with spending cuts.", "he")]
    public void ReportsAroundThoseShapesStay(string sentence, string source)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == source);
    }

    [Fact]
    public void QuoteMarksInsideMarkupTagsQuoteNoOne()
    {
        NewsDocument doc = ByDefault.Process(Headline + "Shareholders approved the sale of the firm's last division on Wednesday, a deal that will take "
            + "the company out of the phone business.&lt;BR&gt;\\&lt;FONT face=\"verdana,MS Sans Serif,arial\" size=\"-2\"\\ color=\"#666666\"&gt;"
            + "&lt;B&gt;-The Kestrel Post&lt;/B&gt;&lt;/FONT&gt;\n");
        Assert.DoesNotContain(doc.Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void AMarkupTagsAttributeIsNoQuotationInTheReport()
    {
        NewsDocument doc = ByDefault.Process(Headline + " SEATTLE (Reuters) - Harwell Media Inc. &lt;A HREF=\"http://www.example.com/FullQuote.aspx?"
            + "ticker=HWM.O target=/stocks/quickinfo/fullquote\"&gt;HWM.O&lt;/A&gt; is ending  its song download offer but will keep the  low "
            + "prices for top songs, the company said on Thursday.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("the company", QuoteTestHelpers.SourceText(doc, q));
    }

    [Theory]
    [InlineData("Coach Ames wants the players to spend more time on clay this winter. \"I think it will help them even on fast courts "
        + "to learn how to mix things up.\"")]
    [InlineData("The Regal Bank's chief economist Ian Hart believes the rate will stay on hold. \"The bank has to juggle rising prices "
        + "against a slowing economy.\"")]
    public void AQuotationInASentenceOfItsOwnIsSpeechAfterAWishOrABelief(string text)
    {
        NewsDocument doc = ByDefault.Process(Headline + text + "\n");
        Assert.Contains(doc.Quotes, q => q.Kind == QuoteKind.Direct && q.Act == AttributionAct.Speech);
    }
}
