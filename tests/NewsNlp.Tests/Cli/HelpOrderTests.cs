namespace NewsNlp.Tests.Cli;

public sealed class HelpOrderTests
{
    [Fact]
    public async Task Root_help_lists_everyday_commands_before_evaluation_and_training_ones()
    {
        CliResult r = await CliRunner.RunAsync("--help");
        Assert.Equal(0, r.ExitCode);
        int commands = r.Stdout.IndexOf("Commands:", StringComparison.Ordinal);
        Assert.True(commands > 0, r.Stdout);
        int Position(string name) => r.Stdout.IndexOf("\n  " + name + " ", commands, StringComparison.Ordinal);
        int analyze = Position("analyze");
        Assert.True(analyze > 0 && analyze < Position("render") && Position("render") < Position("tokenize"), r.Stdout);
        Assert.True(Position("quotes") < Position("train-ner"), r.Stdout);
        Assert.DoesNotContain("seeds/", r.Stdout, StringComparison.Ordinal);
    }
}
