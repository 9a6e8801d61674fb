using NewsNlp.Quotes.Finding;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The attribution core in a loop, for a profiler: <c>dotnet-trace collect -- dotnet NewsNlp.Benchmarks.dll profile SIZE ROUNDS</c>
/// runs the quote stage ROUNDS times on a SIZE-character article built from the seeds (tokenized, tagged and linked once)
/// and prints wall and process CPU time and the bytes allocated per run. Not a speed claim: BenchmarkDotNet's <c>AttributionBenchmarks</c> is.
/// Modes (a third argument): <c>tagger</c>, <c>phases</c>, <c>steps [again]</c>, <c>gate</c> (<see cref="TaggerGateReport"/>).
/// </summary>
internal static class ProfileCommand
{
    public static int Run(string[] args)
    {
        // SIZE is a number of characters of seed text, news:SIZE the BBC articles of ../shared joined (as
        // NewsAttributionBenchmarks), or FILE:SIZE the first SIZE characters of a text file (news that does not repeat
        // itself: the 1 MB seed text cycles through the seeds, so the tagger's weight rows it reads stay cached).
        string[] source = args[0].Split(':');
        int size = int.Parse(source[^1], System.Globalization.CultureInfo.InvariantCulture);
        int rounds = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        NewsPipeline upstream = NewsPipelineBuilder.CreateDefault().Remove(QuoteStage.StageName).Build();
        string text = source.Length == 1 ? SeedText.OfLength(size) : source[0] == "news" ? SharedNewsText.OfLength(size) : FileText(source[0], size);
        if (args.Length > 3 && args[3].StartsWith('x'))
        {
            // "profile SIZE ROUNDS phases x100": the SIZE-character text repeated, to tell costs that grow with the
            // text from those that come with the kind of text (the 1 MB article cycles through every seed).
            text = string.Concat(Enumerable.Repeat(text, int.Parse(args[3].AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)));
        }

        NewsDocument document = upstream.Process(text);

        if (args.Length > 2 && args[2] == "tagger")
        {
            return TaggerOnly(document, rounds);
        }

        if (args.Length > 2 && args[2] == "phases")
        {
            return Phases(document, rounds);
        }

        if (args.Length > 2 && args[2] == "steps")
        {
            return Steps(document, rounds, again: args.Length > 3 && args[3] == "again");
        }

        if (args.Length > 2 && args[2] == "gate")
        {
            return TaggerGateReport.Run(document);
        }

        var stage = new QuoteStage();
        stage.Process(document, CancellationToken.None);
        for (int i = 0; i < Math.Max(3, rounds / 10); i++)
        {
            stage.Process(document, CancellationToken.None);
        }

        var proc = System.Diagnostics.Process.GetCurrentProcess();
        long allocated0 = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan cpu0 = proc.TotalProcessorTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < rounds; i++)
        {
            stage.Process(document, CancellationToken.None);
        }

        long allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated0) / rounds;
        proc.Refresh();
        double cpu = (proc.TotalProcessorTime - cpu0).TotalMilliseconds / rounds;
        Console.WriteLine($"{watch.Elapsed.TotalMilliseconds / rounds:F3} ms wall, {cpu:F3} ms cpu per run ({document.Text.Length / 1e3 / cpu:F2} MB/s cpu), {document.Quotes.Count} quotes, {allocated:N0} bytes allocated per run");
        return 0;
    }

    /// <summary>The first <paramref name="size"/> characters of the file at <paramref name="path"/>, ended at a paragraph break when one comes within 2,000 characters.</summary>
    private static string FileText(string path, int size)
    {
        string all = File.ReadAllText(path);
        if (all.Length <= size)
        {
            return all;
        }

        int cut = all.IndexOf("\n\n", size, Math.Min(2000, all.Length - size), StringComparison.Ordinal);
        return all[..(cut < 0 ? size : cut)];
    }

    /// <summary>
    /// <c>profile SIZE ROUNDS tagger</c>: the learned tagger's two passes alone on the document's view, in 20 batches;
    /// prints the fastest batch's time per run (the least disturbed on a shared machine) and the median batch's, in wall
    /// and in process CPU time (which leaves out the time the process waited for a core).
    /// </summary>
    private static int TaggerOnly(NewsDocument document, int rounds)
    {
        NewsNlp.Quotes.Learning.AttributionTagger tagger = NewsNlp.Quotes.Learning.AttributionTagger.Embedded!;
        using var view = new DocumentView(document, useEntities: true);
        int[] tags = new int[view.Count];
        float[] margins = new float[view.Count];
        byte[] levels = new byte[view.Count];
        for (int i = 0; i < Math.Max(50, rounds / 10); i++)
        {
            tagger.Tag(view, tags, CancellationToken.None, margins, levels);
        }

        const int Batches = 20;
        int perBatch = Math.Max(1, rounds / Batches);
        var times = new double[Batches];
        long allocated0 = GC.GetAllocatedBytesForCurrentThread();
        var cpuTimes = new double[Batches];
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        for (int b = 0; b < Batches; b++)
        {
            process.Refresh();
            TimeSpan cpu0 = process.TotalProcessorTime;
            long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            for (int i = 0; i < perBatch; i++)
            {
                tagger.Tag(view, tags, CancellationToken.None, margins, levels);
            }

            times[b] = System.Diagnostics.Stopwatch.GetElapsedTime(t0).TotalMilliseconds / perBatch;
            process.Refresh();
            cpuTimes[b] = (process.TotalProcessorTime - cpu0).TotalMilliseconds / perBatch;
        }

        long allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated0) / (Batches * perBatch);
        Array.Sort(times);
        Array.Sort(cpuTimes);
        int tagged = 0;
        for (int i = 0; i < view.Count; i++)
        {
            tagged += tags[i] != NewsNlp.Quotes.Learning.AttributionTag.Outside ? 1 : 0;
        }

        Console.WriteLine($"tagger: fastest batch {times[0]:F3} ms, median {times[Batches / 2]:F3} ms per run (process CPU time: fastest {cpuTimes[0]:F3}, median {cpuTimes[Batches / 2]:F3} ms); {view.Count} tokens, {tagged} tagged, {allocated:N0} bytes allocated per run; AVX-512DQ {System.Runtime.Intrinsics.X86.Avx512DQ.IsSupported}, Vector512 accelerated {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}");
        return 0;
    }

    /// <summary>
    /// Runs <paramref name="runOnce"/> (which adds each step's time to its slot) in a warm-up batch and 10 timed batches of
    /// <paramref name="rounds"/>/10 runs; returns each step's time per run in its fastest batch.
    /// </summary>
    private static double[] FastestBatches(int steps, int rounds, Action<double[]> runOnce)
    {
        const int Batches = 10;
        var best = new double[steps];
        Array.Fill(best, double.MaxValue);
        var sums = new double[steps];
        int perBatch = Math.Max(1, rounds / Batches);
        for (int b = -1; b < Batches; b++)
        {
            Array.Clear(sums);
            for (int r = 0; r < (b < 0 ? Math.Max(20, perBatch) : perBatch); r++)
            {
                runOnce(sums);
            }

            for (int k = 0; b >= 0 && k < steps; k++)
            {
                best[k] = Math.Min(best[k], sums[k] / perBatch);
            }
        }

        return best;
    }

    /// <summary>
    /// <c>profile SIZE ROUNDS phases</c>: the quote stage step by step as <c>QuoteAnnotator.Annotate</c> runs it (quote-mark
    /// pairing, the view, each pass, emit, calibration), in 10 batches; prints each step's time per run in the fastest
    /// batch of that step (wall time, microseconds) and per 10 KB of text, to find costs that do not grow with the size.
    /// </summary>
    private static int Phases(NewsDocument document, int rounds)
    {
        var options = new QuoteStageOptions();
        List<(string Name, Action<DocumentView, AttributionState> Run)> steps =
            [.. QuoteAnnotator.Passes(options).Select(p => (p.Name, (Action<DocumentView, AttributionState>)((v, s) => p.Run(v, s, CancellationToken.None))))];
        string[] names = ["pair-marks", "view", .. steps.Select(s => s.Name), "emit", "calibrate"];
        double[] best = FastestBatches(names.Length, rounds, sums => RunSteps(document, options, steps, sums));

        double total = best.Sum();
        Console.WriteLine($"{document.Text.Length:N0} characters, {document.Tokens.Count:N0} tokens, {document.Quotes.Count} quotes; step: µs per run (fastest batch), µs per 10 KB");
        for (int k = 0; k < names.Length; k++)
        {
            Console.WriteLine($"{names[k],-24}{best[k] * 1e3,12:F1}{best[k] * 1e3 * 1e4 / document.Text.Length,12:F1}");
        }

        Console.WriteLine($"{"sum",-24}{total * 1e3,12:F1}{total * 1e3 * 1e4 / document.Text.Length,12:F1}");
        return 0;
    }

    /// <summary>
    /// <c>profile SIZE ROUNDS steps</c>: as <c>phases</c>, with the two largest passes split into their steps — the
    /// reported-speech pass into the tagger, its drafts and each rule in <c>ReportedSpeechPass.Run</c>'s order (default
    /// options: the tagger on), the speakers pass into building the mention index and resolving — to find which step of
    /// a pass costs. The steps are called here as that pass calls them; the quote count printed first (from the stage)
    /// and the one printed last (from these steps) must agree, or the split has fallen behind the pass. With
    /// <paramref name="again"/> (<c>steps again</c>) the tagger runs a second time right after the first
    /// (<c>tagger-again</c>): its weight rows then come from the cache, so the difference between the two is what the
    /// stage's other passes cost the tagger by evicting its rows.
    /// </summary>
    private static int Steps(NewsDocument document, int rounds, bool again)
    {
        var options = new QuoteStageOptions();
        new QuoteStage(options).Process(document, CancellationToken.None);
        int stageQuotes = document.Quotes.Count;
        NewsNlp.Quotes.Learning.AttributionTagger tagger = NewsNlp.Quotes.Learning.AttributionTagger.Embedded!;
        var steps = new List<(string Name, Action<DocumentView, AttributionState> Run)>();
        foreach (IAttributionPass pass in QuoteAnnotator.Passes(options))
        {
            if (pass.Name == "reported-speech")
            {
                int[]? tags = null;
                float[]? margins = null;
                byte[]? levels = null;
                steps.Add(("  tagger", (v, s) =>
                {
                    // Rented as the pass rents them (not returned: the pass hands them back after its drafts).
                    tags = Pool.Rent<int>(v.Count);
                    margins = Pool.Rent<float>(v.Count);
                    levels = Pool.Rent<byte>(v.Count);
                    tagger.Tag(v, tags, CancellationToken.None, margins, levels);
                }));
                if (again)
                {
                    steps.Add(("  tagger-again", (v, s) => tagger.Tag(v, tags!, CancellationToken.None, margins, levels)));
                }

                steps.Add(("  learned-drafts", (v, s) =>
                {
                    NewsNlp.Quotes.Reported.LearnedAttribution.AddDrafts(v, s, tags!, margins!, levels!, tagger.MinContentMargin);
                    Pool.Return(tags!);
                    Pool.Return(margins!);
                    Pool.Return(levels!);
                }));
                steps.Add(("  indirect-rules", (v, s) => NewsNlp.Quotes.Reported.IndirectSpeechRules.Find(v, s, cueBeforeContent: false, CancellationToken.None)));
                steps.Add(("  call-by", NewsNlp.Quotes.Reported.CallByReport.Find));
                steps.Add(("  made-clear", NewsNlp.Quotes.Reported.MadeClearReport.Find));
                steps.Add(("  raised", NewsNlp.Quotes.Reported.RaisedReport.Repair));
                steps.Add(("  headline", NewsNlp.Quotes.Reported.HeadlineReport.Find));
                steps.Add(("  closing", NewsNlp.Quotes.Reported.ClosingReport.Repair));
                steps.Add(("  hearer", NewsNlp.Quotes.Reported.HearerClause.Trim));
                steps.Add(("  relative-insertion", NewsNlp.Quotes.Reported.RelativeInsertion.Extend));
                steps.Add(("  opening-participle", NewsNlp.Quotes.Reported.OpeningParticiple.Split));
                steps.Add(("  coordinated", NewsNlp.Quotes.Reported.CoordinatedReport.Split));
            }
            else if (pass.Name == "speakers")
            {
                NewsNlp.Quotes.Speakers.SpeakerResolver? resolver = null;
                steps.Add(("  mention-index", (v, s) => resolver = new NewsNlp.Quotes.Speakers.SpeakerResolver(v)));
                steps.Add(("  resolve", (v, s) => resolver!.Resolve(s.Kept, CancellationToken.None)));
            }
            else
            {
                steps.Add((pass.Name, (v, s) => pass.Run(v, s, CancellationToken.None)));
            }
        }

        string[] names = ["pair-marks", "view", .. steps.Select(s => s.Name), "emit", "calibrate"];
        double[] best = FastestBatches(names.Length, rounds, sums => RunSteps(document, options, steps, sums));

        double total = best.Sum();
        Console.WriteLine($"{document.Text.Length:N0} characters, {document.Tokens.Count:N0} tokens, {stageQuotes} quotes from the stage; step: µs per run (fastest batch), µs per 10 KB, share");
        for (int k = 0; k < names.Length; k++)
        {
            Console.WriteLine($"{names[k],-24}{best[k] * 1e3,12:F1}{best[k] * 1e3 * 1e4 / document.Text.Length,12:F1}{100 * best[k] / total,8:F1} %");
        }

        Console.WriteLine($"{"sum",-24}{total * 1e3,12:F1}{total * 1e3 * 1e4 / document.Text.Length,12:F1}");
        Console.WriteLine($"{document.Quotes.Count} quotes from these steps");
        return 0;
    }

    private static void RunSteps(NewsDocument document, QuoteStageOptions options, List<(string Name, Action<DocumentView, AttributionState> Run)> steps, double[] sums)
    {
        long t = System.Diagnostics.Stopwatch.GetTimestamp();
        document.Quotes.Clear();
        document.Speakers.Clear();
        var paragraphs = new TextSpan[document.Paragraphs.Count];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            paragraphs[p] = document.Paragraphs[p].Span;
        }

        var spans = new List<QuotedSpan>();
        QuoteMarkPairer.Find(document.Text, paragraphs, spans, CancellationToken.None);
        int k = 0;
        t = Lap(t, sums, k++);
        using var view = new DocumentView(document, options.UseEntities, spans);
        using var state = new AttributionState(view);
        t = Lap(t, sums, k++);
        foreach ((string _, Action<DocumentView, AttributionState> run) in steps)
        {
            run(view, state);
            t = Lap(t, sums, k++);
        }

        NewsNlp.Quotes.Output.QuoteEmitter.Emit(document, view, state.Kept);
        t = Lap(t, sums, k++);
        NewsNlp.Quotes.Output.QuoteCalibrator.Embedded?.Apply(document);
        Lap(t, sums, k);
    }

    private static long Lap(long t0, double[] sums, int k)
    {
        long t = System.Diagnostics.Stopwatch.GetTimestamp();
        sums[k] += System.Diagnostics.Stopwatch.GetElapsedTime(t0, t).TotalMilliseconds;
        return t;
    }
}
