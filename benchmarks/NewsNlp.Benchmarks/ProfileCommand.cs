using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The attribution core in a loop, for a profiler: <c>dotnet-trace collect -- dotnet NewsNlp.Benchmarks.dll profile SIZE ROUNDS</c>
/// runs the quote stage ROUNDS times on a SIZE-character article built from the seeds (tokenized, tagged and linked once)
/// and prints wall and process CPU time per run. Not a speed claim: BenchmarkDotNet's <c>AttributionBenchmarks</c> is.
/// </summary>
internal static class ProfileCommand
{
    public static int Run(string[] args)
    {
        int size = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        int rounds = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        NewsPipeline upstream = NewsPipelineBuilder.CreateDefault().Remove(QuoteStage.StageName).Build();
        NewsDocument document = upstream.Process(SeedText.OfLength(size));
        var stage = new QuoteStage();
        stage.Process(document, CancellationToken.None);
        for (int i = 0; i < Math.Max(3, rounds / 10); i++)
        {
            stage.Process(document, CancellationToken.None);
        }

        var proc = System.Diagnostics.Process.GetCurrentProcess();
        TimeSpan cpu0 = proc.TotalProcessorTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < rounds; i++)
        {
            stage.Process(document, CancellationToken.None);
        }

        proc.Refresh();
        double cpu = (proc.TotalProcessorTime - cpu0).TotalMilliseconds / rounds;
        Console.WriteLine($"{watch.Elapsed.TotalMilliseconds / rounds:F3} ms wall, {cpu:F3} ms cpu per run ({document.Text.Length / 1e3 / cpu:F2} MB/s cpu), {document.Quotes.Count} quotes");
        return 0;
    }
}
