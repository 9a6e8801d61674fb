using System.Text;
using Microsoft.Win32.SafeHandles;

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
        OpenStdout(),
        Console.Error,
        stdoutIsTerminal: !Console.IsOutputRedirected,
        stderrIsTerminal: !Console.IsErrorRedirected);

    /// <summary>
    /// Standard output as a stream whose writes fail when the reader has gone. .NET's console stream silently drops
    /// writes to a closed pipe (EPIPE), so <c>newsnlp analyze DIR | head</c> would run the whole batch and report
    /// success; a <see cref="FileStream"/> over descriptor 1 throws an <see cref="IOException"/> instead. Only for
    /// descriptors that cannot seek (pipes, terminals, devices): over a regular file a <see cref="FileStream"/> writes at
    /// its own position, so with <c>&gt; out.jsonl 2&gt;&amp;1</c> the messages on standard error and the documents
    /// overwrote each other. A file has no reader to lose, and the console stream writes at the shared file offset.
    /// </summary>
    private static Stream OpenStdout()
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
                if (!stream.CanSeek)
                {
                    return stream;
                }

                stream.Dispose();
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Descriptor 1 closed or unusable: fall back to the console stream.
            }
        }

        return Console.OpenStandardOutput();
    }

    /// <summary>Writes <c>newsnlp: MESSAGE</c> to standard error.</summary>
    public void Error(string message) => Stderr.WriteLine($"newsnlp: {message}");

    /// <summary>Writes <c>newsnlp: warning: MESSAGE</c> to standard error.</summary>
    public void Warn(string message) => Stderr.WriteLine($"newsnlp: warning: {message}");
}
