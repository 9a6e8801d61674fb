using System.Reflection;
using BenchmarkDotNet.Attributes;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The whole default pipeline (tokenizer, sentences, NER, entity linking, quotes) on one thread, on news articles of
/// 1 KB, 10 KB and 1 MB built from the repository's <c>seeds/*.txt</c> (whole paragraphs, repeated for the larger sizes).
/// Run: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*PipelineBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private NewsPipeline _pipeline = null!;
    private string _text = string.Empty;

    /// <summary>Article size in characters (whole paragraphs, so slightly more).</summary>
    [Params(1_000, 10_000, 1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = NewsPipeline.CreateDefault();
        _text = SeedText.OfLength(Size);
        _pipeline.Process(_text); // load the models before measuring
    }

    /// <summary>Processes the article; the result's quote count is returned so nothing is optimised away.</summary>
    [Benchmark]
    public int Process()
    {
        NewsDocument document = _pipeline.Process(_text);
        return document.Quotes.Count + document.Entities.Count;
    }
}

/// <summary>Builds benchmark articles of a given size from the repository's seed articles.</summary>
internal static class SeedText
{
    public static string OfLength(int characters)
    {
        string[] paragraphs = [.. SeedFiles().SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))];
        if (paragraphs.Length == 0)
        {
            throw new InvalidOperationException("No seed article found under seeds/.");
        }

        var text = new System.Text.StringBuilder(characters + 4096);
        for (int i = 0; text.Length < characters; i++)
        {
            text.Append(paragraphs[i % paragraphs.Length]).Append("\n\n");
        }

        return text.ToString();
    }

    private static IEnumerable<string> SeedFiles()
    {
        string? dir = typeof(SeedText).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (dir is null || !Directory.Exists(Path.Combine(dir, "seeds")))
        {
            throw new InvalidOperationException("The repository root (with seeds/) was not found; build the benchmarks from the repository.");
        }

        return Directory.EnumerateFiles(Path.Combine(dir, "seeds"), "*.txt").Order(StringComparer.Ordinal);
    }
}
