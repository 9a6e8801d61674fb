using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>Exit codes, stderr-only errors and messages that name the user's options (docs/cli.md, "Exit codes").</summary>
public sealed class CliContractTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-contract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("--parallel", "analyze", "STORY", "-j", "0")]
    [InlineData("--parallel", "analyze", "STORY", "-j", "many")]
    [InlineData("--max-chars", "analyze", "STORY", "--max-chars", "0")]
    [InlineData("--format", "analyze", "STORY", "--format", "xml")]
    [InlineData("INPUT", "analyze")]
    [InlineData("--output-dir", "quotes", "STORY")]
    [InlineData("--parallel", "render", "STORY", "--parallel", "2000")]
    [InlineData("--epochs", "train-ner", "--train", "STORY", "--dev", "STORY", "--output", "x.model", "--epochs", "0")]
    [InlineData("nonsense", "analyze", "STORY", "nonsense")]
    [InlineData("unknown option '--bogus'", "analyze", "--bogus", "STORY")]
    [InlineData("unknown option '--bogus'", "analyze", "STORY", "--bogus")]
    public async Task Parse_errors_and_bad_values_exit_2_with_the_error_on_stderr_only(string named, params string[] args)
    {
        string story = SharedData.Seed("sindh-floods.txt");
        CliResult r = await CliRunner.RunAsync([.. args.Select(a => a == "STORY" ? story : a)]);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.StartsWith("newsnlp: ", r.Stderr, StringComparison.Ordinal);
        Assert.Contains(named == "INPUT" ? "argument missing" : named, r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Description:", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help' for usage", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_prints_the_overview_on_stderr_and_exits_2()
    {
        CliResult r = await CliRunner.RunAsync();
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("newsnlp analyze story.txt", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_long_document_names_the_option_not_library_internals()
    {
        CliResult r = await CliRunner.RunAsync("analyze", SharedData.Seed("sindh-floods.txt"), "--max-chars", "100", "--compact");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--max-chars", r.Stderr, StringComparison.Ordinal);
        foreach (string internals in (string[])["NewsPipelineOptions", "MaxDocumentLength", "Parameter", "Exception"])
        {
            Assert.DoesNotContain(internals, r.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain(internals, r.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Targets_before_the_input_take_one_value_each()
    {
        string story = SharedData.Seed("columbus-light-rail.txt");
        CliResult r = await CliRunner.RunAsync("analyze", "--targets", "Light rail is coming", story, "--stages", "tokenizer", "--compact");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using JsonDocument json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(story, json.RootElement.GetProperty("id").GetString());
        Assert.Equal(["Light rail is coming"], json.RootElement.GetProperty("metadata").GetProperty("stanceTargets").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("ner")]
    [InlineData("tokenize")]
    public async Task Single_file_commands_say_a_folder_is_a_folder(string command)
    {
        CliResult r = await CliRunner.RunAsync(command, _dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is a folder; this command takes one file", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public async Task Render_of_a_folder_asks_for_an_output_folder()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "one.txt"), "Talks resumed in Geneva on Monday.");
        CliResult r = await CliRunner.RunAsync("render", _dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is a folder: give --output-dir DIR", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public async Task Ner_on_prose_is_refused_with_a_pointer_to_the_text_format()
    {
        string story = SharedData.Seed("sindh-floods.txt");
        CliResult r = await CliRunner.RunAsync("ner", story);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("not in CoNLL-2003 layout", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("--format text", r.Stderr, StringComparison.Ordinal);

        CliResult text = await CliRunner.RunAsync("ner", story, "--format", "text");
        Assert.True(text.ExitCode == 0, text.Stderr);
        Assert.Contains("\tLOC\t", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ner_accepts_conll_layout_and_keeps_every_line()
    {
        string conll = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n";
        CliResult r = await CliRunner.RunWithStdinAsync(conll, "ner", "-");
        Assert.True(r.ExitCode == 0, r.Stderr);
        string[] lines = r.Stdout.Split('\n');
        string[] input = conll.Split('\n');
        Assert.Equal(input.Length, lines.Length);
        for (int i = 0; i < input.Length; i++)
        {
            Assert.StartsWith(input[i], lines[i], StringComparison.Ordinal);
        }

        Assert.EndsWith(" B-PER", lines[7], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_is_not_dumped_onto_a_terminal()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "One.");
        File.WriteAllText(Path.Combine(_dir, "b.txt"), "Two.");
        using var stdout = new MemoryStream();
        CliResult r = await CliRunner.RunWithStdoutAsync(stdout, stdoutIsTerminal: true, "analyze", _dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--output", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, stdout.Length);

        using var forced = new MemoryStream();
        CliResult ok = await CliRunner.RunWithStdoutAsync(forced, stdoutIsTerminal: true, "analyze", _dir, "--output", "-", "--stages", "tokenizer");
        Assert.True(ok.ExitCode == 0, ok.Stderr);
        Assert.Equal(2, System.Text.Encoding.UTF8.GetString(forced.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
