namespace NewsNlp.Tests.Cli;

public sealed class StancePairsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-stance-pairs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Writes_one_row_per_pair_in_order_with_ids_kept_exactly()
    {
        string input = Path.Combine(_dir, "pairs.csv");
        await File.WriteAllTextAsync(input,
            "id,target,text\n" +
            "\"a,1\",\"The port, officials say, will reopen\",\"\"\"It will not reopen,\"\" the union said.\nNobody believes it.\"\n" +
            "b-2,The port will reopen,Port set to reopen on Monday\n" +
            "c\"3,Apples are red,Interest rates rose on Tuesday.\n");
        string output = Path.Combine(_dir, "pred.csv");

        CliResult r = await CliRunner.RunAsync("stance-pairs", "--input", input, "--output", output);

        Assert.True(r.ExitCode == 0, r.Stderr);
        List<string[]> rows = NewsNlp.Stance.Fnc.CsvTable.Parse(await File.ReadAllTextAsync(output));
        Assert.Equal(["id", "stance"], rows[0]);
        Assert.Equal(["a,1", "b-2", "c\"3"], rows.Skip(1).Select(r => r[0]));
        Assert.All(rows.Skip(1), r => Assert.Contains(r[1], new[] { "agree", "disagree", "discuss", "unrelated" }));
        Assert.Equal("unrelated", rows[3][1]);
    }

    [Fact]
    public async Task A_file_without_the_columns_is_a_usage_error()
    {
        string input = Path.Combine(_dir, "bad.csv");
        await File.WriteAllTextAsync(input, "id,claim\n1,x\n");
        CliResult r = await CliRunner.RunAsync("stance-pairs", "--input", input, "--output", Path.Combine(_dir, "out.csv"));
        Assert.Equal(2, r.ExitCode);
        Assert.False(File.Exists(Path.Combine(_dir, "out.csv")));
    }

    [Fact]
    public async Task Messages_go_to_the_cli_error_stream_and_an_unwritable_output_exits_3()
    {
        string input = Path.Combine(_dir, "pairs.csv");
        await File.WriteAllTextAsync(input, "id,target,text\n1,The port will reopen,Port set to reopen on Monday\n");
        string output = Path.Combine(_dir, "is-a-folder");
        Directory.CreateDirectory(output);

        CliResult r = await CliRunner.RunAsync("stance-pairs", "--input", input, "--output", output);

        Assert.Equal(3, r.ExitCode);
        Assert.Contains("classified 1 pairs", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("cannot write", r.Stderr, StringComparison.Ordinal);
    }
}
