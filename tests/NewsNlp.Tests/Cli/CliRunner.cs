using System.Text;
using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli;

/// <summary>The outcome of one in-process CLI run.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the <c>newsnlp</c> command in-process with captured streams (never an interactive terminal).</summary>
internal static class CliRunner
{
    public static Task<CliResult> RunWithStdinAsync(string? stdin, params string[] args) =>
        RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? "")), terminal: false, args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input (raw bytes).</summary>
    public static Task<CliResult> RunWithStdinAsync(Stream stdin, params string[] args) => RunAsync(stdin, terminal: false, args);

    /// <summary>Runs as if standard error were an interactive terminal (the live progress display is used).</summary>
    public static Task<CliResult> RunOnTerminalAsync(params string[] args) => RunAsync(new MemoryStream(), terminal: true, args);

    /// <summary>Runs with <paramref name="stdout"/> as standard output (e.g. one that fails like a closed pipe).</summary>
    public static async Task<CliResult> RunWithStdoutAsync(Stream stdout, bool stdoutIsTerminal, params string[] args)
    {
        using var stderr = new StringWriter();
        var env = new CliEnvironment(() => new MemoryStream(), stdout, stderr, stdoutIsTerminal, stderrIsTerminal: false);
        int code = await Program.RunAsync(args, env);
        return new CliResult(code, "", stderr.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunWithStdinAsync((string?)null, args);

    private static async Task<CliResult> RunAsync(Stream stdin, bool terminal, string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var env = new CliEnvironment(() => stdin, stdout, stderr, stdoutIsTerminal: false, stderrIsTerminal: terminal);
        int code = await Program.RunAsync(args, env);
        return new CliResult(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
