using NewsNlp.Documents;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 20 (quotes20), round 2, from the fresh scan: a reported clause runs on past a name given inside it
/// (<c>a program called Tacit Rainbow</c>) and past an inserted relative clause whose verb the tagger read as a cue of
/// its own; a hearer before a quotation is not part of a mixed content; the agent of a passive <c>told by</c> speaks. Every text is written for the test; each case
/// had the cut or longer content on main 9012049.
/// </summary>
public sealed class NamingRelativeAndHearerQuoteTests
{
    private const string Lead = "Council budget row\n\nThe council met on Monday. ";

    [Theory]
    [InlineData("The company said on Monday that it plans to build a plant in Perry, Georgia, where it will work on a missile program called Tacit Rainbow, which is meant for the navy.", "it plans to build a plant in Perry, Georgia, where it will work on a missile program called Tacit Rainbow, which is meant for the navy")]
    [InlineData("But the officials said Spain and Portugal, which joined the bloc last year, continued to oppose the scheme at the meeting.", "Spain and Portugal, which joined the bloc last year, continued to oppose the scheme at the meeting")]
    [InlineData("A Western diplomat told Reuters \"It's a very substantial, very courageous move.\"", "\"It's a very substantial, very courageous move.\"")]
    [InlineData("The central bank asked firms to \"roll over the loans that come due this year\".", "firms to \"roll over the loans that come due this year\"")]
    public void TheContentIsTheWholeReportedClause(string sentence, string content)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(Lead + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == content);
    }

    [Theory]
    [InlineData("The court was told by a police officer that the knife had been found in the car.", "a police officer")]
    [InlineData("The jury was told by Detective John Smith that the knife had been found in the car.", "Detective John Smith")]
    public void APassiveToldByNamesItsSpeaker(string sentence, string source)
    {
        NewsDocument doc = QuoteTestHelpers.DefaultPipeline.Process("Murder trial\n\nThe trial opened on Monday. " + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == source && QuoteTestHelpers.ContentText(doc, q) == "the knife had been found in the car");
    }

    [Fact]
    public void TheInsertedClausesVerbIsNoCueOfItsOwn()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(Lead + "But the officials said Spain and Portugal, which joined the bloc last year, continued to oppose the scheme at the meeting.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "continued to oppose");
    }
}
