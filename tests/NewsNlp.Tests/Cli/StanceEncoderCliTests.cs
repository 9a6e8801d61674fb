namespace NewsNlp.Tests.Cli;

/// <summary><c>analyze --stance-encoder</c>: the encoder path is optional; a tool built without it says how to get it.</summary>
public sealed class StanceEncoderCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsnlp-encoder-" + Guid.NewGuid().ToString("N"));

    public StanceEncoderCliTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "port.txt"), "\"The port will reopen on Monday,\" the harbour master said.\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("minilm")]
    [InlineData("minilm-gate")]
    public async Task An_encoder_the_tool_does_not_carry_is_a_clear_error(string encoder)
    {
        // The test host references NewsNlp.Stance.MiniLM without copying it, as the default tool is built.
        CliResult result = await CliRunner.RunAsync("analyze", Path.Combine(_dir, "port.txt"), "--targets", "The port will reopen", "--stance-encoder", encoder);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NewsNlp.Stance.MiniLM", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("NewsNlpWithMiniLm", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_encoder_is_refused_and_none_is_the_default()
    {
        CliResult unknown = await CliRunner.RunAsync("analyze", Path.Combine(_dir, "port.txt"), "--targets", "The port will reopen", "--stance-encoder", "bert");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("bert", unknown.Stderr, StringComparison.Ordinal);
        CliResult none = await CliRunner.RunAsync("analyze", Path.Combine(_dir, "port.txt"), "--targets", "The port will reopen", "--stance-encoder", "none", "--format", "json");
        CliResult byDefault = await CliRunner.RunAsync("analyze", Path.Combine(_dir, "port.txt"), "--targets", "The port will reopen", "--format", "json");
        Assert.Equal(0, none.ExitCode);
        Assert.Equal(byDefault.Stdout, none.Stdout);
    }
}
