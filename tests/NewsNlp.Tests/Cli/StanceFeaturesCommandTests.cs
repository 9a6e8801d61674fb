namespace NewsNlp.Tests.Cli;

/// <summary>The diagnostic <c>stance-features</c> command reads tuned dev splits only.</summary>
public sealed class StanceFeaturesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-stance-features-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("test")]
    [InlineData("real-test")]
    [InlineData("real-dev99")]
    public async Task Held_out_and_unknown_splits_are_refused(string split)
    {
        CliResult r = await CliRunner.RunAsync("stance-features", "--output", Path.Combine(_dir, "f.tsv"), "--splits", split);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("never read", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "f.tsv")));
    }

    [Fact]
    public async Task Writes_one_line_per_gold_speaker_and_matched_record_of_an_invented_dev_split()
    {
        string dev = Path.Combine(_dir, "seeds", "dev");
        Directory.CreateDirectory(dev);
        await File.WriteAllTextAsync(Path.Combine(dev, "pool.txt"),
            "Westbay council will vote next week on closing the town's swimming pool.\n\n"
            + "Union leader Petra Lind rejected the plan to close the swimming pool as a disgrace.\n\n"
            + "\"The pool loses money every week,\" council treasurer Omar Reid said.\n");
        await File.WriteAllTextAsync(Path.Combine(dev, "pool.gold.json"),
            "{\"target\": \"The council should close the swimming pool\", \"speakers\": {\"Petra Lind\": \"disagree\", \"Omar Reid\": \"agree\", \"Ada Vane\": \"none\"}}");
        string output = Path.Combine(_dir, "f.tsv");

        CliResult r = await CliRunner.RunAsync("stance-features", "--seeds", Path.Combine(_dir, "seeds"), "--output", output, "--splits", "dev");

        Assert.True(r.ExitCode == 0, r.Stderr);
        string[] lines = await File.ReadAllLinesAsync(output);
        Assert.StartsWith("split\tarticle\tgold_name\tgold\trecord\tspeaker\tdecider\trule\tquotes\t", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("dev\tpool\tPetra Lind\tdisagree\t0\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("dev\tpool\tAda Vane\tnone\t-1\t\tmissing", StringComparison.Ordinal));
        Assert.Contains("3 gold speakers, 1 without a record", r.Stdout, StringComparison.Ordinal);
    }
}
