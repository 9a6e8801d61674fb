using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- scaling [--sizes 1,4,16] [--shapes a,b] [--detail]</c>:
/// the default pipeline, stage by stage, on realistic news and on pathological shapes at several sizes (MB), each
/// case in a fresh process so its peak working set is its own. Prints the time of each stage, the ratio to the
/// previous size (linear: the size ratio), bytes allocated and peak working set per input byte (the peak less the
/// process's working set once the models are loaded, the whole peak, and the loaded working set). <c>--detail</c> adds a
/// line per stage (see <see cref="RunOne"/>); <c>--one SHAPE --size MB --passes</c> runs one case in this process with
/// the quote stage pass by pass, with a full collection after each (<see cref="QuotePassMemory"/>); <c>--pass-peaks</c>
/// instead, without induced collections, the peak resident set after each pass; <c>--pass-types</c> that and the sampled
/// allocations of each pass by type (<see cref="AllocationSampler"/>).
/// </summary>
internal static class ScalingCommand
{
    /// <summary>The shapes, by name: each builds a text of about the given number of characters.</summary>
    private static readonly (string Name, Func<int, string> Build)[] ShapeList =
    [
        ("news", SeedText.OfLength),
        ("no-punctuation", NoPunctuation),
        ("officials-said-that", n => Repeat("officials said that ", n)),
        ("aB.-", n => Repeat("aB.-", n)),
        ("one-long-sentence", OneLongSentence),
        ("one-token", n => Repeat("aB3xYz0Q", n)),
    ];

    public static int Run(string[] args)
    {
        string? one = Option(args, "--one");
        if (one is not null)
        {
            return RunOne(one, double.Parse(Option(args, "--size") ?? "1", CultureInfo.InvariantCulture), args.Contains("--detail"), args.Contains("--passes") ? 1 : args.Contains("--pass-peaks") ? 2 : args.Contains("--pass-types") ? 3 : 0);
        }

        bool detail = args.Contains("--detail");

        double[] sizes = [.. (Option(args, "--sizes") ?? "1,4,16").Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
        string[] shapes = Option(args, "--shapes")?.Split(',') ?? [.. ShapeList.Select(s => s.Name)];
        Console.WriteLine($"# {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("shape\tMB\tstages (s)\ttotal s\t×prev\tallocated B/B\tpeak-loaded B/B\tpeak MB\tloaded MB");
        foreach (string shape in shapes)
        {
            double previous = 0;
            foreach (double size in sizes)
            {
                string[] output = RunChild(shape, size, detail);
                foreach (string stageLine in output[..^1])
                {
                    Console.WriteLine($"#\t{stageLine}");
                }

                string line = output[^1];
                string[] cells = line.Split('\t');
                double total = double.Parse(cells[3], CultureInfo.InvariantCulture);
                cells[4] = previous > 0 ? (total / previous).ToString("F1", CultureInfo.InvariantCulture) : "";
                previous = total;
                Console.WriteLine(string.Join('\t', cells));
            }
        }

        return 0;
    }

    private static string[] RunChild(string shape, double size, bool detail)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        string self = typeof(ScalingCommand).Assembly.Location;
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals(Path.GetFileNameWithoutExtension(self), StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(self);
        }

        foreach (string a in (string[])["scaling", "--one", shape, "--size", size.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(a);
        }

        if (detail)
        {
            start.ArgumentList.Add("--detail");
        }

        using Process child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return output.Trim().Split('\n');
    }

    /// <summary>
    /// Runs the pipeline on one generated text and prints one summary line; with <paramref name="detail"/>, first one
    /// line per stage: its time, the bytes it allocated, its own peak resident set above the loaded process (the peak is
    /// reset before each stage, Linux only), the garbage collections during it (gen0/gen1/gen2) and the managed heap
    /// at the last collection, per input byte.
    /// </summary>
    private static int RunOne(string shape, double megabytes, bool detail, int passes = 0)
    {
        Func<int, string> build = ShapeList.First(s => s.Name == shape).Build;
        NewsPipeline pipeline = NewsPipeline.CreateDefault();
        pipeline.Process("“We will win the vote,” said John Smith of the Labour Party in London."); // load every model
        GC.Collect();
        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        long loaded = self.WorkingSet64;
        long loadedHeap = GC.GetGCMemoryInfo().HeapSizeBytes;
        (int gen0, int gen1, int gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        string text = build((int)(megabytes * 1_000_000));
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var document = new NewsDocument(text);
        var times = new List<string>();
        double total = 0;
        foreach (IPipelineStage stage in pipeline.Stages)
        {
            long stageAllocated = GC.GetTotalAllocatedBytes(precise: true);
            if (detail)
            {
                ProcessMemory.ResetPeak();
            }

            long t0 = Stopwatch.GetTimestamp();
            if (passes > 0 && stage is NewsNlp.Quotes.QuoteStage)
            {
                QuotePassMemory.Run(document, text.Length, loaded, collect: passes == 1, types: passes == 3);
                continue;
            }

            stage.Process(document, CancellationToken.None);
            double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            total += seconds;
            times.Add($"{stage.Name} {seconds:F2}");
            if (detail)
            {
                stageAllocated = GC.GetTotalAllocatedBytes(precise: true) - stageAllocated;
                long stagePeak = ProcessMemory.Peak() ?? 0;
                Console.WriteLine(string.Join('\t', (string[])[
                    stage.Name,
                    seconds.ToString("F2", CultureInfo.InvariantCulture) + " s",
                    $"allocated {PerByte(stageAllocated, text.Length)} B/B",
                    $"peak-loaded {PerByte(stagePeak - loaded, text.Length)} B/B",
                    $"collections {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}",
                    $"heap at last collection {PerByte(GC.GetGCMemoryInfo().HeapSizeBytes - loadedHeap, text.Length)} B/B",
                ]));
                (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            }
        }

        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        self.Refresh();
        long peak = self.PeakWorkingSet64;
        Console.WriteLine(string.Join('\t', (string[])[
            shape,
            (text.Length / 1e6).ToString("F1", CultureInfo.InvariantCulture),
            string.Join(", ", times),
            total.ToString("F2", CultureInfo.InvariantCulture),
            "",
            ((double)allocated / text.Length).ToString("F0", CultureInfo.InvariantCulture),
            ((double)(peak - loaded) / text.Length).ToString("F0", CultureInfo.InvariantCulture),
            (peak / 1e6).ToString("F0", CultureInfo.InvariantCulture),
            (loaded / 1e6).ToString("F0", CultureInfo.InvariantCulture),
        ]));
        return 0;
    }

    private static string PerByte(long bytes, int characters) => ((double)bytes / characters).ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>The seed articles' words without any punctuation, as one paragraph.</summary>
    private static string NoPunctuation(int characters)
    {
        string[] words = SeedText.OfLength(20_000).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]))
            .Where(w => w.Length > 0)
            .ToArray();
        var text = new StringBuilder(characters + 64);
        for (int i = 0; text.Length < characters; i++)
        {
            text.Append(words[i % words.Length]).Append(' ');
        }

        return text.ToString();
    }

    /// <summary>The seed articles as one paragraph and one sentence: sentence ends and paragraph breaks become commas.</summary>
    private static string OneLongSentence(int characters)
    {
        string seed = SeedText.OfLength(20_000).Replace("\n\n", ", ", StringComparison.Ordinal)
            .Replace(". ", ", ", StringComparison.Ordinal).Replace('?', ',').Replace('!', ',');
        var text = new StringBuilder(characters + seed.Length);
        while (text.Length < characters)
        {
            text.Append(seed).Append(", ");
        }

        return text.Append("the end.").ToString();
    }

    private static string Repeat(string unit, int characters)
    {
        var text = new StringBuilder(characters + unit.Length);
        while (text.Length < characters)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
