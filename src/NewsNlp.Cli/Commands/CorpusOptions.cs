using System.CommandLine;
using System.Globalization;
using NewsNlp.Corpus.Queries;

namespace NewsNlp.Cli.Commands;

/// <summary>Options shared by the corpus commands (<c>index</c>, <c>query</c>, <c>report</c>).</summary>
internal static class CorpusOptions
{
    /// <summary><c>--db FILE</c>, required.</summary>
    public static Option<string> Db() => new("--db")
    {
        Description = "The corpus file (SQLite; index creates it on first use).",
        Required = true,
        HelpName = "FILE",
    };

    /// <summary><c>--from DATE</c>.</summary>
    public static Option<string?> From() => new("--from") { Description = "Only articles published on or after this date (2024-05-01, or an ISO 8601 date-time; UTC).", HelpName = "DATE" };

    /// <summary><c>--to DATE</c>.</summary>
    public static Option<string?> To() => new("--to") { Description = "Only articles published on or before this date (a bare date includes the whole day; UTC).", HelpName = "DATE" };

    /// <summary>The range of <paramref name="from"/> and <paramref name="to"/>, or null after writing an error.</summary>
    public static DateRange? Range(string? from, string? to, CliEnvironment env)
    {
        DateTimeOffset? start = null, end = null;
        if (from is not null)
        {
            if (Parse(from, endOfDay: false) is not { } f)
            {
                env.Error($"--from: '{from}' is not a date (use 2024-05-01 or 2024-05-01T09:30:00Z).");
                return null;
            }

            start = f;
        }

        if (to is not null)
        {
            if (Parse(to, endOfDay: true) is not { } t)
            {
                env.Error($"--to: '{to}' is not a date (use 2024-05-31 or 2024-05-31T18:00:00Z).");
                return null;
            }

            end = t;
        }

        return new DateRange(start, end);
    }

    private static DateTimeOffset? Parse(string value, bool endOfDay)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time) ? time : null;
    }
}
