using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Finding;

/// <summary>
/// Quotation marks that are not anyone's words: a programme's or work's title after a preposition or possessive, and a
/// markup attribute's value. Every text is written for the test (invented people, programmes and places).
/// </summary>
public sealed class NamedTitleTests
{
    private static readonly NewsPipeline Pipeline = NewsPipelineBuilder.CreateDefault().Build();

    [Theory]
    [InlineData("In an interview on NBC's \"Meet the Voters,\" Governor Ana Ruiz said the port strike had cost the region dearly.", "the port strike had cost the region dearly")]
    [InlineData("On this weekend's broadcast of \u201cDunmore Talks Today,\u201d Senator Tomas Varga said the port strike had cost the region dearly.", "the port strike had cost the region dearly")]
    public void AProgrammeTitleInAnOpeningPhraseIsNotTheQuote(string sentence, string content)
    {
        NewsDocument doc = Pipeline.Process("Strike talk\n\n" + sentence + "\n");
        int title = sentence.IndexOf("Meet", StringComparison.Ordinal) is >= 0 and var m ? m : sentence.IndexOf("Dunmore", StringComparison.Ordinal);
        int at = "Strike talk\n\n".Length + title;
        Assert.DoesNotContain(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End) && q.Cue is { } cue && doc.GetText(cue) == "said");
        int reported = doc.Text.IndexOf(content, StringComparison.Ordinal);
        Quote q = Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= reported && reported < c.End));
        Assert.Contains("said", QuoteTestHelpers.CueText(doc, q) ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotationAfterATitleTheHearerNamesStillHasTheCueBeforeTheTitle()
    {
        const string text = "Fire inquiry\n\nAna Ruiz tells Radio Norland's \"Morning Call\" on Friday that \"nobody knows\" who set the fire.\n";
        NewsDocument doc = Pipeline.Process(text);
        int at = text.IndexOf("nobody", StringComparison.Ordinal);
        Quote q = Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.Equal("tells", QuoteTestHelpers.CueText(doc, q));
        Assert.Equal("Ana Ruiz", QuoteTestHelpers.SourceText(doc, q));
        Assert.Contains("who set the fire", QuoteTestHelpers.ContentText(doc, q), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("He told the paper \"we will not back down,\" and left.")]
    [InlineData("She said of the plan: \"It Will Never Work.\"")]
    public void WordsAfterAVerbOrColonAreStillAQuote(string sentence)
    {
        NewsDocument doc = Pipeline.Process("Plan row\n\n" + sentence + "\n");
        Assert.Contains(doc.Quotes, q => q.Kind != QuoteKind.Indirect);
    }

    [Fact]
    public void AMarkupAttributeValueIsNeverAQuote()
    {
        const string text = "Storm warning\n\n<embed data-id=\"1234567\"></embed>.\n\n<post author=\"Dunmore Weather Office Forecasts\" date=\"today\"></post>.\n";
        NewsDocument doc = Pipeline.Process(text);
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void TheRuleIsNamed() => Assert.Equal("named-title", RuleNames.NamedTitle);
}
