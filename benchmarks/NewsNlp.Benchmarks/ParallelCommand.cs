using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- parallel [--articles 600] [--rounds 3] [--gc workstation,conserve,server,server-conserve]</c>:
/// <see cref="NewsPipeline.ProcessManyAsync(IEnumerable{DocumentInput}, CancellationToken)"/> over many ~3 KB news
/// articles (the seed articles' paragraphs regrouped) with one and with two documents in flight, each garbage-collector
/// setting in a fresh process (<c>server</c>: Server GC; <c>conserve</c>: <c>System.GC.ConserveMemory</c> 9, as the CLI
/// ships; <c>workstation</c>: the defaults). After a warm-up, the rounds alternate one and two cores (so neither always runs on the
/// warmer machine); prints each round (wall clock, process CPU time, collections, time paused in the GC, bytes
/// allocated per article), the best of each and the speed-up, with the load average before and after (the machine's
/// other jobs take cores: a speed-up is only meaningful when the load average is below the core count).
/// </summary>
internal static class ParallelCommand
{
    public static int Run(string[] args)
    {
        int articles = int.Parse(Option(args, "--articles") ?? "600", CultureInfo.InvariantCulture);
        int rounds = int.Parse(Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        if (Option(args, "--child") is not null)
        {
            return RunChild(articles, rounds);
        }

        string[] settings = (Option(args, "--gc") ?? "workstation,conserve,server,server-conserve").Split(',');
        Console.WriteLine($"# {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {articles} articles of ~3 KB, {rounds} rounds");
        foreach (string gc in settings)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
            string self = typeof(ParallelCommand).Assembly.Location;
            if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals(Path.GetFileNameWithoutExtension(self), StringComparison.OrdinalIgnoreCase))
            {
                start.ArgumentList.Add(self);
            }

            foreach (string a in (string[])["parallel", "--child", gc, "--articles", articles.ToString(CultureInfo.InvariantCulture), "--rounds", rounds.ToString(CultureInfo.InvariantCulture)])
            {
                start.ArgumentList.Add(a);
            }

            start.Environment["DOTNET_gcServer"] = gc.Contains("server", StringComparison.Ordinal) ? "1" : "0";
            start.Environment["DOTNET_GCConserveMemory"] = gc.Contains("conserve", StringComparison.Ordinal) ? "9" : "0";
            using Process child = Process.Start(start)!;
            child.WaitForExit();
            if (child.ExitCode != 0)
            {
                return child.ExitCode;
            }
        }

        return 0;
    }

    private static int RunChild(int count, int rounds)
    {
        string[] texts = Articles(count);
        NewsPipeline one = Pipeline(1), two = Pipeline(2);
        string gc = (GCSettings.IsServerGC ? "server" : "workstation") + $", ConserveMemory {Environment.GetEnvironmentVariable("DOTNET_GCConserveMemory") ?? "0"}";
        Console.WriteLine($"## GC {gc}; load average {LoadAverage()}; {texts.Length} articles, {texts.Sum(t => t.Length) / texts.Length} characters on average");
        Measure(one, texts[..Math.Min(200, texts.Length)]); // warm-up: JIT tiers, models
        Measure(two, texts[..Math.Min(200, texts.Length)]);
        var best = new Dictionary<int, Round>();
        for (int r = 0; r < rounds; r++)
        {
            foreach (int degree in r % 2 == 0 ? (int[])[1, 2] : [2, 1])
            {
                Round round = Measure(degree == 1 ? one : two, texts);
                Console.WriteLine($"round {r + 1}, {degree} core(s): {round}");
                if (!best.TryGetValue(degree, out Round? b) || round.Wall < b.Wall)
                {
                    best[degree] = round;
                }
            }
        }

        double speedup = best[1].Wall.TotalSeconds / best[2].Wall.TotalSeconds;
        double cpuRatio = best[2].CpuPerArticle / best[1].CpuPerArticle;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best: 1 core {best[1].PerSecond:F1} articles/s, 2 cores {best[2].PerSecond:F1} articles/s: speed-up x{speedup:F2}; CPU per article {best[1].CpuPerArticle:F2} -> {best[2].CpuPerArticle:F2} ms (x{cpuRatio:F2}: the most two free cores could give is x{2 / cpuRatio:F2}); load average after {LoadAverage()}"));
        return 0;
    }

    private static NewsPipeline Pipeline(int degree) =>
        NewsPipelineBuilder.CreateDefault().Configure(o => o.MaxDegreeOfParallelism = degree).Build();

    private static Round Measure(NewsPipeline pipeline, string[] texts)
    {
        using Process self = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        self.Refresh();
        TimeSpan cpu0 = self.TotalProcessorTime;
        int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
        TimeSpan paused0 = GC.GetTotalPauseDuration();
        long allocated0 = GC.GetTotalAllocatedBytes(precise: false);
        long t0 = Stopwatch.GetTimestamp();
        int done = 0;
        Task.Run(async () =>
        {
            await foreach (BatchResult result in pipeline.ProcessManyAsync(texts.Select(t => new DocumentInput(t))))
            {
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("an article failed", result.Error);
                }

                done++;
            }
        }).GetAwaiter().GetResult();
        TimeSpan wall = Stopwatch.GetElapsedTime(t0);
        self.Refresh();
        return new Round(
            done,
            wall,
            self.TotalProcessorTime - cpu0,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(2) - gen2,
            GC.GetTotalPauseDuration() - paused0,
            (GC.GetTotalAllocatedBytes(precise: false) - allocated0) / Math.Max(1, done));
    }

    /// <summary>The seed articles' paragraphs regrouped into articles of about 3,000 characters.</summary>
    private static string[] Articles(int count)
    {
        string all = SeedText.OfLength(60_000);
        string[] paragraphs = all.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var articles = new List<string>(count);
        var current = new System.Text.StringBuilder();
        for (int i = 0; articles.Count < count; i++)
        {
            current.Append(paragraphs[i % paragraphs.Length]).Append("\n\n");
            if (current.Length >= 3000)
            {
                articles.Add(current.ToString());
                current.Clear();
            }
        }

        return [.. articles];
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed record Round(int Articles, TimeSpan Wall, TimeSpan Cpu, int Gen0, int Gen2, TimeSpan GcPaused, long AllocatedPerArticle)
    {
        public double PerSecond => Articles / Wall.TotalSeconds;

        public double CpuPerArticle => Cpu.TotalMilliseconds / Articles;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Wall.TotalSeconds:F2} s = {PerSecond:F1} articles/s; CPU {Cpu.TotalSeconds:F2} s ({CpuPerArticle:F2} ms an article, {Cpu.TotalSeconds / Wall.TotalSeconds:F2} cores busy); GC {Gen0} gen0 / {Gen2} gen2, paused {GcPaused.TotalMilliseconds:F0} ms ({100 * GcPaused.TotalSeconds / Wall.TotalSeconds:F1}%); {AllocatedPerArticle / 1024.0:F0} KB allocated an article");
    }
}
