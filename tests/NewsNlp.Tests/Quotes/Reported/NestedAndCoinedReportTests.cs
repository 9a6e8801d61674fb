using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 17's pattern scan (quotes17), round 2: a report of a report whose outer content was the inner speaker alone
/// (<c>Ministry officials said Foreign Minister Tom Hale said that …</c>), a quotation after the cue's sentence had ended
/// read into the cue's clause (<c>Tom knew that he would not race. "My ankle …</c>), coining a term, and a thing that
/// "promises to" do something. Every text is written for the test; each case was checked to fail on main 800a218.
/// </summary>
public sealed class NestedAndCoinedReportTests
{
    private const string Headline = "Harbour plan stalls in Kestrel\n\n";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Fact]
    public void AReportOfAReportHoldsTheInnerReportWhole()
    {
        NewsDocument doc = ByDefault.Process(Headline + "Ministry officials said Foreign Minister Tom Hale said that exports to the region would rise.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == "Foreign Minister Tom Hale");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == "Ministry officials"
            && QuoteTestHelpers.ContentText(doc, q).StartsWith("Foreign Minister Tom Hale said that exports", StringComparison.Ordinal));
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == "Foreign Minister Tom Hale"
            && QuoteTestHelpers.ContentText(doc, q) == "exports to the region would rise");
    }

    [Fact]
    public void AQuotationAfterTheCuesSentenceIsNoPartOfItsClause()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(Headline + "It took ten hours before Tom knew with certainty that he would not be "
            + "racing in the final. \"My ankle had been broken in two places so I am lucky to walk. \"I had hurt my knee as well.\"\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains("final. \"My", StringComparison.Ordinal));
        Assert.Contains(doc.Quotes, q => q.Kind == QuoteKind.Direct && QuoteTestHelpers.ContentText(doc, q).StartsWith("My ankle", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The industry has coined the term \"time-shifting\" to describe the habit.")]
    [InlineData("A new pension scheme promises to pay a fixed sum to every worker.")]
    public void NoOneSpeaks(string sentence)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void APersonsPromiseStaysSpeech()
    {
        NewsDocument doc = ByDefault.Process(Headline + "The new mayor promises to pay a fixed sum to every worker.\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q)?.EndsWith("mayor", StringComparison.Ordinal) == true && q.Act == AttributionAct.Speech);
    }
}
