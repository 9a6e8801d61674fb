using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsNlp.Cli.Inputs;
using NewsNlp.Cli.Pipeline;
using NewsNlp.Corpus.Indexing;
using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Sqlite;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp bench-index INPUT…</c>: the cost of the corpus store, measured. The same articles (read into memory first)
/// go through the bare pipeline (results dropped) and through the pipeline into a new SQLite corpus, alternating, with the
/// same parallelism; then the query "all quotes of one speaker" is timed on that corpus.
/// </summary>
internal static class BenchIndexCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Files and folders of articles (text, .html, .jsonl), as for index.", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string?>("--db") { Description = "Where to build the corpus (default: a new file in the temporary folder, deleted afterwards). Must not exist.", HelpName = "FILE" };
        var rounds = new Option<int>("--rounds") { Description = "Bare and indexed runs, alternating (default 1 each); the best of each is compared.", DefaultValueFactory = _ => 1, HelpName = "N" };
        rounds.InRange(1, 20);
        var queryRuns = new Option<int>("--query-runs") { Description = "Times each query is run (default 50).", DefaultValueFactory = _ => 50, HelpName = "N" };
        queryRuns.InRange(1, 100_000);
        var pipelineOptions = new PipelineCommandOptions();
        var command = new Command("bench-index", """
            Measure what the corpus store costs: articles/s of the bare pipeline against the pipeline writing into a new
            SQLite corpus (same articles, same --parallel, read into memory first; the runs alternate), and the time of
            "all quotes of one speaker" (the most quoted one) on that corpus, by id and by name.

            Example (docs/scale.md):
              newsnlp bench-index ../shared/data/quotes/polnear/*/text reuters-2000.jsonl --rounds 2
            """)
        {
            inputs, db, rounds, queryRuns,
        };
        pipelineOptions.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(inputs)!, parse.GetValue(db), parse.GetValue(rounds), parse.GetValue(queryRuns),
            pipelineOptions.LimitsOf(parse), () => pipelineOptions.BuildPipeline(parse, env), env, ct));
        root.Subcommands.Add(command);
    }

    private static async Task<int> RunAsync(string[] inputArgs, string? dbPath, int rounds, int queryRuns, InputLimits limits, Func<CliPipeline?> build, CliEnvironment env, CancellationToken ct)
    {
        // Refused before anything is read or analysed (it was once found only in the last round, minutes later).
        if (dbPath is not null && (File.Exists(dbPath) || Directory.Exists(dbPath)))
        {
            env.Stderr.WriteLine($"bench-index: --db '{dbPath}' already exists; bench-index builds a new corpus there. Give a new file name, or delete it.");
            return ExitCodes.UsageError;
        }

        var articles = new List<ArticleInput>();
        foreach (string input in inputArgs)
        {
            InputSet? set = InputSet.Resolve(input, "*", recursive: false, env);
            if (set is null)
            {
                return ExitCodes.UsageError;
            }

            IEnumerable<InputDocument> known = set.Documents.Where(d => set.IsSingle || ArticleFormats.KnownExtensions.Contains(Path.GetExtension(d.Id).ToLowerInvariant()));
            articles.AddRange(ArticleReader.ReadAll(known, "auto", env, limits).Where(a => a.Read.Article is not null).Select(a => a.Read.Article!));
        }

        using CliPipeline? cli = build();
        if (cli is null)
        {
            return ExitCodes.UsageError;
        }

        long chars = articles.Sum(a => (long)a.Text.Length);
        env.Stderr.WriteLine($"bench-index: {articles.Count:N0} articles, {chars / 1e6:F2} M characters, {Environment.ProcessorCount} cores");

        // Warm-up: models loaded and code jitted (tiered compilation settled) before anything is timed, on the bare
        // pipeline and on the store.
        string folder = Directory.CreateTempSubdirectory("newsnlp-bench-").FullName;
        await using (SqliteCorpusIndex warm = SqliteCorpusIndex.Open(Path.Combine(folder, "warm-up.db")))
        {
            await new CorpusIndexer(cli.Pipeline, warm).IndexAsync(ToAsync(articles.Take(Math.Min(300, articles.Count)).ToList()), cancellationToken: ct).ConfigureAwait(false);
        }

        double bestBare = double.MaxValue, bestIndexed = double.MaxValue;
        double bestBareCpu = double.MaxValue, bestIndexedCpu = double.MaxValue;
        string? keptDb = null;
        static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

        async Task<(double Seconds, string Path)> IndexedRunAsync(int round)
        {
            string path = round == rounds - 1 && dbPath is not null ? dbPath : Path.Combine(folder, $"round{round}.db");
            if (File.Exists(path))
            {
                throw new IOException($"--db '{path}' already exists; bench-index builds a new corpus.");
            }

            var clock = Stopwatch.StartNew();
            double cpu = Cpu();
            IndexRunCounts counts;
            await using (SqliteCorpusIndex index = SqliteCorpusIndex.Open(path))
            {
                counts = await new CorpusIndexer(cli.Pipeline, index).IndexAsync(ToAsync(articles), cancellationToken: ct).ConfigureAwait(false);
            }

            double seconds = clock.Elapsed.TotalSeconds;
            cpu = Cpu() - cpu;
            bestIndexedCpu = Math.Min(bestIndexedCpu, cpu);
            env.Stderr.WriteLine($"bench-index: round {round + 1} pipeline + SQLite: {seconds:F1} s, {articles.Count / seconds:F1} articles/s, CPU {cpu:F1} s = {articles.Count / cpu:F1} articles per CPU-second ({counts.Added} stored, {counts.Duplicates} duplicates, {counts.Failed} failed; file {new FileInfo(path).Length / 1e6:F1} MB)");
            return (seconds, path);
        }
        try
        {
            for (int round = 0; round < rounds; round++)
            {
                // Odd rounds time the indexed run first, so neither side always runs on a warmer machine.
                if (round % 2 == 1)
                {
                    (double seconds, string path) = await IndexedRunAsync(round).ConfigureAwait(false);
                    bestIndexed = Math.Min(bestIndexed, seconds);
                    keptDb = path;
                }

                var clock = Stopwatch.StartNew();
                double cpuStart = Cpu();
                long failed = 0;
                await foreach (BatchResult r in cli.Pipeline.ProcessManyAsync(articles.Select(a => new DocumentInput(a.Text, a.ToMetadata())), ct).ConfigureAwait(false))
                {
                    failed += r.Succeeded ? 0 : 1;
                }

                double bare = clock.Elapsed.TotalSeconds;
                double bareCpu = Cpu() - cpuStart;
                bestBare = Math.Min(bestBare, bare);
                bestBareCpu = Math.Min(bestBareCpu, bareCpu);
                env.Stderr.WriteLine($"bench-index: round {round + 1} bare pipeline: {bare:F1} s, {articles.Count / bare:F1} articles/s, CPU {bareCpu:F1} s = {articles.Count / bareCpu:F1} articles per CPU-second ({failed} failed)");

                if (round % 2 == 0)
                {
                    (double seconds, string path) = await IndexedRunAsync(round).ConfigureAwait(false);
                    bestIndexed = Math.Min(bestIndexed, seconds);
                    keptDb = path;
                }
            }

            // The store alone: the same articles, analysed once more (untimed), written into a new file in the indexer's batches.
            var stored = new List<NewsNlp.Corpus.Model.CorpusArticle>(articles.Count);
            await foreach (BatchResult r in cli.Pipeline.ProcessManyAsync(articles.Select(a => new DocumentInput(a.Text, a.ToMetadata())), ct).ConfigureAwait(false))
            {
                if (r.Succeeded)
                {
                    stored.Add(NewsNlp.Corpus.Model.CorpusArticleBuilder.From(r.Document));
                }
            }

            int batch = CorpusIndexerOptions.DefaultBatchSize;
            var storeClock = Stopwatch.StartNew();
            double storeCpu = Cpu();
            await using (SqliteCorpusIndex index = SqliteCorpusIndex.Open(Path.Combine(folder, "store-only.db")))
            {
                for (int i = 0; i < stored.Count; i += batch)
                {
                    await index.AddManyAsync(stored.GetRange(i, Math.Min(batch, stored.Count - i)), ct).ConfigureAwait(false);
                }
            }

            double storeOnly = storeClock.Elapsed.TotalSeconds;
            storeCpu = Cpu() - storeCpu;
            double ratio = bestBare / bestIndexed;
            await WriteLineAsync(env, string.Create(CultureInfo.InvariantCulture,
                $"throughput (wall clock, best of {rounds}): bare {articles.Count / bestBare:F1} articles/s, indexed {articles.Count / bestIndexed:F1} articles/s: {100 * ratio:F1}% of the bare pipeline")).ConfigureAwait(false);
            await WriteLineAsync(env, string.Create(CultureInfo.InvariantCulture,
                $"throughput (CPU time, best of {rounds}): bare {articles.Count / bestBareCpu:F1} articles per CPU-second, indexed {articles.Count / bestIndexedCpu:F1}: {100 * bestBareCpu / bestIndexedCpu:F1}% of the bare pipeline")).ConfigureAwait(false);
            await WriteLineAsync(env, string.Create(CultureInfo.InvariantCulture,
                $"the SQLite store alone: {stored.Count / storeOnly:F0} articles/s ({storeOnly:F2} s, CPU {storeCpu:F2} s for {stored.Count} articles in batches of {batch})")).ConfigureAwait(false);
            await QueryTimesAsync(keptDb!, queryRuns, env, ct).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task QueryTimesAsync(string path, int runs, CliEnvironment env, CancellationToken ct)
    {
        await using SqliteCorpusIndex index = SqliteCorpusIndex.Open(path, new SqliteCorpusOptions { CreateIfMissing = false });
        CorpusSummary summary = await index.GetSummaryAsync(ct).ConfigureAwait(false);
        IReadOnlyList<SpeakerCount> top = await index.GetTopSpeakersAsync(DateRange.All, 1, ct).ConfigureAwait(false);
        if (top.Count == 0)
        {
            await WriteLineAsync(env, "query: no speaker in the corpus").ConfigureAwait(false);
            return;
        }

        SpeakerCount speaker = top[0];
        var byId = new List<double>();
        var byName = new List<double>();
        int count = 0;
        double cpuById = 0, cpuByName = 0;
        for (int i = 0; i < runs; i++)
        {
            double cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
            var clock = Stopwatch.StartNew();
            count = (await index.GetQuotesAsync(new QuoteQuery { SpeakerId = speaker.SpeakerId, Limit = int.MaxValue }, ct).ConfigureAwait(false)).Count;
            byId.Add(clock.Elapsed.TotalMilliseconds);
            double mid = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
            cpuById += mid - cpu;
            clock.Restart();
            SpeakerMatch match = (await index.FindSpeakersAsync(speaker.Name, 1, ct).ConfigureAwait(false))[0];
            _ = await index.GetQuotesAsync(new QuoteQuery { SpeakerId = match.SpeakerId, Limit = int.MaxValue }, ct).ConfigureAwait(false);
            byName.Add(clock.Elapsed.TotalMilliseconds);
            cpuByName += Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds - mid;
        }

        await WriteLineAsync(env, string.Create(CultureInfo.InvariantCulture,
            $"corpus: {summary.Articles} articles, {summary.Quotes} quotes, {summary.Speakers} speakers, {summary.Entities} entities; file {new FileInfo(path).Length / 1e6:F1} MB")).ConfigureAwait(false);
        await WriteLineAsync(env, string.Create(CultureInfo.InvariantCulture,
            $"query 'all quotes of one speaker' ({speaker.Name}, {count} quotes), {runs} runs: by id median {Median(byId):F2} ms, max {byId.Max():F2} ms, CPU {cpuById / runs:F2} ms a query; by name (fuzzy lookup + quotes) median {Median(byName):F2} ms, max {byName.Max():F2} ms, CPU {cpuByName / runs:F2} ms")).ConfigureAwait(false);
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static async Task WriteLineAsync(CliEnvironment env, string line)
    {
        byte[] bytes = CliEnvironment.Utf8.GetBytes(line + "\n");
        await env.Stdout.WriteAsync(bytes).ConfigureAwait(false);
        await env.Stdout.FlushAsync().ConfigureAwait(false);
    }

#pragma warning disable CS1998 // An async iterator over a list: the indexer takes an IAsyncEnumerable.
    private static async IAsyncEnumerable<ArticleInput> ToAsync(List<ArticleInput> articles)
#pragma warning restore CS1998
    {
        foreach (ArticleInput article in articles)
        {
            yield return article;
        }
    }
}
