using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Cli.Inputs;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;
using NewsNlp.Corpus;
using NewsNlp.Corpus.Indexing;
using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Sqlite;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp index INPUT… --db corpus.db</c>: analyses articles and stores them in a corpus index.</summary>
internal static class IndexCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Text files, saved web pages (.html), JSONL files of articles (.jsonl), folders of them, or - for standard input (see --input-format).",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = CorpusOptions.Db();
        var pattern = new Option<string?>("--pattern") { Description = "File name pattern for folders (default: every .txt, .text, .html, .htm, .xhtml, .jsonl and .ndjson file).", HelpName = "GLOB" };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Also read matching files in subfolders." };
        var inputFormat = InputFormatOption.Create("auto (default): by extension; or force text, html or jsonl.");
        var batchSize = new Option<int>("--batch-size") { Description = $"Articles stored per transaction (default {CorpusIndexerOptions.DefaultBatchSize}).", DefaultValueFactory = _ => CorpusIndexerOptions.DefaultBatchSize, HelpName = "N" };
        batchSize.InRange(1, 100_000);
        var noProgress = new Option<bool>("--no-progress") { Description = "Never show the progress bar (it appears only when standard error is an interactive terminal)." };
        var pipelineOptions = new PipelineCommandOptions();

        var command = new Command("index", """
            Analyse articles and store them in a corpus index (one SQLite file, created on first use): each article once
            (the same id or the same text adds nothing), its quotes, speakers (identified across articles), entity
            mentions and stances. Articles are analysed in parallel; one that cannot be read or analysed is reported and
            counted, and the run goes on. An interrupted run, started again, skips what was stored and adds the rest.
            Exit code: 0 all stored, 1 some articles failed, 2 bad usage or an unusable corpus file, 130 cancelled.

            Examples:
              newsnlp index articles/ --db corpus.db
              newsnlp index feed.jsonl pages/ --db corpus.db --targets "The strike will end this week"
            """)
        {
            inputs, db, pattern, recursive, inputFormat, batchSize, noProgress,
        };
        pipelineOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(inputs)!, parse.GetValue(db)!, parse.GetValue(pattern), parse.GetValue(recursive), parse.GetValue(inputFormat)!,
            parse.GetValue(batchSize), parse.GetValue(noProgress), pipelineOptions.TargetsOf(parse), pipelineOptions.LimitsOf(parse),
            () => pipelineOptions.BuildPipeline(parse, env), env, cancellationToken));
        root.Subcommands.Add(command);
    }

    private static async Task<int> RunAsync(
        string[] inputArgs, string dbPath, string? pattern, bool recursive, string inputFormat, int batchSize, bool noProgress,
        IReadOnlyList<string> targets, InputLimits limits, Func<CliPipeline?> buildPipeline, CliEnvironment env, CancellationToken cancellationToken)
    {
        var documents = new List<InputDocument>();
        int unreadableFolders = 0;
        foreach (string input in inputArgs)
        {
            InputSet? set = InputSet.Resolve(input, pattern ?? "*", recursive, env);
            if (set is null)
            {
                return ExitCodes.UsageError;
            }

            unreadableFolders += set.UnreadableFolders;
            bool folder = !set.IsSingle;
            documents.AddRange(folder && pattern is null
                ? set.Documents.Where(d => ArticleFormats.KnownExtensions.Contains(Path.GetExtension(d.Id).ToLowerInvariant()))
                : set.Documents);
        }

        if (documents.Count == 0)
        {
            env.Error("no article files in the given folders (.txt, .html, .jsonl …; or give --pattern).");
            return ExitCodes.UsageError;
        }

        using CliPipeline? cli = buildPipeline();
        if (cli is null)
        {
            return ExitCodes.UsageError;
        }

        SqliteCorpusIndex index;
        try
        {
            index = SqliteCorpusIndex.Open(dbPath);
        }
        catch (CorpusStoreException ex)
        {
            env.Error(ex.Message);
            return ExitCodes.UsageError;
        }

        await using (index.ConfigureAwait(false))
        {
            int total = AnalyzeCommand.ExpectedArticles(InputSetOf(documents), inputFormat);
            var progress = new BatchProgress(env, total, live: !noProgress && env.StderrIsTerminal && total > 1, "indexing");
            var clock = Stopwatch.StartNew();
            IndexRunCounts? counts = null;
            long readFailures = 0;
            var indexer = new CorpusIndexer(cli.Pipeline, index, new CorpusIndexerOptions { BatchSize = batchSize, StanceTargets = targets });

            async IAsyncEnumerable<ArticleInput> Articles()
            {
                foreach (SourcedArticle sourced in ArticleReader.ReadAll(documents, inputFormat, env, limits))
                {
                    if (sourced.Read.Article is { } article)
                    {
                        yield return article;
                    }
                    else
                    {
                        Interlocked.Increment(ref readFailures);
                        progress.Fail(sourced.Read.Id, sourced.Read.Error!.Message);
                    }

                    await Task.Yield();
                }
            }

            try
            {
                await progress.RunAsync(async p =>
                {
                    counts = await indexer.IndexAsync(Articles(), a =>
                    {
                        if (a.Outcome == IndexOutcome.Failed)
                        {
                            p.Fail(a.Id, ErrorMessages.Describe(a.Error!));
                        }
                        else
                        {
                            p.Succeeded();
                        }
                    }, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                env.Error("cancelled; the batches stored so far are kept (run the same command again to resume).");
                return ExitCodes.Cancelled;
            }
            catch (CorpusStoreException ex)
            {
                env.Error(ex.Message);
                return ExitCodes.OutputFailed;
            }

            CorpusSummary summary = await index.GetSummaryAsync(CancellationToken.None).ConfigureAwait(false);
            double seconds = clock.Elapsed.TotalSeconds;
            long failed = counts!.Failed + readFailures;
            env.Stderr.WriteLine(
                $"newsnlp: indexed {counts.Added} new articles in {seconds:F1} s ({(counts.Added + counts.Duplicates) / Math.Max(seconds, 1e-9):F1} articles/s analysed)"
                + $"; {counts.AlreadyStored + counts.Duplicates} already stored, {failed} failed"
                + $"; '{dbPath}' holds {summary.Articles} articles, {summary.Quotes} quotes, {summary.Speakers} speakers.");
            return failed > 0 || unreadableFolders > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Success;
        }
    }

    private static InputSet InputSetOf(List<InputDocument> documents) => InputSet.Of(documents);
}
