using System.Text;
using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli;

/// <summary>The outcome of one in-process CLI run.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the <c>newsnlp</c> command in-process with captured streams (never an interactive terminal).</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunWithStdinAsync(string? stdin, params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        byte[] input = Encoding.UTF8.GetBytes(stdin ?? "");
        var env = new CliEnvironment(() => new MemoryStream(input), stdout, stderr, stdoutIsTerminal: false, stderrIsTerminal: false);
        int code = await Program.RunAsync(args, env);
        return new CliResult(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunWithStdinAsync(null, args);
}
