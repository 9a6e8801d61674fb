using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 22 (quotes22): every <c>X said CLAUSE</c> of plain news is a quote, whatever the learned tagger drafts. Where
/// the tagger made no draft, the clause rule after it asked for an auxiliary or an <c>-ed</c> form, so <c>X said prices
/// rose sharply on Monday</c> (an irregular past), <c>X said fares fell sharply</c> (three words) and <c>X told the
/// assembly taxes were …</c> (a hearer noun before a bare subject) gave nothing, and <c>X announced profits rose …</c> was
/// read as a published result. Then the tagger's clauses cut before their verb, closing reports with a long speech-event
/// tail, a possessive subject or an inverted title of an organisation. Every text is written for the test; each case was
/// checked to fail on main 2621dba (no quote, or the content cut before its verb).
/// </summary>
public sealed class PlainReportedClauseTests
{
    private const string Lead = "Markets in brief\n\nThe city council met on Thursday to discuss the budget. ";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    private static Quote QuoteWithCue(NewsDocument doc, string cue) =>
        Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == cue);

    [Theory]
    [InlineData("Karen Obi said prices rose sharply on Tuesday.", "said", "prices rose sharply on Tuesday", "Karen Obi")]
    [InlineData("The regulator said complaints grew sharply last year.", "said", "complaints grew sharply last year", "The regulator")]
    [InlineData("Tom Reyes said fares fell sharply.", "said", "fares fell sharply", "Tom Reyes")]
    [InlineData("The mayor told the assembly taxes were too high.", "told", "taxes were too high", "The mayor")]
    [InlineData("Ms Lund told parliament exports were at a record level.", "told", "exports were at a record level", "Lund")]
    [InlineData("The brewer announced profits rose 9% to $2.1m.", "announced", "profits rose 9% to $2.1m", "The brewer")]
    [InlineData("The airline said after March 5 the price of its tickets will fall by a tenth.", "said", "the price of its tickets will fall by a tenth", "The airline")]
    public void APlainReportedClauseIsAQuote(string sentence, string cue, string content, string source)
    {
        foreach (string text in new[] { sentence + "\n", Lead + sentence + "\n" })
        {
            NewsDocument doc = ByDefault.Process(text);
            Quote q = QuoteWithCue(doc, cue);
            Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
            Assert.EndsWith(source, QuoteTestHelpers.SourceText(doc, q), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("The bank said its president, Mary Lowe, agreed to retire in June.", "its president, Mary Lowe, agreed to retire in June")]
    [InlineData("The firm said it also extended a 2.5 mln dlr loan to its Dutch partner.", "it also extended a 2.5 mln dlr loan to its Dutch partner")]
    public void ATaggerClauseCutBeforeItsVerbRunsOn(string sentence, string content)
    {
        NewsDocument doc = ByDefault.Process(Lead + sentence + "\n");
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, QuoteWithCue(doc, "said")));
    }

    [Theory]
    [InlineData("Members face fines of up to 20,000 dlrs, the board said in a letter distributed to brokers late last week.",
        "Members face fines of up to 20,000 dlrs", "the board")]
    [InlineData("Farm prices will be supported for another year, Senator Ames said during the first of several committee hearings examining water policy.",
        "Farm prices will be supported for another year", "Senator Ames")]
    [InlineData("Growth will stay weak in the coming months as exports slow, the government's planning office said.",
        "Growth will stay weak in the coming months as exports slow", "the government's planning office")]
    [InlineData("Exports will rise 5 pct this year to a record level, said Deputy Minister of Finance Lee Dong-wan.",
        "Exports will rise 5 pct this year to a record level", "Deputy Minister of Finance Lee Dong-wan")]
    public void AClosingReportIsFound(string sentence, string content, string source)
    {
        NewsDocument doc = ByDefault.Process(Lead + sentence + "\n");
        Quote q = QuoteWithCue(doc, "said");
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
    }

    [Theory]
    [InlineData("Shelby said she was afraid, something a caller also told a dispatcher before police arrived on scene.", "police arrived on scene")]
    [InlineData("Last month the ministry told them to replace the loans with new share issues or money raised through bonds.", "money raised through bonds")]
    public void AWordAfterAConjunctionOrAnInfinitiveIsNoSubjectAfterAHearer(string sentence, string notContent)
    {
        NewsDocument doc = ByDefault.Process(Lead + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == notContent);
    }

    [Fact]
    public void AClauseAfterASpeechEventIsNotLostToTheSentencesOpening()
    {
        NewsDocument doc = ByDefault.Process(Lead + "Despite the losses in the third quarter, the company said in a statement profits would rise next year.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).StartsWith("Despite", StringComparison.Ordinal));
    }
}
