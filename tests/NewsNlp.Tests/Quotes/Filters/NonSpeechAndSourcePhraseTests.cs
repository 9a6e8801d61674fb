using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Cue-like words that report nothing (a compound noun, a naming participle, a firm's published results, a role noun
/// before a name) and source phrases read right (a passive's agent, a figure's scale word). Every text is written for
/// the test (invented people, places and firms); each case was checked to change without its rule.
/// </summary>
public sealed class NonSpeechAndSourcePhraseTests
{
    private const string Headline = "Ferry strike spreads to Kestrel\n\n";

    private static NewsPipeline Everything => QuoteTestHelpers.AllActsPipeline;

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Fact]
    public void ACueWordInsideACompoundNounIsNoAttribution()
    {
        NewsDocument doc = Everything.Process(Headline + "The former chat show host quit the party earlier this month, calling it a joke.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "show");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains("host quit", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceOpeningWithANamingParticipleGivesANameNotAStatement()
    {
        NewsDocument doc = Everything.Process(Headline
            + "Called the Northern Freight Development Association, the alliance will define basic rules that every ferry made by the member firms will conform to.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "Called");
    }

    [Theory]
    [InlineData("Last year Nordlink reported earnings of 3.10 crowns per share, including a number of one-off items.", "earnings of 3.10 crowns")]
    [InlineData("Nordlink posted a net loss of 12 million crowns in the first quarter.", "a net loss of 12 million crowns")]
    public void AFirmPublishingItsResultsIsAnActionNotSpeech(string sentence, string content)
        => AssertActionNotSpeech(sentence, content);

    [Fact]
    public void APassiveCuesAgentIsItsSourceNotPartOfItsContent()
    {
        NewsDocument doc = Everything.Process(Headline + "The harbour master was called a liar by the union leader at a meeting on Friday.\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "was called");
        Assert.Equal("a liar", QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("the union leader", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal(AttributionAct.Speech, q.Act);
    }

    [Fact]
    public void AScaleWordAfterAFigureBelongsToTheAmountNotToTheSpeakers()
    {
        NewsDocument doc = Everything.Process(Headline + "The project needs the minimum $20 million experts say is required to finish the pier before the winter.\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "say");
        Assert.Equal("experts", QuoteTestHelpers.SourceText(doc, q));
    }

    [Fact]
    public void ARoleNounBeforeANameIsNotTheCueOfTheQuotationBeforeIt()
    {
        NewsDocument doc = Everything.Process(Headline
            + "The project needs the minimum $20 million experts say is required to finish the pier before the winter.\n\n"
            + "\"We don't want people to give up on it. \"The tide is going to turn and wash all the doubters away!\" Brandt grew up in Kestrel with "
            + "ferry captain Per Dahl and bassist Eva Holm, a trio which began sailing at the age of 17.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "bassist");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == "Eva Holm");
    }

    [Theory]
    [InlineData("Nordlink has offered 65 crowns per share for the company, valuing it at 2 billion crowns.", "65 crowns per share")]
    [InlineData("The group offered Kestrel Ferries the alternative of a merger with its own fleet.", "the alternative of a merger")]
    public void AnOfferOfSomethingIsAnActionNotSpeech(string sentence, string content)
        => AssertActionNotSpeech(sentence, content);

    [Fact]
    public void ACourtRulingThatStatesSomething()
    {
        NewsDocument doc = ByDefault.Process(Headline + "The High Court ruled on Tuesday that the strike was lawful.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("the strike was lawful", QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(AttributionAct.Speech, q.Act);
    }

    /// <summary>With every act the clause is found and typed as an action; the default (speech and writing) leaves it out.</summary>
    private static void AssertActionNotSpeech(string sentence, string content)
    {
        NewsDocument all = Everything.Process(Headline + sentence + "\n");
        Quote q = Assert.Single(all.Quotes, q => QuoteTestHelpers.ContentText(all, q).Contains(content, StringComparison.Ordinal));
        Assert.Equal(AttributionAct.Other, q.Act);

        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains(content, StringComparison.Ordinal));
    }
}
