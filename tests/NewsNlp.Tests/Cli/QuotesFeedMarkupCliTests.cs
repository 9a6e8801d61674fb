using System.Text.Json;

namespace NewsNlp.Tests.Cli;

/// <summary>
/// Session 26: <c>newsnlp quotes</c> reads feed markup as what it stands for — AG News' <c>quot;</c> as a quotation mark, an
/// escaped ticker link as nothing — and no content or source span covers a link. Offsets stay offsets into the file.
/// </summary>
public sealed class QuotesFeedMarkupCliTests : IDisposable
{
    private const string Row = "Bakery chain grows\n\n quot;We will open ten more shops next year, quot; Harbor Foods chief executive Lena Ortiz said in a statement.\n\n"
        + "NEW YORK (Reuters) - Harbor Foods Inc. &lt;A HREF=\"http://www.example.com/quote?ticker=HRBF.O target=/stocks/quickinfo\"&gt;HRBF.O&lt;/A&gt; has agreed to sell its flour mills to settle a lawsuit, the state attorney general's office said on Thursday.\n";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsnlp-feed-" + Guid.NewGuid().ToString("N"));

    public QuotesFeedMarkupCliTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "row.txt"), Row);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task EscapedQuotationMarksQuoteAndALinkIsNeverContent()
    {
        CliResult result = await CliRunner.RunAsync("quotes", Path.Combine(_dir, "row.txt"), "--output-dir", Path.Combine(_dir, "out"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        JsonElement[] quotes = [.. File.ReadAllLines(Path.Combine(_dir, "out", "row.jsonl")).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)];

        Assert.Contains(quotes, q => Content(q).StartsWith("We will open ten more shops", StringComparison.Ordinal) && q.GetProperty("type").GetString() == "direct");
        JsonElement sale = Assert.Single(quotes, q => Content(q).Contains("flour mills", StringComparison.Ordinal));
        Assert.DoesNotContain("HREF", Content(sale), StringComparison.Ordinal);
        Assert.DoesNotContain("HRBF", Content(sale), StringComparison.Ordinal);
        Assert.StartsWith("Harbor Foods Inc.", Content(sale), StringComparison.Ordinal);
    }

    private static string Content(JsonElement q) =>
        string.Join(" | ", q.GetProperty("content").EnumerateArray().Select(s => Row[s[0].GetInt32()..s[1].GetInt32()]));
}
