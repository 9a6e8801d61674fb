using System.Text;

namespace NewsNlp.Cli;

/// <summary>The process's standard streams and terminal facts, injectable so commands can be tested in-process.</summary>
internal sealed class CliEnvironment
{
    /// <summary>UTF-8 without BOM, replacing invalid input bytes with U+FFFD.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public CliEnvironment(Func<Stream> openStdin, Stream stdout, TextWriter stderr, bool stdoutIsTerminal, bool stderrIsTerminal)
    {
        OpenStdin = openStdin;
        Stdout = stdout;
        Stderr = stderr;
        StdoutIsTerminal = stdoutIsTerminal;
        StderrIsTerminal = stderrIsTerminal;
    }

    /// <summary>Opens standard input (read as UTF-8 for <c>-</c>).</summary>
    public Func<Stream> OpenStdin { get; }

    /// <summary>Standard output as bytes (JSON, JSONL and HTML are written as UTF-8).</summary>
    public Stream Stdout { get; }

    /// <summary>Standard error, for messages, errors and the plain progress summary.</summary>
    public TextWriter Stderr { get; }

    /// <summary>True when standard output is an interactive terminal (not redirected).</summary>
    public bool StdoutIsTerminal { get; }

    /// <summary>True when standard error is an interactive terminal: the only case with a live progress bar.</summary>
    public bool StderrIsTerminal { get; }

    /// <summary>The real console.</summary>
    public static CliEnvironment FromConsole() => new(
        Console.OpenStandardInput,
        Console.OpenStandardOutput(),
        Console.Error,
        stdoutIsTerminal: !Console.IsOutputRedirected,
        stderrIsTerminal: !Console.IsErrorRedirected);

    /// <summary>Writes <c>newsnlp: MESSAGE</c> to standard error.</summary>
    public void Error(string message) => Stderr.WriteLine($"newsnlp: {message}");
}
