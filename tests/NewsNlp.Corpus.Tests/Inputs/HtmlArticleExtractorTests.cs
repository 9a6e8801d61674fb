using NewsNlp.Corpus.Inputs;

namespace NewsNlp.Corpus.Tests.Inputs;

public class HtmlArticleExtractorTests
{
    internal const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head>
          <meta charset="utf-8">
          <title>Port strike spreads to Antwerp | Harbour Daily</title>
          <meta property="og:title" content="Port strike spreads to Antwerp">
          <meta property="og:site_name" content="Harbour Daily">
          <meta name="author" content="Lena Maas">
          <meta property="article:published_time" content="2024-03-14T08:15:00Z">
        </head><body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <div class="sidebar sponsor">Buy cheap flights now! Limited offer.</div>
          <article>
            <h1>Port strike spreads to Antwerp</h1>
            <p>Dock workers in Antwerp walked out on Thursday, joining a strike that has closed the port of Rotterdam
               for a week and left hundreds of container ships waiting at sea.</p>
            <p>“We will not go back until the automation plan is withdrawn,” said Jan de Vries, a union leader, speaking
               to reporters outside the main gate of the container terminal.</p>
            <p>The port authority said it regretted the walkout and called for talks to resume on Monday, warning that
               the losses to shippers and to the regional economy were growing every day.</p>
          </article>
          <footer>Copyright Harbour Daily. All rights reserved. Contact us. Privacy policy.</footer>
        </body></html>
        """;

    [Fact]
    public void Extracts_the_article_text_as_paragraphs_with_title_byline_date_and_site()
    {
        ArticleInput a = HtmlArticleExtractor.Extract(Page, id: "page.html");

        Assert.Equal("page.html", a.Id);
        Assert.Equal(ArticleInput.ExtractedFromHtml, a.ExtractedFrom);
        Assert.Contains("Port strike spreads to Antwerp", a.Headline, StringComparison.Ordinal);
        Assert.Equal("Lena Maas", a.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 8, 15, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("Harbour Daily", a.Source);
        Assert.StartsWith("Dock workers in Antwerp walked out on Thursday, joining a strike", a.Text[a.Text.IndexOf("Dock", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.True(a.Text.Contains("“We will not go back until the automation plan is withdrawn,” said Jan de Vries, a union leader, speaking to reporters", StringComparison.Ordinal), a.Text);
        Assert.Contains("at sea.\n\n“We will not", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Buy cheap flights", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy policy", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_article_text_is_an_error()
    {
        FormatException ex = Assert.Throws<FormatException>(() => HtmlArticleExtractor.Extract("<html><body><nav><a href='/'>Home</a></nav></body></html>"));
        Assert.Contains("no article text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_elements_become_paragraphs_and_inline_elements_stay_in_them() =>
        Assert.Equal("Title here\n\nOne two three.\n\nItem a\n\nItem b\n\nTail text",
            HtmlArticleExtractor.ArticleText("<div><h2>Title\n here</h2><p>One <b>two</b>\n   three.</p><ul><li>Item a</li><li>Item <i>b</i></li></ul>Tail text<script>x()</script></div>"));

    [Theory]
    [InlineData("  one  two \n\n\n three\t four \n", "one two\n\nthree four")]
    [InlineData("\n \n", "")]
    [InlineData("single", "single")]
    public void Plain_text_becomes_paragraphs_with_collapsed_whitespace(string plain, string expected) =>
        Assert.Equal(expected, HtmlArticleExtractor.Paragraphs(plain));
}
