using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 19's finding scan (quotes19): an inverted closing report whose subject runs on in prepositional phrases to the
/// sentence end (<c>…, says the boss of the body that cleared them.</c>) had the tagger's reading, the subject as the
/// content. Every text is written for the test; each case gave the subject as the content on main e583f17.
/// </summary>
public sealed class InvertedSubjectTailTests
{
    private const string Lead = "Sprint pair cleared\n\nThe hearing ended on Friday. ";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("The careers of the two sprinters are over, says the boss of the body that cleared them.", "says", "the boss")]
    [InlineData("The cost of the new stadium has doubled since 2019, says a report into the council's finances.", "says", "a report")]
    [InlineData("The two clubs will share the ground from next season, said the chairman of the local supporters' trust.", "said", "the chairman")]
    public void AnInvertedSubjectMayRunOnToTheSentenceEnd(string sentence, string cue, string sourceStart)
    {
        NewsDocument doc = ByDefault.Process(Lead + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(sentence[..sentence.LastIndexOf(',')], QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(cue, QuoteTestHelpers.CueText(doc, q));
        Assert.StartsWith(sourceStart, QuoteTestHelpers.SourceText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void AClauseAfterTheInvertedSubjectIsNoTail()
    {
        // "who ... said" holds a verb of saying: no subject tail, the closing report is not read from it.
        NewsDocument doc = ByDefault.Process(Lead + "The club will move, says the head of the trust who said it last year.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == "The club will move" && QuoteTestHelpers.CueText(doc, q) == "says"
            && (QuoteTestHelpers.SourceText(doc, q) ?? "").EndsWith("last year", StringComparison.Ordinal));
    }
}
