using System.Text.Json;

namespace NewsNlp.Tests.Cli;

/// <summary><c>analyze</c> on a saved web page and on JSONL records with metadata.</summary>
public sealed class ArticleInputCliTests : IDisposable
{
    private const string Page = """
        <html><head><title>Bridge to reopen | City News</title>
        <meta property="og:site_name" content="City News"><meta name="author" content="Ada Park">
        <meta property="article:published_time" content="2024-06-02T10:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Bridge to reopen</h1>
        <p>The old river bridge will reopen to traffic next month after two years of repairs, the city council said on Tuesday.</p>
        <p>“The bridge is safe and the work is finished on budget,” said Mayor Anna Berg, who will open it on the first of July.</p>
        <p>Shop owners near the bridge said the closure had cost them customers and they welcomed the news of the reopening.</p>
        </article></body></html>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-articles-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_saved_web_page_is_analysed_as_its_extracted_article_text()
    {
        string page = Path.Combine(_dir, "page.html");
        File.WriteAllText(page, Page);
        CliResult r = await CliRunner.RunAsync("analyze", page, "--compact");
        Assert.Equal(0, r.ExitCode);
        using JsonDocument json = JsonDocument.Parse(r.Stdout);
        JsonElement root = json.RootElement;
        JsonElement meta = root.GetProperty("metadata");
        Assert.Equal("html", meta.GetProperty("extractedFrom").GetString());
        Assert.Equal("Ada Park", meta.GetProperty("byline").GetString());
        Assert.Equal("City News", meta.GetProperty("source").GetString());
        Assert.StartsWith("2024-06-02T10:00:00", meta.GetProperty("published").GetString(), StringComparison.Ordinal);
        string text = root.GetProperty("text").GetString()!;
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal);

        // Offsets refer to the extracted text: every quote's span slices it.
        JsonElement quote = root.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("speaker").GetString()!.EndsWith("Anna Berg", StringComparison.Ordinal));
        JsonElement content = quote.GetProperty("content")[0];
        int start = content.GetProperty("start").GetInt32(), end = content.GetProperty("end").GetInt32();
        Assert.Equal(content.GetProperty("text").GetString(), text[start..end]);
        Assert.StartsWith("The bridge is safe", text[start..end], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_of_a_saved_web_page_shows_the_extracted_article_under_its_title()
    {
        string page = Path.Combine(_dir, "page.html"), html = Path.Combine(_dir, "out.html");
        File.WriteAllText(page, Page);
        CliResult r = await CliRunner.RunAsync("render", page, "--output", html);
        Assert.Equal(0, r.ExitCode);
        string rendered = File.ReadAllText(html);
        Assert.Contains("<title>Bridge to reopen", rendered, StringComparison.Ordinal);
        Assert.Contains("The old river bridge will reopen", rendered, StringComparison.Ordinal);
        Assert.Contains("Anna Berg", rendered, StringComparison.Ordinal);

        // The page's markup and navigation are not rendered as article text.
        Assert.DoesNotContain("&lt;p&gt;", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("og:site_name", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_of_a_jsonl_feed_writes_one_page_per_record_and_needs_an_output_folder()
    {
        string feed = Path.Combine(_dir, "feed.jsonl"), pages = Path.Combine(_dir, "pages");
        File.WriteAllLines(feed,
        [
            """{"id":"w-1","headline":"Bridge to reopen","text":"“The bridge is safe,” said Mayor Anna Berg."}""",
            "{not json",
            """{"id":"w/2","text":"“Taxes must rise,” Finance Minister Karl Olsen told reporters."}""",
        ]);
        CliResult one = await CliRunner.RunAsync("render", feed, "--output", Path.Combine(_dir, "one.html"));
        Assert.Equal(2, one.ExitCode);
        Assert.Contains("--output-dir", one.Stderr, StringComparison.Ordinal);

        CliResult r = await CliRunner.RunAsync("render", feed, "--output-dir", pages);
        Assert.Equal(1, r.ExitCode); // the broken line is reported, the other records are rendered
        Assert.Contains("feed.jsonl:2", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("<title>Bridge to reopen", File.ReadAllText(Path.Combine(pages, "feed-w-1.html")), StringComparison.Ordinal);
        Assert.Contains("Karl Olsen", File.ReadAllText(Path.Combine(pages, "feed-w_2.html")), StringComparison.Ordinal);
        string index = File.ReadAllText(Path.Combine(pages, "index.html"));
        Assert.Contains("feed-w-1.html", index, StringComparison.Ordinal);
        Assert.Contains("feed-w_2.html", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jsonl_records_carry_their_metadata_and_a_bad_line_is_an_error_record_in_its_place()
    {
        string feed = Path.Combine(_dir, "feed.jsonl");
        File.WriteAllLines(feed,
        [
            """{"id":"w-1","url":"https://example.com/1","headline":"Bridge to reopen","published":"2024-06-02","source":"Wire","text":"“The bridge is safe,” said Mayor Anna Berg."}""",
            "{not json",
            "",
            """{"text":"“Taxes must rise,” Finance Minister Karl Olsen told reporters."}""",
        ]);
        CliResult r = await CliRunner.RunAsync("analyze", feed, "--stages", "tokenizer,ner");
        Assert.Equal(1, r.ExitCode);
        JsonElement[] records = [.. r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal(3, records.Length);
        Assert.Equal("w-1", records[0].GetProperty("id").GetString());
        Assert.Equal("https://example.com/1", records[0].GetProperty("metadata").GetProperty("url").GetString());
        Assert.Equal("Wire", records[0].GetProperty("metadata").GetProperty("source").GetString());
        Assert.Equal("bad-record", records[1].GetProperty("error").GetProperty("code").GetString());
        Assert.EndsWith("feed.jsonl:2", records[1].GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("feed.jsonl:4", records[2].GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Contains("analyzed 2 of 3 documents", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_jsonl_line_over_the_limit_is_refused_without_stopping_the_file()
    {
        string feed = Path.Combine(_dir, "big.jsonl");
        File.WriteAllLines(feed, [$$"""{"id":"big","text":"{{new string('x', 500)}}"}""", """{"id":"small","text":"Short."}"""]);
        CliResult r = await CliRunner.RunAsync("analyze", feed, "--max-chars", "200", "--stages", "tokenizer");
        Assert.Equal(1, r.ExitCode);
        JsonElement[] records = [.. r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal("too-long", records[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("small", records[1].GetProperty("id").GetString());
    }
}
