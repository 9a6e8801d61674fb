using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsNlp.Corpus;
using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Sqlite;
using NewsNlp.Documents;
using NewsNlp.Stance;
using NewsNlp.Serialization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp query speaker|quotes|about|stance|timeline …</c>: questions to a corpus index.</summary>
internal static class QueryCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new EntityTypeConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Register(Command root, CliEnvironment env)
    {
        var query = new Command("query", """
            Ask a corpus index (made by 'newsnlp index') who said what: speakers by name or by number of quotes, one
            speaker's quotes, who talks about someone, a speaker's stance toward a claim (computed now from their stored
            quotes), a speaker's timeline. A table on a terminal; --json for scripts. Names match loosely (case, accents,
            titles, a surname alone, a typo).

            Examples:
              newsnlp query speaker --db corpus.db                      the most quoted speakers
              newsnlp query speaker "blair" --db corpus.db              speakers whose name matches
              newsnlp query quotes "Tony Blair" --db corpus.db --from 2024-01-01
              newsnlp query about "Saddam Hussein" --db corpus.db       who talks about him
              newsnlp query stance "Tony Blair" --claim "Iraq has weapons of mass destruction" --db corpus.db
              newsnlp query timeline "Tony Blair" --db corpus.db --interval month
            """);
        query.Subcommands.Add(Speaker(env));
        query.Subcommands.Add(Quotes(env));
        query.Subcommands.Add(About(env));
        query.Subcommands.Add(Stance(env));
        query.Subcommands.Add(Timeline(env));
        root.Subcommands.Add(query);
    }

    private sealed class Common
    {
        public Option<string> Db { get; } = CorpusOptions.Db();

        public Option<string?> From { get; } = CorpusOptions.From();

        public Option<string?> To { get; } = CorpusOptions.To();

        public Option<bool> AsJson { get; } = new("--json") { Description = "Write JSON instead of a table." };

        public Option<int> Limit { get; } = new("--limit", "-n") { Description = "Most rows to show (default 20).", DefaultValueFactory = _ => 20, HelpName = "N" };

        public void AddTo(Command command)
        {
            command.Options.Add(Db);
            command.Options.Add(From);
            command.Options.Add(To);
            command.Options.Add(Limit);
            command.Options.Add(AsJson);
            Limit.InRange(1, 1_000_000);
        }
    }

    private static Command Speaker(CliEnvironment env)
    {
        var name = new Argument<string?>("NAME") { Description = "A name to look up; without it, the speakers with the most quotes.", Arity = ArgumentArity.ZeroOrOne };
        var common = new Common();
        var command = new Command("speaker", "Speakers matching NAME (best first), or without NAME the most quoted speakers in the date range.") { name };
        common.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, common, env, async (index, range) =>
        {
            string? n = parse.GetValue(name);
            int limit = parse.GetValue(common.Limit);
            if (string.IsNullOrWhiteSpace(n))
            {
                IReadOnlyList<SpeakerCount> top = await index.GetTopSpeakersAsync(range, limit, ct).ConfigureAwait(false);
                return (top, Table(["id", "speaker", "type", "quotes", "articles"], top.Select(s => Row(s.SpeakerId, s.Name, WireNames.Of(s.Type), s.Quotes, s.Articles))), 0);
            }

            IReadOnlyList<SpeakerMatch> found = await index.FindSpeakersAsync(n, limit, ct).ConfigureAwait(false);
            return (found, Table(["id", "speaker", "type", "quotes", "articles", "match"], found.Select(s => Row(s.SpeakerId, s.Name, WireNames.Of(s.Type), s.Quotes, s.Articles, s.Score.ToString("F2", CultureInfo.InvariantCulture)))), 0);
        }, ct));
        return command;
    }

    private static Command Quotes(CliEnvironment env)
    {
        var name = new Argument<string>("SPEAKER") { Description = "The speaker's name (the best match is used; 'query speaker NAME' lists the candidates) or #ID." };
        var common = new Common();
        var command = new Command("quotes", "Every quote of one speaker across the corpus, newest first.") { name };
        common.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, common, env, async (index, range) =>
        {
            if (await ResolveSpeakerAsync(index, parse.GetValue(name)!, env, ct).ConfigureAwait(false) is not { } speaker)
            {
                return (null, null, ExitCodes.SomeDocumentsFailed);
            }

            IReadOnlyList<StoredQuote> quotes = await index.GetQuotesAsync(new QuoteQuery { SpeakerId = speaker.Id, Range = range, Limit = parse.GetValue(common.Limit) }, ct).ConfigureAwait(false);
            var result = new { speaker = speaker.Name, speakerId = speaker.Id, quotes };
            return (result, Table(["published", "quote", "about", "article"], quotes.Select(q => Row(Day(q.Published), q.Text, string.Join(", ", q.About), q.Headline ?? q.ArticleId)), $"{speaker.Name}: {quotes.Count} quotes"), 0);
        }, ct));
        return command;
    }

    private static Command About(CliEnvironment env)
    {
        var name = new Argument<string>("ENTITY") { Description = "A person, organisation or place (the best-matching name is used)." };
        var common = new Common();
        var command = new Command("about", "Who talks about ENTITY: speakers by the number of their quotes that mention it.") { name };
        common.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, common, env, async (index, range) =>
        {
            string n = parse.GetValue(name)!;
            IReadOnlyList<EntityMatch> entities = await index.FindEntitiesAsync(n, 1, ct).ConfigureAwait(false);
            if (entities.Count == 0)
            {
                env.Error($"no entity in the corpus matches '{n}'.");
                return (null, null, ExitCodes.SomeDocumentsFailed);
            }

            EntityMatch entity = entities[0];
            IReadOnlyList<SpeakerCount> speakers = await index.GetWhoTalksAboutAsync(entity.EntityId, range, parse.GetValue(common.Limit), ct).ConfigureAwait(false);
            var result = new { entity = entity.Name, entityId = entity.EntityId, type = WireNames.Of(entity.Type), speakers };
            return (result, Table(["id", "speaker", "type", "quotes about it", "articles"], speakers.Select(s => Row(s.SpeakerId, s.Name, WireNames.Of(s.Type), s.Quotes, s.Articles)), $"who talks about {entity.Name} ({WireNames.Of(entity.Type)})"), 0);
        }, ct));
        return command;
    }

    private static Command Stance(CliEnvironment env)
    {
        var name = new Argument<string>("SPEAKER") { Description = "The speaker's name or #ID." };
        var claim = new Option<string>("--claim", "-c") { Description = "The claim to score the speaker's quotes against.", Required = true, HelpName = "TEXT" };
        var common = new Common();
        var command = new Command("stance", "A speaker's stance toward a claim over all their stored quotes (scored now by the short-text stance model and summed up per speaker).") { name, claim };
        common.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, common, env, async (index, range) =>
        {
            if (await ResolveSpeakerAsync(index, parse.GetValue(name)!, env, ct).ConfigureAwait(false) is not { } speaker)
            {
                return (null, null, ExitCodes.SomeDocumentsFailed);
            }

            CorpusSpeakerStance stance = await new CorpusStance(index).OfSpeakerAsync(speaker.Id, parse.GetValue(claim)!, range, ct).ConfigureAwait(false);
            var evidence = stance.Evidence.Take(parse.GetValue(common.Limit)).Select(e => new
            {
                label = e.Prediction.Label.ToFncString(),
                agree = e.Prediction[StanceLabel.Agree],
                disagree = e.Prediction[StanceLabel.Disagree],
                discuss = e.Prediction[StanceLabel.Discuss],
                unrelated = e.Prediction[StanceLabel.Unrelated],
                quote = e.Quote,
            }).ToList();
            var result = new
            {
                speaker = speaker.Name,
                speakerId = speaker.Id,
                claim = stance.Claim,
                label = stance.Label.ToFncString(),
                probabilities = new { agree = stance.Probabilities[0], disagree = stance.Probabilities[1], discuss = stance.Probabilities[2], unrelated = stance.Probabilities[3] },
                quotesRead = stance.QuotesRead,
                evidence,
            };
            string title = $"{speaker.Name} toward \"{stance.Claim}\": {(stance.Label == StanceLabel.Unrelated ? "no stance" : stance.Label.ToFncString())} "
                + string.Create(CultureInfo.InvariantCulture, $"(agree {stance.Probabilities[0]:F2}, disagree {stance.Probabilities[1]:F2}, discuss {stance.Probabilities[2]:F2}; {stance.Evidence.Count} of {stance.QuotesRead} quotes address it)");
            return (result, Table(["label", "p", "published", "quote"], evidence.Select(e => Row(e.label, (e.label switch { "agree" => e.agree, "disagree" => e.disagree, "discuss" => e.discuss, _ => e.unrelated }).ToString("F2", CultureInfo.InvariantCulture), Day(e.quote.Published), e.quote.Text)), title), 0);
        }, ct));
        return command;
    }

    private static Command Timeline(CliEnvironment env)
    {
        var name = new Argument<string>("SPEAKER") { Description = "The speaker's name or #ID." };
        var interval = new Option<TimelineInterval>("--interval") { Description = "day, week or month (default month).", DefaultValueFactory = _ => TimelineInterval.Month };
        var common = new Common();
        var command = new Command("timeline", "How many quotes of a speaker were published per day, week or month.") { name, interval };
        common.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, common, env, async (index, range) =>
        {
            if (await ResolveSpeakerAsync(index, parse.GetValue(name)!, env, ct).ConfigureAwait(false) is not { } speaker)
            {
                return (null, null, ExitCodes.SomeDocumentsFailed);
            }

            IReadOnlyList<TimelinePoint> points = await index.GetTimelineAsync(speaker.Id, parse.GetValue(interval), range, ct).ConfigureAwait(false);
            var result = new { speaker = speaker.Name, speakerId = speaker.Id, points };
            return (result, Table(["from", "quotes", "articles"], points.Select(p => Row(p.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Quotes, p.Articles)), $"{speaker.Name}: quotes per {parse.GetValue(interval).ToString().ToLowerInvariant()}"), 0);
        }, ct));
        return command;
    }

    private static async Task<(long Id, string Name)?> ResolveSpeakerAsync(ICorpusIndex index, string name, CliEnvironment env, CancellationToken ct)
    {
        if (name.StartsWith('#') && long.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            return (id, name);
        }

        IReadOnlyList<SpeakerMatch> found = await index.FindSpeakersAsync(name, 1, ct).ConfigureAwait(false);
        if (found.Count == 0)
        {
            env.Error($"no speaker in the corpus matches '{name}' (try 'newsnlp query speaker' for the most quoted ones).");
            return null;
        }

        return (found[0].SpeakerId, found[0].Name);
    }

    private static async Task<int> RunAsync(
        ParseResult parse, Common common, CliEnvironment env, Func<ICorpusIndex, DateRange, Task<(object? Result, Table? Table, int ExitCode)>> run, CancellationToken ct)
    {
        if (CorpusOptions.Range(parse.GetValue(common.From), parse.GetValue(common.To), env) is not { } range)
        {
            return ExitCodes.UsageError;
        }

        try
        {
            await using SqliteCorpusIndex index = SqliteCorpusIndex.Open(parse.GetValue(common.Db)!, new SqliteCorpusOptions { CreateIfMissing = false });
            (object? result, Table? table, int exit) = await run(index, range).ConfigureAwait(false);
            if (result is null)
            {
                return exit;
            }

            if (parse.GetValue(common.AsJson))
            {
                await JsonSerializer.SerializeAsync(env.Stdout, result, Json, ct).ConfigureAwait(false);
                env.Stdout.Write("\n"u8);
                await env.Stdout.FlushAsync(ct).ConfigureAwait(false);
            }
            else if (table is not null)
            {
                using var writer = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 12, leaveOpen: true);
                IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(writer),
                    Ansi = env.StdoutIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                    ColorSystem = env.StdoutIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                    Interactive = InteractionSupport.No,
                });
                if (!env.StdoutIsTerminal)
                {
                    console.Profile.Width = 160;
                }

                console.Write(table);
                await writer.FlushAsync(ct).ConfigureAwait(false);
            }

            return exit;
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
        catch (IOException ex)
        {
            env.Error($"cannot write output to standard output: {ex.Message}");
            return ExitCodes.OutputFailed;
        }
    }

    private static Table Table(string[] columns, IEnumerable<IRenderable[]> rows, string? title = null)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title = new TableTitle(title);
        }

        foreach (string column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        foreach (IRenderable[] row in rows)
        {
            table.AddRow(row);
        }

        return table;
    }

    private static IRenderable[] Row(params object[] cells) =>
        [.. cells.Select(c => (IRenderable)new Text(string.Join(' ', (Convert.ToString(c, CultureInfo.InvariantCulture) ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))];

    /// <summary>Entity types as in the document JSON (<c>PERSON</c>, <c>ORG</c>, <c>LOC</c>, <c>MISC</c>).</summary>
    private sealed class EntityTypeConverter : JsonConverter<EntityType>
    {
        public override EntityType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() switch
            {
                "PERSON" => EntityType.Person,
                "ORG" => EntityType.Organization,
                "LOC" => EntityType.Location,
                "MISC" => EntityType.Miscellaneous,
                var other => throw new JsonException($"Unknown entity type '{other}'."),
            };

        public override void Write(Utf8JsonWriter writer, EntityType value, JsonSerializerOptions options) => writer.WriteStringValue(WireNames.Of(value));
    }

    private static string Day(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
