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
    public async Task The_kind_chooses_the_headline_model_by_default_or_the_quote_model()
    {
        (string Claim, string Text)[] pairs =
        [
            ("The town should build a new library", "A new library would be a terrible waste and a bad idea for the town"),
            ("The town should build a new library", "Reports claim the town may build a library"),
            ("The mayor resigned over the bridge scandal", "Mayor did not resign, council says reports are false"),
            ("The mayor resigned over the bridge scandal", "Mayor resigns over bridge scandal"),
        ];
        string input = Path.Combine(_dir, "kinds.csv");
        await File.WriteAllTextAsync(input, "id,target,text\n" + string.Concat(pairs.Select((p, i) => $"{i},{p.Claim},{p.Text}\n")));

        foreach ((string? kind, NewsNlp.Stance.ShortText.ShortTextStanceModel model) in new[] { ((string?)null, NewsNlp.Stance.ShortText.ShortTextStanceModel.Headline), ("headline", NewsNlp.Stance.ShortText.ShortTextStanceModel.Headline), ("quote", NewsNlp.Stance.ShortText.ShortTextStanceModel.Default) })
        {
            string output = Path.Combine(_dir, $"pred-{kind ?? "default"}.csv");
            string[] args = kind is null ? ["stance-pairs", "--input", input, "--output", output] : ["stance-pairs", "--input", input, "--output", output, "--kind", kind];
            CliResult r = await CliRunner.RunAsync(args);
            Assert.True(r.ExitCode == 0, r.Stderr);
            var classifier = new NewsNlp.Stance.ShortText.ShortTextStanceClassifier(model);
            string[] expected = [.. pairs.Select(p => NewsNlp.Stance.StanceLabels.ToFncString(classifier.Classify(p.Claim, p.Text).Label))];
            Assert.Equal(expected, NewsNlp.Stance.Fnc.CsvTable.Parse(await File.ReadAllTextAsync(output)).Skip(1).Select(row => row[1]));
        }

        CliResult bad = await CliRunner.RunAsync("stance-pairs", "--input", input, "--output", Path.Combine(_dir, "x.csv"), "--kind", "tweet");
        Assert.Equal(2, bad.ExitCode);
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
