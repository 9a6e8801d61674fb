using System.Text;
using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli;

/// <summary>The outcome of one in-process CLI run.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the <c>newsnlp</c> command in-process with captured streams (never an interactive terminal).</summary>
internal static class CliRunner
{
    public static Task<CliResult> RunWithStdinAsync(string? stdin, params string[] args) => RunAsync(stdin, terminal: false, args);

    /// <summary>Runs as if standard error were an interactive terminal (the live progress display is used).</summary>
    public static Task<CliResult> RunOnTerminalAsync(params string[] args) => RunAsync(null, terminal: true, args);

    private static async Task<CliResult> RunAsync(string? stdin, bool terminal, string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        byte[] input = Encoding.UTF8.GetBytes(stdin ?? "");
        var env = new CliEnvironment(() => new MemoryStream(input), stdout, stderr, stdoutIsTerminal: false, stderrIsTerminal: terminal);
        int code = await Program.RunAsync(args, env);
        return new CliResult(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunWithStdinAsync(null, args);
}
