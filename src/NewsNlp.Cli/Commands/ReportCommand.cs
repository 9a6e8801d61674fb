using System.CommandLine;
using NewsNlp.Cli.Output;
using NewsNlp.Corpus;
using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Reporting;
using NewsNlp.Corpus.Sqlite;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp report --db corpus.db --output report.html</c>: a self-contained HTML page about a corpus.</summary>
internal static class ReportCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var db = CorpusOptions.Db();
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write (- for standard output).", Required = true, HelpName = "FILE" };
        var from = CorpusOptions.From();
        var to = CorpusOptions.To();
        var claims = new Option<string[]>("--claims", "--claim")
        {
            Description = "A claim to show each top speaker's stance toward (computed now from their stored quotes); repeat for several.",
            AllowMultipleArgumentsPerToken = false,
            HelpName = "TEXT",
        };
        var top = new Option<int>("--top") { Description = "How many of the most quoted speakers to show (default 10).", DefaultValueFactory = _ => 10, HelpName = "N" };
        top.InRange(1, 500);
        var interval = new Option<TimelineInterval>("--interval") { Description = "The timeline's period: day, week or month (default month).", DefaultValueFactory = _ => TimelineInterval.Month };
        var title = new Option<string?>("--title") { Description = "The page title.", HelpName = "TEXT" };
        var command = new Command("report", """
            Write a self-contained HTML report of a corpus index: the most quoted speakers, their latest quotes, who talks
            about whom, each speaker's stance toward the --claims, and a timeline chart (inline SVG: the page loads
            nothing from the network and runs no script).

            Example:
              newsnlp report --db corpus.db --output report.html --claims "The strike will end this week"
            """)
        {
            db, output, from, to, claims, top, interval, title,
        };
        command.SetAction((parse, ct) => RunAsync(parse, env, db, output, from, to, claims, top, interval, title, ct));
        root.Subcommands.Add(command);
    }

    private static async Task<int> RunAsync(
        ParseResult parse, CliEnvironment env, Option<string> db, Option<string> output, Option<string?> from, Option<string?> to,
        Option<string[]> claims, Option<int> top, Option<TimelineInterval> interval, Option<string?> title, CancellationToken ct)
    {
        if (CorpusOptions.Range(parse.GetValue(from), parse.GetValue(to), env) is not { } range)
        {
            return ExitCodes.UsageError;
        }

        string html;
        try
        {
            await using SqliteCorpusIndex index = SqliteCorpusIndex.Open(parse.GetValue(db)!, new SqliteCorpusOptions { CreateIfMissing = false });
            var options = new CorpusReportOptions
            {
                Range = range,
                TopSpeakers = parse.GetValue(top),
                Interval = parse.GetValue(interval),
                Claims = [.. (parse.GetValue(claims) ?? []).Where(c => !string.IsNullOrWhiteSpace(c))],
            };
            if (parse.GetValue(title) is { Length: > 0 } t)
            {
                options = options with { Title = t };
            }

            html = await CorpusReport.RenderAsync(index, options, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (CorpusStoreException ex)
        {
            env.Error(ex.Message);
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            env.Error("cancelled.");
            return ExitCodes.Cancelled;
        }

        string path = parse.GetValue(output)!;
        byte[] bytes = CliEnvironment.Utf8.GetBytes(html);
        if (path == "-")
        {
            await env.Stdout.WriteAsync(bytes, ct).ConfigureAwait(false);
            await env.Stdout.FlushAsync(ct).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        Stream? file = OutputFiles.Create(path, env);
        if (file is null)
        {
            return ExitCodes.UsageError;
        }

        try
        {
            await file.WriteAsync(bytes, ct).ConfigureAwait(false);
            await file.FlushAsync(ct).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            env.Error($"cannot write '{path}': {ex.Message}");
            return ExitCodes.OutputFailed;
        }
        finally
        {
            OutputFiles.DisposeQuietly(file);
        }

        env.Stderr.WriteLine($"newsnlp: wrote {path} ({bytes.Length:N0} bytes).");
        return ExitCodes.Success;
    }
}
