using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 15's pattern scan of fresh unlabelled news (quotes15): wire news names anonymous sources by a post-modifier
/// (<c>…, people familiar with the matter said.</c>, <c>…, economists polled by Reuters said.</c>), which the subject
/// finder cut to its last noun phrase, so the closing report was lost; and <c>According to X, CLAUSE</c> whose clause
/// holds a cue-like verb of its own (<c>research suggests</c>) was not reported. Every text is
/// written for the test; each case was checked to fail on main e64c204 (no quote, or the inserted report's source
/// <c>the talks</c>).
/// </summary>
public sealed class PostModifiedSubjectTests
{
    private const string Lead = "Harwell bank sale nears\n\nThe bank's shares rose on Monday. ";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("The bank is close to selling its insurance arm to a rival, people familiar with the matter said.", "people familiar")]
    [InlineData("The two firms could sign the deal as soon as next week, sources close to the talks said.", "sources close")]
    [InlineData("Inflation will ease to 2 percent by June, economists polled by Reuters said.", "economists polled")]
    [InlineData("The regulator is looking at dealers suspected of charging too much, people briefed on the inquiry said.", "people briefed")]
    [InlineData("The chain will close 40 stores next year, a person familiar with the plan said.", "a person familiar")]
    [InlineData("Prices will rise further this spring, said people familiar with the matter.", "people familiar")]
    public void AClosingReportsSubjectReachesOverItsPostModifier(string sentence, string sourceStart)
    {
        NewsDocument doc = ByDefault.Process(Lead + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(sentence[..sentence.LastIndexOf(',')], QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("said", QuoteTestHelpers.CueText(doc, q));
        Assert.StartsWith(sourceStart, QuoteTestHelpers.SourceText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void AnInsertedReportsSubjectReachesOverItsPostModifier()
    {
        NewsDocument doc = ByDefault.Process(Lead + "The deal, people close to the talks said, could be signed as soon as Friday.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.StartsWith("people close", QuoteTestHelpers.SourceText(doc, q), StringComparison.Ordinal);
        Assert.Equal("The deal | could be signed as soon as Friday", QuoteTestHelpers.ContentText(doc, q));
    }

    [Theory]
    [InlineData("According to Ms Hale, research suggests that shoppers prefer smaller stores near their homes.", "Ms Hale",
        "research suggests that shoppers prefer smaller stores near their homes")]
    public void AnOpeningAccordingToReportsAClauseWithACueOfItsOwn(string sentence, string source, string content)
    {
        NewsDocument doc = ByDefault.Process(Lead + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == source && QuoteTestHelpers.ContentText(doc, q) == content
            && QuoteTestHelpers.CueText(doc, q) == "According to");
    }
}
