using System.Text.Json;

namespace NewsNlp.Tests.Cli;

/// <summary><c>index</c>, <c>query</c> and <c>report</c> on a temporary corpus file.</summary>
public sealed class CorpusCliTests : IDisposable
{
    internal const string Feed = """
        {"id":"a1","published":"2024-01-10","headline":"Mayor attacks governor","source":"Daily","text":"Maria Lopez, the mayor of Springfield, spoke on Monday.\n\n“Governor Tom Becker has abandoned the people of Springfield,” Lopez said."}
        {"id":"a2","published":"2024-02-03","headline":"Bridge plan","source":"Daily","text":"“We will rebuild the bridge before winter,” Mayor Maria Lopez said on Tuesday.\n\nGovernor Tom Becker did not comment on the plan."}
        {"id":"a3","published":"2024-02-15","headline":"Budget","source":"Wire","text":"“The budget is balanced and taxes will not rise,” Governor Tom Becker told reporters in the capital.\n\n“Springfield will get its share,” Becker added."}
        this line is not an article
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-corpus-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "corpus.db");

    internal static async Task<string> IndexFeedAsync(string dir, string db)
    {
        string feed = Path.Combine(dir, "feed.jsonl");
        await File.WriteAllTextAsync(feed, Feed);
        CliResult r = await CliRunner.RunAsync("index", feed, "--db", db);
        Assert.True(r.ExitCode == 1, r.Stderr);      // the bad line failed, the rest was stored
        return r.Stderr;
    }

    [Fact]
    public async Task Index_reports_and_counts_a_bad_article_and_a_rerun_adds_nothing()
    {
        string stderr = await IndexFeedAsync(_dir, Db);
        Assert.Contains("feed.jsonl:4", stderr, StringComparison.Ordinal);
        Assert.Contains("indexed 3 new articles", stderr, StringComparison.Ordinal);
        Assert.Contains("1 failed", stderr, StringComparison.Ordinal);

        CliResult again = await CliRunner.RunAsync("index", Path.Combine(_dir, "feed.jsonl"), "--db", Db);
        Assert.Contains("indexed 0 new articles", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("3 already stored", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("holds 3 articles", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_index_refuses_an_existing_db_before_any_work()
    {
        string feed = Path.Combine(_dir, "feed.jsonl");
        await File.WriteAllTextAsync(feed, Feed);
        await File.WriteAllTextAsync(Db, "kept");

        CliResult r = await CliRunner.RunAsync("bench-index", feed, "--db", Db);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("already exists", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("round 1", r.Stderr, StringComparison.Ordinal);   // no article was analysed
        Assert.Equal("kept", await File.ReadAllTextAsync(Db));
    }

    [Fact]
    public async Task Queries_answer_in_json_across_articles()
    {
        await IndexFeedAsync(_dir, Db);

        CliResult top = await CliRunner.RunAsync("query", "speaker", "--db", Db, "--json");
        Assert.Equal(0, top.ExitCode);
        JsonElement[] speakers = [.. JsonDocument.Parse(top.Stdout).RootElement.EnumerateArray()];
        Assert.Contains(speakers, s => s.GetProperty("name").GetString() == "Maria Lopez" && s.GetProperty("articles").GetInt32() == 2 && s.GetProperty("type").GetString() == "PERSON");
        Assert.Contains(speakers, s => s.GetProperty("name").GetString() == "Tom Becker" && s.GetProperty("articles").GetInt32() >= 1);

        CliResult quotes = await CliRunner.RunAsync("query", "quotes", "lopez", "--db", Db, "--json");
        JsonElement lopez = JsonDocument.Parse(quotes.Stdout).RootElement;
        Assert.Equal("Maria Lopez", lopez.GetProperty("speaker").GetString());
        JsonElement[] her = [.. lopez.GetProperty("quotes").EnumerateArray()];
        Assert.Equal(["a2", "a1"], her.Select(q => q.GetProperty("articleId").GetString()));          // newest first
        Assert.Contains("Tom Becker", her[1].GetProperty("about").EnumerateArray().Select(a => a.GetString()));

        CliResult about = await CliRunner.RunAsync("query", "about", "Becker", "--db", Db, "--json");
        JsonElement whoTalks = JsonDocument.Parse(about.Stdout).RootElement;
        Assert.Equal("Tom Becker", whoTalks.GetProperty("entity").GetString());
        Assert.Contains(whoTalks.GetProperty("speakers").EnumerateArray(), s => s.GetProperty("name").GetString() == "Maria Lopez");

        CliResult stance = await CliRunner.RunAsync("query", "stance", "Tom Becker", "--claim", "Taxes will rise", "--db", Db, "--json");
        JsonElement st = JsonDocument.Parse(stance.Stdout).RootElement;
        Assert.Equal("Taxes will rise", st.GetProperty("claim").GetString());
        Assert.True(st.GetProperty("quotesRead").GetInt32() >= 2);
        Assert.Contains(st.GetProperty("label").GetString(), (string[])["agree", "disagree", "discuss", "unrelated"]);

        CliResult timeline = await CliRunner.RunAsync("query", "timeline", "Maria Lopez", "--db", Db, "--json", "--interval", "month");
        JsonElement[] points = [.. JsonDocument.Parse(timeline.Stdout).RootElement.GetProperty("points").EnumerateArray()];
        Assert.Equal(["2024-01-01", "2024-02-01"], points.Select(p => p.GetProperty("periodStart").GetString()));

        CliResult range = await CliRunner.RunAsync("query", "speaker", "--db", Db, "--json", "--from", "2024-02-10");
        JsonElement[] february = [.. JsonDocument.Parse(range.Stdout).RootElement.EnumerateArray()];
        Assert.Equal(["Tom Becker"], february.Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_table_without_json_and_clear_errors_for_a_missing_or_corrupt_corpus()
    {
        await IndexFeedAsync(_dir, Db);
        CliResult table = await CliRunner.RunAsync("query", "speaker", "--db", Db);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Maria Lopez", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("quotes", table.Stdout, StringComparison.Ordinal);

        CliResult missing = await CliRunner.RunAsync("query", "speaker", "--db", Path.Combine(_dir, "none.db"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no corpus at", missing.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "none.db")));

        string junk = Path.Combine(_dir, "junk.db");
        await File.WriteAllTextAsync(junk, "definitely not a database file, just some words");
        CliResult corrupt = await CliRunner.RunAsync("index", Path.Combine(_dir, "feed.jsonl"), "--db", junk);
        Assert.Equal(2, corrupt.ExitCode);
        Assert.Contains("not an SQLite database", corrupt.Stderr, StringComparison.Ordinal);

        CliResult nobody = await CliRunner.RunAsync("query", "quotes", "Zebediah Quarternain", "--db", Db);
        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains("no speaker in the corpus matches", nobody.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_writes_a_self_contained_page()
    {
        await IndexFeedAsync(_dir, Db);
        string page = Path.Combine(_dir, "report.html");
        CliResult r = await CliRunner.RunAsync("report", "--db", Db, "--output", page, "--claims", "Taxes will rise");
        Assert.True(r.ExitCode == 0, r.Stderr);
        string html = await File.ReadAllTextAsync(page);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Maria Lopez", html, StringComparison.Ordinal);
        Assert.Contains("Who talks about whom", html, StringComparison.Ordinal);
        Assert.Contains("Taxes will rise", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }
}
