using System.Text.Json;
using NewsNlp.Serialization;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task One_file_gives_one_indented_json_document()
    {
        string path = SharedData.Seed("sindh-floods.txt");
        CliResult r = await CliRunner.RunAsync("analyze", path);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("\n  \"schema\"", r.Stdout, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(r.Stdout);
        JsonElement root = json.RootElement;
        Assert.Equal(NewsDocumentJson.SchemaId, root.GetProperty("schema").GetString());
        Assert.Equal(path, root.GetProperty("id").GetString());
        Assert.Equal(File.ReadAllText(path), root.GetProperty("text").GetString());
        Assert.True(root.GetProperty("sentences").GetArrayLength() > 10);
        Assert.Contains("tokens", root.GetProperty("produced").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_folder_gives_jsonl_in_file_name_order_including_odd_files()
    {
        Write("b.txt", "Second article. It has two sentences.");
        Write("a.txt", "First article, said the spokesman.");
        Write("c.txt", "");
        File.WriteAllBytes(Path.Combine(_dir, "d.txt"), [0xC3, .. "(invalid UTF-8 byte first) said the officials.\n"u8]);
        Write("notes.md", "not an article");
        CliResult r = await CliRunner.RunAsync("analyze", _dir, "--parallel", "2");
        Assert.True(r.ExitCode == 0, r.Stderr);
        string[] lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        string[] ids = [.. lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)];
        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt"], ids.Select(Path.GetFileName));
        Assert.Equal("\uFFFD(invalid UTF-8 byte first) said the officials.\n", JsonDocument.Parse(lines[3]).RootElement.GetProperty("text").GetString());
        Assert.Contains("analyzed 4 of 4 documents", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_document_is_reported_and_the_batch_goes_on_with_exit_code_1()
    {
        Write("1-short.txt", "Short text.");
        Write("2-long.txt", new string('x', 500));
        Write("4-short.txt", "Another short one.");
        File.CreateSymbolicLink(Path.Combine(_dir, "3-broken.txt"), Path.Combine(_dir, "missing-target.txt"));
        CliResult r = await CliRunner.RunAsync("analyze", _dir, "--max-chars", "100");
        Assert.Equal(1, r.ExitCode);
        string[] lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["1-short.txt", "2-long.txt", "3-broken.txt", "4-short.txt"], lines.Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("id").GetString())));
        Assert.Contains("2-long.txt", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("limit", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("3-broken.txt: cannot read", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 failed", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_format_for_a_folder_is_an_array_and_output_can_go_to_a_file()
    {
        Write("a.txt", "One.");
        Write("b.txt", "Two.");
        string output = Path.Combine(_dir, "out", "..", "result.json");
        CliResult r = await CliRunner.RunAsync("analyze", _dir, "--format", "json", "--output", output, "--no-text", "--tokens");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("", r.Stdout);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.False(json.RootElement[0].TryGetProperty("text", out _));
        Assert.Equal(2, json.RootElement[0].GetProperty("tokens").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Standard_input_is_read_with_dash_and_targets_go_into_the_metadata()
    {
        CliResult r = await CliRunner.RunWithStdinAsync("“Quoted,” she said. <script>", "analyze", "-", "--compact", "--targets", "Claim one", "--targets", "Claim two");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Single(r.Stdout.TrimEnd('\n').Split('\n'));
        using JsonDocument json = JsonDocument.Parse(r.Stdout);
        Assert.Equal("-", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("“Quoted,” she said. <script>", json.RootElement.GetProperty("text").GetString());
        Assert.Equal(["Claim one", "Claim two"], json.RootElement.GetProperty("metadata").GetProperty("stanceTargets").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Targets_are_scored_by_the_stance_stage_the_cli_registers()
    {
        CliResult r = await CliRunner.RunAsync("analyze", SharedData.Seed("rotterdam-port-strike.txt"), "--compact", "--targets", "Dockworkers strike over automation");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.DoesNotContain("warning", r.Stderr, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(r.Stdout);
        JsonElement[] stances = [.. json.RootElement.GetProperty("stances").EnumerateArray()];
        Assert.Contains(stances, s => s.GetProperty("quoteId").ValueKind == JsonValueKind.Null);
        Assert.All(stances, s => Assert.Equal("Dockworkers strike over automation", s.GetProperty("target").GetString()));
        JsonElement p = stances[0].GetProperty("probabilities");
        double sum = p.GetProperty("agree").GetDouble() + p.GetProperty("disagree").GetDouble() + p.GetProperty("discuss").GetDouble() + p.GetProperty("unrelated").GetDouble();
        Assert.Equal(1.0, sum, 3);
    }

    [Fact]
    public async Task Stages_option_keeps_only_the_named_stages()
    {
        CliResult r = await CliRunner.RunAsync("analyze", SharedData.Seed("columbus-light-rail.txt"), "--stages", "tokenizer", "--compact");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using JsonDocument json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(["paragraphs", "sentences", "tokens"], json.RootElement.GetProperty("produced").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("no-such-stage", "No stage named 'no-such-stage'")]
    [InlineData("tokenizer,nonsense", "No stage named 'nonsense'")]
    public async Task Unknown_stage_is_a_clear_error_with_exit_code_2(string stages, string expected)
    {
        CliResult r = await CliRunner.RunAsync("analyze", SharedData.Seed("sindh-floods.txt"), "--stages", stages);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Stderr, StringComparison.Ordinal);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public async Task Missing_input_and_empty_folder_are_clear_errors_with_exit_code_2()
    {
        CliResult missing = await CliRunner.RunAsync("analyze", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Stderr, StringComparison.Ordinal);

        CliResult empty = await CliRunner.RunAsync("analyze", _dir);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no files matching '*.txt'", empty.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_a_batch_written_to_a_file_shows_progress_and_still_reports_failures()
    {
        Write("a.txt", "One short article.");
        Write("b.txt", new string('y', 300));
        Write("c.txt", "Another short article.");
        string output = Path.Combine(_dir, "out.jsonl");
        CliResult r = await CliRunner.RunOnTerminalAsync("analyze", _dir, "--output", output, "--max-chars", "200");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("analyzing", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("b.txt", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(output).Length);

        CliResult plain = await CliRunner.RunOnTerminalAsync("analyze", _dir, "--output", output, "--no-progress", "--stages", "tokenizer", "--max-chars", "1000");
        Assert.Equal(0, plain.ExitCode);
        Assert.DoesNotContain("analyzing", plain.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(output).Length);
    }

    [Fact]
    public async Task Input_without_a_byte_order_mark_is_utf8_so_offsets_match_the_scorers()
    {
        File.WriteAllBytes(Path.Combine(_dir, "plain.txt"), [(byte)'h', 0xC3, 0xA9, (byte)'!', 0xFF, (byte)'x']);
        File.WriteAllBytes(Path.Combine(_dir, "utf8-bom.txt"), [0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);
        CliResult r = await CliRunner.RunAsync("analyze", _dir, "--stages", "tokenizer");
        Assert.True(r.ExitCode == 0, r.Stderr);
        string[] texts = [.. r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)];
        Assert.Equal(["h\u00E9!\uFFFDx", "hi"], texts);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);
}
