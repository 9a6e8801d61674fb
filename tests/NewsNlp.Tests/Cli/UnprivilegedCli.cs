using System.Diagnostics;
using System.Runtime.Versioning;
using NewsNlp.Tests.Packaging;

namespace NewsNlp.Tests.Cli;

/// <summary>
/// Runs the <c>newsnlp</c> CLI in a child process as a user without privileges: as itself when the tests do not run as
/// root, else as <c>nobody</c> (uid/gid 65534) through util-linux <c>setpriv</c>, so permission checks apply (root reads
/// every folder whatever its mode).
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static class UnprivilegedCli
{
    private const string Nobody = "65534";

    /// <summary>Why the CLI cannot run unprivileged here, or null when it can.</summary>
    public static string? WhyNot { get; } = FindWhyNot();

    /// <summary>Runs the CLI with <paramref name="args"/> (working directory: <paramref name="workingDirectory"/>, which the user must be able to enter).</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        string cli = typeof(NewsNlp.Cli.CliEnvironment).Assembly.Location;
        ProcessStartInfo start = Start(workingDirectory, [DotnetProcess.DotnetPath, cli, .. args]);
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static ProcessStartInfo Start(string workingDirectory, string[] command)
    {
        string[] full = IsRoot ? ["setpriv", $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", .. command] : command;
        var start = new ProcessStartInfo(full[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in full[1..])
        {
            start.ArgumentList.Add(arg);
        }

        // nobody cannot read root's home; the runtime needs none for 'dotnet app.dll'.
        start.Environment["HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return start;
    }

    private static string? FindWhyNot()
    {
        if (!IsRoot)
        {
            return null;
        }

        // The CLI's own files must be readable by nobody, and setpriv must be allowed to drop privileges here.
        string cli = typeof(NewsNlp.Cli.CliEnvironment).Assembly.Location;
        try
        {
            ProcessStartInfo start = Start(Path.GetTempPath(), ["test", "-r", cli]);
            using Process process = Process.Start(start)!;
            process.WaitForExit(30_000);
            return process.ExitCode == 0
                ? null
                : $"running as root, and nobody (uid 65534) cannot read {cli} (exit {process.ExitCode}: {process.StandardError.ReadToEnd().Trim()})";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"running as root, which reads every folder, and setpriv (util-linux) cannot be started to run the CLI as nobody: {ex.Message}";
        }
    }
}
