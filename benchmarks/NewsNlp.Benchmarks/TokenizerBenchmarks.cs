using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsNlp.Documents;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Tokenizer throughput on generated news-like text (about 100,000 tokens): the tokenizer alone, and with the learned and
/// the rule-based sentence splitters. Steady state reuses the document, so allocations show per-token costs (none expected).
/// Run: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*TokenizerBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TokenizerBenchmarkConfig))]
public class TokenizerBenchmarks
{
    private NewsDocument _document = null!;

    /// <summary>Tokens in the generated text.</summary>
    public static int TokenCount => NewsTextGenerator.TokenCount;

    [GlobalSetup]
    public void Setup()
    {
        _document = new NewsDocument(NewsTextGenerator.Text);
        NewsTokenizer.Default.Tokenize(_document.Text, _document.Tokens);
        _ = LearnedSentenceSplitter.Default;
    }

    [Benchmark(Baseline = true, Description = "tokenize")]
    public int Tokenize()
    {
        _document.Tokens.Clear();
        NewsTokenizer.Default.Tokenize(_document.Text, _document.Tokens);
        return _document.Tokens.Count;
    }

    [Benchmark(Description = "tokenize + sentences (model)")]
    public int TokenizeAndSplit()
    {
        Reset();
        NewsTokenizer.Default.Tokenize(_document.Text, _document.Tokens);
        LearnedSentenceSplitter.Default.Split(_document);
        return _document.Sentences.Count;
    }

    [Benchmark(Description = "tokenize + sentences (rules)")]
    public int TokenizeAndSplitRules()
    {
        Reset();
        NewsTokenizer.Default.Tokenize(_document.Text, _document.Tokens);
        SentenceSplitter.Default.Split(_document);
        return _document.Sentences.Count;
    }

    private void Reset()
    {
        _document.Tokens.Clear();
        _document.Sentences.Clear();
        _document.Paragraphs.Clear();
    }
}

/// <summary>Short job plus a tokens-per-second column.</summary>
public sealed class TokenizerBenchmarkConfig : ManualConfig
{
    public TokenizerBenchmarkConfig()
    {
        AddJob(Job.ShortRun.WithIterationCount(9));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, new TokensPerSecondColumn());
    }
}

/// <summary>Tokens of the generated text divided by the median time of one operation (robust on a shared machine).</summary>
public sealed class TokensPerSecondColumn : IColumn
{
    public string Id => nameof(TokensPerSecondColumn);

    public string ColumnName => "Tokens/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Tokens processed per second on one thread (tokens of the text / median time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        BenchmarkReport? report = summary[benchmarkCase];
        double? meanNs = report?.ResultStatistics?.Median;
        if (meanNs is null or <= 0)
        {
            return "-";
        }

        double perSecond = TokenizerBenchmarks.TokenCount / (meanNs.Value / 1e9);
        return (perSecond / 1e6).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " M";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
