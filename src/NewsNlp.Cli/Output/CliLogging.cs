using Microsoft.Extensions.Logging;

namespace NewsNlp.Cli.Output;

/// <summary>
/// The CLI's console logger: each message at Information or above as one plain line on standard output, written at once
/// (no level prefix, no category, no background queue), so the training commands print exactly the progress lines they
/// always printed and in order with the command's own lines.
/// </summary>
internal static class CliLogging
{
    /// <summary>A logger factory writing to <paramref name="writer"/> (standard output when null).</summary>
    public static ILoggerFactory CreateFactory(TextWriter? writer = null) =>
        LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(new PlainLineLoggerProvider(writer ?? Console.Out)));

    private sealed class PlainLineLoggerProvider(TextWriter writer) : ILoggerProvider
    {
        private readonly Lock _gate = new();

        public ILogger CreateLogger(string categoryName) => new PlainLineLogger(writer, _gate);

        public void Dispose() => writer.Flush();
    }

    private sealed class PlainLineLogger(TextWriter writer, Lock gate) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            string message = formatter(state, exception);
            lock (gate)
            {
                writer.WriteLine(exception is null ? message : $"{message}: {exception.Message}");
            }
        }
    }
}
