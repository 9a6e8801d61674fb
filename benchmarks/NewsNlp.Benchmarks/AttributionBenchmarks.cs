using BenchmarkDotNet.Attributes;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The attribution core alone: quote finding, sieves, the learned tagger and speaker resolution on documents already
/// tokenized, NER-tagged and entity-linked (prepared in setup), on articles of 1 KB, 10 KB and 1 MB built from the seeds.
/// Run: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*AttributionBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private readonly QuoteStage _stage = new();
    private readonly QuoteStage _rulesOnly = new(new QuoteStageOptions { UseLearnedTagger = false });
    private readonly QuoteStage _noRanker = new(new QuoteStageOptions { UseSourceRanker = false });
    private NewsDocument _document = null!;

    /// <summary>Article size in characters (whole paragraphs, so slightly more).</summary>
    [Params(1_000, 10_000, 1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        NewsPipeline upstream = NewsPipelineBuilder.CreateDefault().Remove(QuoteStage.StageName).Build();
        _document = upstream.Process(SeedText.OfLength(Size));
        _stage.Process(_document, CancellationToken.None); // load the embedded models before measuring
        _noRanker.Process(_document, CancellationToken.None);
    }

    /// <summary>Quotes and speakers with the rules and the learned tagger (the default stage).</summary>
    [Benchmark(Baseline = true)]
    public int QuotesStage()
    {
        _stage.Process(_document, CancellationToken.None);
        return _document.Quotes.Count;
    }

    /// <summary>Quotes and speakers with the rules only.</summary>
    [Benchmark]
    public int RulesOnly()
    {
        _rulesOnly.Process(_document, CancellationToken.None);
        return _document.Quotes.Count;
    }

    /// <summary>The default stage without the learned source ranker (what the ranker costs).</summary>
    [Benchmark]
    public int WithoutSourceRanker()
    {
        _noRanker.Process(_document, CancellationToken.None);
        return _document.Quotes.Count;
    }
}
