using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Finding;

/// <summary>
/// A reported clause whose only verb is an irregular past form ("rose", "fell", "grew") is a clause, not a bare noun
/// phrase closing the sentence: after an appositive or relative clause before "said", it had been dropped as an addressee
/// (<c>John Smith, the firm's chairman, said profits rose sharply last year.</c> gave no quote). Texts are written for
/// the test.
/// </summary>
public sealed class IrregularPastClauseTests
{
    private static readonly NewsPipeline Pipeline = NewsPipelineBuilder.CreateDefault().Build();

    [Theory]
    [InlineData("Tom Hale, the brewer's chairman, said profits rose sharply last year.", "profits rose sharply last year", "Tom Hale")]
    [InlineData("The company, which owns several breweries, said profits rose 10% last year.", "profits rose 10% last year", "company")]
    [InlineData("Ana Ruiz, who runs the port, said exports fell by a third.", "exports fell by a third", "Ana Ruiz")]
    public void AClauseWithAnIrregularPastVerbAfterSaidIsReported(string sentence, string content, string source)
    {
        NewsDocument doc = Pipeline.Process("Brewer reports profit\n\n" + sentence + "\n");
        int at = doc.Text.IndexOf(content, StringComparison.Ordinal);
        Quote q = Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.Contains(content, QuoteTestHelpers.ContentText(doc, q), StringComparison.Ordinal);
        Assert.Contains(source, QuoteTestHelpers.SourceText(doc, q) ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void APhraseWithNoVerbAfterAnInvertedSaidIsStillTheSpeaker()
    {
        // The filter's own case stays: 'Sales have tripled, said market analysts Chart-Track.' reports "Sales have tripled".
        NewsDocument doc = Pipeline.Process("Game sales\n\nSales have tripled, said market analysts Dunmore Data.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains("market analysts", StringComparison.Ordinal));
    }
}
