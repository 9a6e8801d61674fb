using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- scaling [--sizes 1,4,16] [--shapes a,b]</c>:
/// the default pipeline, stage by stage, on realistic news and on pathological shapes at several sizes (MB), each
/// case in a fresh process so its peak working set is its own. Prints the time of each stage, the ratio to the
/// previous size (linear: the size ratio), bytes allocated and peak working set per input byte (the peak less the
/// process's working set once the models are loaded, and the whole peak).
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
    ];

    public static int Run(string[] args)
    {
        string? one = Option(args, "--one");
        if (one is not null)
        {
            return RunOne(one, double.Parse(Option(args, "--size") ?? "1", CultureInfo.InvariantCulture));
        }

        double[] sizes = [.. (Option(args, "--sizes") ?? "1,4,16").Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
        string[] shapes = Option(args, "--shapes")?.Split(',') ?? [.. ShapeList.Select(s => s.Name)];
        Console.WriteLine($"# {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("shape\tMB\tstages (s)\ttotal s\t×prev\tallocated B/B\tpeak-loaded B/B\tpeak MB");
        foreach (string shape in shapes)
        {
            double previous = 0;
            foreach (double size in sizes)
            {
                string line = RunChild(shape, size);
                string[] cells = line.Split('\t');
                double total = double.Parse(cells[3], CultureInfo.InvariantCulture);
                cells[4] = previous > 0 ? (total / previous).ToString("F1", CultureInfo.InvariantCulture) : "";
                previous = total;
                Console.WriteLine(string.Join('\t', cells));
            }
        }

        return 0;
    }

    private static string RunChild(string shape, double size)
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

        using Process child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return output.Trim().Split('\n')[^1];
    }

    private static int RunOne(string shape, double megabytes)
    {
        Func<int, string> build = ShapeList.First(s => s.Name == shape).Build;
        NewsPipeline pipeline = NewsPipeline.CreateDefault();
        pipeline.Process("“We will win the vote,” said John Smith of the Labour Party in London."); // load every model
        GC.Collect();
        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        long loaded = self.WorkingSet64;
        string text = build((int)(megabytes * 1_000_000));
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var document = new NewsDocument(text);
        var times = new List<string>();
        double total = 0;
        foreach (IPipelineStage stage in pipeline.Stages)
        {
            long t0 = Stopwatch.GetTimestamp();
            stage.Process(document, CancellationToken.None);
            double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            total += seconds;
            times.Add($"{stage.Name} {seconds:F2}");
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
        ]));
        return 0;
    }

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
