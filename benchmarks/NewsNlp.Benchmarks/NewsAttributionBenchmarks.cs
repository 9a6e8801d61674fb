using BenchmarkDotNet.Attributes;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The attribution core (as <see cref="AttributionBenchmarks.QuotesStage"/>) on news that does not repeat itself: articles
/// of 10 KB and 1 MB joined from the BBC News articles of <c>../shared</c> at setup (<see cref="SharedNewsText"/>). The seed
/// article of <see cref="AttributionBenchmarks"/> at 1 MB is its ~10 KB of text about 100 times over, which flatters it.
/// Without <c>../shared</c> beside the repository no case runs (a message says so).
/// Run: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*AttributionBenchmarks.QuotesStage*' --job short</c>
/// (both classes).
/// </summary>
[MemoryDiagnoser]
public class NewsAttributionBenchmarks
{
    private readonly QuoteStage _stage = new();
    private NewsDocument _document = null!;

    /// <summary>Article size in characters (whole articles, so slightly more).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>10 KB and 1 MB when <c>../shared</c> is present; none (and a message) when it is not.</summary>
    public static IEnumerable<int> Sizes()
    {
        if (SharedNewsText.Folder is null)
        {
            Console.WriteLine(SharedNewsText.MissingMessage);
            return [];
        }

        return [10_000, 1_000_000];
    }

    [GlobalSetup]
    public void Setup()
    {
        NewsPipeline upstream = NewsPipelineBuilder.CreateDefault().Remove(QuoteStage.StageName).Build();
        _document = upstream.Process(SharedNewsText.OfLength(Size));
        _stage.Process(_document, CancellationToken.None); // load the embedded models before measuring
    }

    /// <summary>Quotes and speakers with the rules and the learned tagger (the default stage).</summary>
    [Benchmark]
    public int QuotesStage()
    {
        _stage.Process(_document, CancellationToken.None);
        return _document.Quotes.Count;
    }
}
