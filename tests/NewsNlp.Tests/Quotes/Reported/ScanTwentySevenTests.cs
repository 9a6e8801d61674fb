using NewsNlp.Documents;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 27 (quotes27), from a fresh scan of unlabelled news and the known leftovers of session 26: the post after an
/// inverted speaker is no content part; <c>a company called X that …</c> names, no one speaks; a report in a contrast
/// clause opening the sentence ends at that clause's comma; a sentence closed by <c>…, a study found.</c> is a report;
/// <c>The expected drop …</c> opening a sentence holds no cue. Every text is written for the test.
/// </summary>
public sealed class ScanTwentySevenTests
{
    [Theory]
    [InlineData("The site will open next spring, said Andrew Hale, general manager of the Northgate plant.", "Andrew Hale", "The site will open next spring")]
    [InlineData("The deal is good for the region, said Elton Price, Harbour's coordinator of supply in the north.", "Elton Price", "The deal is good for the region")]
    public void ThePostAfterAnInvertedSpeakerIsNoContentPart(string sentence, string source, string content)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Plant news\n\nWorkers gathered outside.\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains(content, StringComparison.Ordinal));
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
    }

    [Fact]
    public void AnInsertedReportWithTheRestOfTheClauseAfterItStillReportsBothSides()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Plant news\n\nWorkers gathered outside.\n\nThe problem, said Andrew Hale, is the cost of power.\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == "Andrew Hale");
        Assert.Equal("The problem | is the cost of power", QuoteTestHelpers.ContentText(doc, q));
    }

    [Fact]
    public void ACompanyCalledXThatMakesSomethingIsNoSpeech()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Bank deal\n\nShares rose.\n\nThe bank bought a company called Norwell that makes payment software.\n");
        Assert.DoesNotContain(doc.Quotes, q => q.Act == AttributionAct.Speech);
    }

    [Fact]
    public void ASpokesmanWhoCalledAPlanSomethingStillSpeaks()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Plan row\n\nThe council met.\n\nOn Monday a spokesman called the plan \"reckless and unfair\".\n");
        Assert.Contains(doc.Quotes, q => q.Act == AttributionAct.Speech && QuoteTestHelpers.CueText(doc, q) == "called");
    }

    [Theory]
    [InlineData("While the agency noted that sales had slowed, it stressed that the outlook remained strong.", "the agency", "sales had slowed", "it", "the outlook remained strong")]
    [InlineData("Although the union noted that pay had risen, it warned that staff were worse off.", "the union", "pay had risen", "it", "staff were worse off")]
    public void AReportInAContrastClauseEndsAtItsComma(string sentence, string source1, string content1, string source2, string content2)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Outlook\n\nMarkets were calm.\n\n" + sentence + "\n");
        Quote first = Assert.Single(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == source1);
        Assert.Equal(content1, QuoteTestHelpers.ContentText(doc, first));
        Quote second = Assert.Single(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == source2);
        Assert.Equal(content2, QuoteTestHelpers.ContentText(doc, second));
    }

    [Theory]
    [InlineData("Most renters in the city spend over half their income on housing, a survey released last month found.", "Most renters in the city spend over half their income on housing")]
    [InlineData("More than a third of pupils skip breakfast, a study by the Ridley Institute has found.", "More than a third of pupils skip breakfast")]
    public void ASentenceClosedByAStudyThatFoundItIsAReport(string sentence, string content)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Housing\n\nRents rose again.\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == content);
        Assert.Equal(AttributionAct.Writing, q.Act);
        Assert.Equal("found", QuoteTestHelpers.CueText(doc, q)!.Split(' ')[^1]);
    }

    [Fact]
    public void AClauseEndingInFoundWithNoStudyBeforeItIsNoReport()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Lost dog\n\nThe dog ran off.\n\nThe dog was missing for three days, the family's neighbour found.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "found");
    }

    [Fact]
    public void AnArticleOpeningTheSentenceBeforeAParticipleMakesNoCue()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Sales\n\nSales rose.\n\nThe expected drop in home sales would be the result of higher prices, he said.\n");
        Assert.DoesNotContain(doc.Quotes, q => q.Act == AttributionAct.Speech && QuoteTestHelpers.CueText(doc, q) == "expected");
        Assert.Contains(doc.Quotes, q => q.Act == AttributionAct.Speech && QuoteTestHelpers.CueText(doc, q) == "said");
    }
}
