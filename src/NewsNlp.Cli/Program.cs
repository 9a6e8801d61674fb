using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using NewsNlp.Cli.Commands;

namespace NewsNlp.Cli;

/// <summary>Entry point of the <c>newsnlp</c> command.</summary>
internal static partial class Program
{
    private static Task<int> Main(string[] args) => RunAsync(args, CliEnvironment.FromConsole());

    /// <summary>Parses and runs <paramref name="args"/> against <paramref name="env"/> (tests call this in-process).</summary>
    internal static async Task<int> RunAsync(string[] args, CliEnvironment env)
    {
        Command root = BuildRoot(env);
        await using var output = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 12, leaveOpen: true) { AutoFlush = true };
        // The default exception handler would print any exception (e.g. EPIPE while writing help to `| head`, ENOSPC
        // for `stages > /dev/full`) as "Unhandled exception" with a stack trace and exit 1; errors are handled below.
        var configuration = new InvocationConfiguration { Output = output, Error = env.Stderr, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            // No command: the overview, on stderr (stdout stays clean for scripts), and the usage-error exit code.
            await root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = env.Stderr, Error = env.Stderr }).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // Parse errors and bad option values: the errors on stderr, no help on stdout, exit code 2.
            List<string> taken = UnknownOptionsTakenAsArguments(parse);
            List<string> unknown = [.. taken, .. parse.UnmatchedTokens.Where(LooksLikeOption)];
            foreach (string option in unknown)
            {
                env.Error($"unknown option '{option}'.");
            }

            // With an unknown option taken as the argument (`analyze --bogus story.txt`) the real argument is then
            // reported as unrecognised: the lines above say what is wrong.
            IEnumerable<string> explained = taken.Count > 0 ? parse.UnmatchedTokens : unknown;
            foreach (ParseError error in parse.Errors)
            {
                if (!explained.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal)))
                {
                    env.Error(Describe(error));
                }
            }

            string command = string.Join(' ', parse.CommandResult.Command == root ? [] : CommandPath(parse.CommandResult));
            env.Stderr.WriteLine($"Run 'newsnlp {(command.Length > 0 ? command + " " : "")}--help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return await parse.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            // A command's output failed past its own handling (e.g. standard output closed while writing help).
            env.Error($"cannot write output: {ex.Message}");
            return ExitCodes.OutputFailed;
        }
        catch (OperationCanceledException)
        {
            env.Error("cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            // A bug: say so with the details a report needs (what the default handler printed), exit code 1.
            env.Error($"unexpected error: {ex}");
            return ExitCodes.SomeDocumentsFailed;
        }
    }

    /// <summary>The root command with every subcommand, everyday ones first (help lists them in this order).</summary>
    internal static Command BuildRoot(CliEnvironment env)
    {
        // A plain command named "newsnlp" (with help and version options) rather than a RootCommand, whose usage line
        // would show the assembly name (NewsNlp.Cli) when run through `dotnet NewsNlp.Cli.dll` or the ./newsnlp script.
        var root = new Command("newsnlp", """
            newsnlp: who is mentioned in English news, who said what, and what side they take.

            Start with (story.txt: any UTF-8 news article):
              newsnlp analyze story.txt                 JSON: entities, quotes, speakers, stance
              newsnlp analyze articles/ -o out.jsonl    a folder, in parallel, one JSON line per article
              newsnlp render story.txt -o story.html    an HTML page of the article
              newsnlp models                            the embedded models, their data and licence terms
              newsnlp index articles/ --db corpus.db    store many articles' quotes and speakers in a corpus
              newsnlp query quotes "Name" --db corpus.db  every quote of one speaker across the corpus

            Everyday: analyze, render, stages, models. Corpus: index, query, report. Evaluation formats: tokenize, ner, quotes, stance-fnc, stance-pairs.
            Training: train-*. Run 'newsnlp COMMAND --help' for a command's options.
            Exit codes: 0 all done, 1 some documents failed, 2 bad usage or input, 3 output failed, 130 cancelled.
            """)
        {
            new HelpOption(),
            new VersionOption(),
        };
        AnalyzeCommand.Register(root, env);
        RenderCommand.Register(root, env);
        IndexCommand.Register(root, env);
        QueryCommand.Register(root, env);
        ReportCommand.Register(root, env);
        BenchIndexCommand.Register(root, env);
        StagesCommand.Register(root, env);
        ModelsCommand.Register(root, env);
        TokenizeCommand.Register(root, env);
        NerCommand.Register(root, env);
        QuotesCommand.Register(root, env);
        StanceFncCommand.Register(root, env);
        StancePairsCommand.Register(root, env);
        SentenceTrainCommand.Register(root, env);
        NerTrainCommand.Register(root, env);
        NerCalibrateCommand.Register(root, env);
        QuoteTrainCommand.Register(root, env);
        SpeakerTrainCommand.Register(root);
        QuoteCalibrationCommand.Register(root);
        StanceTrainCommand.Register(root, env);
        StancePairsTrainCommand.Register(root, env);
        SpeakerStanceTrainCommand.Register(root);
        StanceFeaturesCommand.Register(root, env);
        return root;
    }

    /// <summary>One line per error, prefixed with the option it is about when the message does not name it.</summary>
    private static string Describe(ParseError error)
    {
        string message = string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Replace(": '", " '", StringComparison.Ordinal).Replace("one of: ", "one of ", StringComparison.Ordinal);
        message = ExpectedType().Replace(message, m => m.Groups[1].Value switch
        {
            var t when t.Contains("Int32", StringComparison.Ordinal) || t.Contains("Int64", StringComparison.Ordinal) => ": expected a whole number.",
            var t when t.Contains("Double", StringComparison.Ordinal) || t.Contains("Single", StringComparison.Ordinal) => ": expected a number.",
            _ => ".",
        });
        Option? option = error.SymbolResult switch
        {
            OptionResult o => o.Option,
            ArgumentResult { Parent: OptionResult o } => o.Option,
            _ => null,
        };
        return option is null || message.Contains(option.Name, StringComparison.Ordinal) ? message : $"{option.Name}: {message}";
    }

    /// <summary>
    /// Values given to a command's arguments that look like options (<c>--bogus</c>, <c>-x</c>; not <c>-</c>, standard
    /// input, nor a negative number): an option the command does not have, which the parser took as the argument.
    /// </summary>
    private static List<string> UnknownOptionsTakenAsArguments(ParseResult parse) =>
    [
        .. parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .Where(LooksLikeOption),
    ];

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-'
        && !double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    [System.Text.RegularExpressions.GeneratedRegex(@" as expected type '([^']*)'\.?")]
    private static partial System.Text.RegularExpressions.Regex ExpectedType();

    private static Stack<string> CommandPath(CommandResult result)
    {
        var names = new Stack<string>();
        for (SymbolResult? r = result; r is CommandResult c && c.Parent is not null; r = r.Parent)
        {
            names.Push(c.Command.Name);
        }

        return names;
    }
}
