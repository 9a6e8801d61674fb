using NewsNlp.Corpus.Inputs;

namespace NewsNlp.Corpus.Tests.Inputs;

public class JsonlArticleTests
{
    [Fact]
    public void Reads_every_metadata_field()
    {
        ArticleInput a = JsonlArticle.Parse("""{"id":"r-1","url":"https://example.com/a","headline":"Talks stall","published":"2024-05-01T09:30:00Z","source":"Wire","byline":"By A. Writer","text":"Body text.","extra":[1,2]}""");
        Assert.Equal("r-1", a.Id);
        Assert.Equal("https://example.com/a", a.Url);
        Assert.Equal("Talks stall", a.Headline);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("Wire", a.Source);
        Assert.Equal("By A. Writer", a.Byline);
        Assert.Equal("Body text.", a.Text);
        Assert.Null(a.ExtractedFrom);
    }

    [Fact]
    public void Accepts_a_numeric_id_a_bare_date_unix_seconds_and_title_for_headline()
    {
        ArticleInput a = JsonlArticle.Parse("""{"id":42,"title":"T","published":"2024-05-01","text":"x"}""");
        Assert.Equal("42", a.Id);
        Assert.Equal("T", a.Headline);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), a.Published);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), JsonlArticle.Parse("""{"published":1700000000,"text":"x"}""").Published);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("""{"id":"a"}""", "no \"text\"")]
    [InlineData("""{"text":5}""", "\"text\" must be a string")]
    [InlineData("""{"text":"x","published":"next tuesday"}""", "\"published\" must be an ISO 8601 date")]
    public void A_bad_record_is_an_error_naming_the_problem(string line, string expected)
    {
        FormatException ex = Assert.Throws<FormatException>(() => JsonlArticle.Parse(line));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
