using System.Text.Json;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp quotes --acts</c>: every line carries its act; only the chosen acts are written.</summary>
public sealed class QuotesActsCliTests : IDisposable
{
    private const string Article = """
        The harbour master said on Monday that the cranes would be repaired by June.

        The union believes the strike will end soon, and it plans to hold a vote on Friday.

        "We are ready to talk," the harbour master said.
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsnlp-acts-" + Guid.NewGuid().ToString("N"));

    public QuotesActsCliTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "harbour.txt"), Article);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task AllWritesEveryActAndTheDefaultOnlySpeechAndWriting()
    {
        string input = Path.Combine(_dir, "harbour.txt");
        CliResult all = await CliRunner.RunAsync("quotes", input, "--acts", "all", "--output-dir", Path.Combine(_dir, "all"));
        CliResult byDefault = await CliRunner.RunAsync("quotes", input, "--output-dir", Path.Combine(_dir, "default"));
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(0, byDefault.ExitCode);

        List<string> allActs = Acts(Path.Combine(_dir, "all", "harbour.jsonl"));
        List<string> defaultActs = Acts(Path.Combine(_dir, "default", "harbour.jsonl"));
        Assert.Contains("speech", allActs);
        Assert.All(defaultActs, a => Assert.Contains(a, new[] { "speech", "writing" }));
        Assert.Equal(allActs.Count(a => a is "speech" or "writing"), defaultActs.Count);
    }

    [Fact]
    public async Task AnUnknownActIsAnError()
    {
        CliResult result = await CliRunner.RunAsync("quotes", Path.Combine(_dir, "harbour.txt"), "--acts", "speech,gossip", "--output-dir", Path.Combine(_dir, "x"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("gossip", result.Stderr, StringComparison.Ordinal);
    }

    private static List<string> Acts(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("act").GetString()!)];
}
