namespace NewsNlp.Tests.Cli;

public sealed class HelpTests
{
    [Fact]
    public async Task Root_help_lists_the_commands_and_how_to_start()
    {
        CliResult r = await CliRunner.RunAsync("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:" + Environment.NewLine + "  newsnlp [command] [options]", r.Stdout, StringComparison.Ordinal);
        foreach (string expected in (string[])["analyze", "render", "stages", "tokenize", "newsnlp analyze story.txt"])
        {
            Assert.Contains(expected, r.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("analyze", new[] { "INPUT", "--stages", "--targets", "--output", "--format", "--tokens", "--parallel", "Examples", "Exit code" })]
    [InlineData("render", new[] { "INPUT", "--output", "--stages", "--targets", "Examples", "self-contained" })]
    public async Task Command_help_explains_every_option_with_examples(string command, string[] expected)
    {
        CliResult r = await CliRunner.RunAsync(command, "--help");
        Assert.Equal(0, r.ExitCode);
        foreach (string text in expected)
        {
            Assert.Contains(text, r.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Stages_command_lists_the_pipeline()
    {
        CliResult r = await CliRunner.RunAsync("stages");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("tokenizer", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("produces", r.Stdout, StringComparison.Ordinal);
    }
}
