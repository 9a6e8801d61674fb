using BenchmarkDotNet.Attributes;
using NewsNlp.Stance;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Model;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Stance classification speed on one thread: <see cref="PairsPerInvoke"/> FNC-1 headline–body pairs (read from
/// <c>../shared/data/fnc1</c>), each classified from raw strings (both texts prepared per pair, no caching), and the time
/// to load the embedded model. Run: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*Stance*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class StanceBenchmarks
{
    private const int PairsPerInvoke = 1000;

    private StancePair[] _pairs = [];
    private StanceClassifier _classifier = null!;
    private byte[] _modelBytes = [];
    private (Stance.Features.PreparedText Target, Stance.Features.PreparedText Text)[] _prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        string dir = FindFnc1();
        FncData data = FncData.Load(Path.Combine(dir, "train_stances.csv"), Path.Combine(dir, "train_bodies.csv"));
        // Every 37th pair: a spread of headlines and bodies (and of labels) rather than the file's first rows.
        _pairs = [.. data.Stances.Where((_, i) => i % 37 == 0).Take(PairsPerInvoke).Select(s => new StancePair(s.Headline, data.Bodies[s.BodyId]))];
        _classifier = StanceClassifier.Default;
        using Stream resource = NewsNlp.Models.EmbeddedModels.Find(NewsNlp.Models.EmbeddedModels.StancePackage)?.GetManifestResourceStream("NewsNlp.Stance.stance-fnc1.zip")
            ?? throw new InvalidOperationException("embedded stance model missing");
        using var buffer = new MemoryStream();
        resource.CopyTo(buffer);
        _modelBytes = buffer.ToArray();
        _classifier.Classify(_pairs[0].Target, _pairs[0].Text);
        _prepared = [.. _pairs.Select(p => (StanceClassifier.Prepare(p.Target), StanceClassifier.Prepare(p.Text)))];
    }

    /// <summary>Featurizes and classifies already prepared pairs (no text preparation).</summary>
    [Benchmark(OperationsPerInvoke = PairsPerInvoke)]
    public int ClassifyPrepared()
    {
        int agree = 0;
        foreach ((Stance.Features.PreparedText target, Stance.Features.PreparedText text) in _prepared)
        {
            if (_classifier.Model.Predict(target, text).Label == StanceLabel.Agree)
            {
                agree++;
            }
        }

        return agree;
    }

    /// <summary>Featurizes already prepared pairs (no text preparation, no model).</summary>
    [Benchmark(OperationsPerInvoke = PairsPerInvoke)]
    public float FeaturizePrepared()
    {
        var features = new float[Stance.Features.StanceFeaturizer.Count];
        float sum = 0;
        foreach ((Stance.Features.PreparedText target, Stance.Features.PreparedText text) in _prepared)
        {
            _classifier.Model.Featurizer.Featurize(target, text, features);
            sum += features[0];
        }

        return sum;
    }

    /// <summary>Classifies <see cref="PairsPerInvoke"/> pairs sequentially on the calling thread.</summary>
    [Benchmark(OperationsPerInvoke = PairsPerInvoke)]
    public int ClassifyPair()
    {
        int agree = 0;
        foreach (StancePair pair in _pairs)
        {
            if (_classifier.Classify(pair.Target, pair.Text).Label == StanceLabel.Agree)
            {
                agree++;
            }
        }

        return agree;
    }

    /// <summary>Prepares both texts of each pair (tokens, stems, lexicon flags) without classifying: the text part of <see cref="ClassifyPair"/>.</summary>
    [Benchmark(OperationsPerInvoke = PairsPerInvoke)]
    public int PrepareOnly()
    {
        int words = 0;
        foreach (StancePair pair in _pairs)
        {
            words += StanceClassifier.Prepare(pair.Target).Words.Length + StanceClassifier.Prepare(pair.Text).Words.Length;
        }

        return words;
    }

    /// <summary>Prepares and featurizes each pair without the ML.NET models.</summary>
    [Benchmark(OperationsPerInvoke = PairsPerInvoke)]
    public float FeaturizeOnly()
    {
        var features = new float[Stance.Features.StanceFeaturizer.Count];
        float sum = 0;
        foreach (StancePair pair in _pairs)
        {
            _classifier.Model.Featurizer.Featurize(StanceClassifier.Prepare(pair.Target), StanceClassifier.Prepare(pair.Text), features);
            sum += features[0];
        }

        return sum;
    }

    /// <summary>Reads and deserialises the embedded model (zip, IDF table, two ML.NET models) and runs a first prediction.</summary>
    [Benchmark]
    public StancePrediction LoadModel()
    {
        using var stream = new MemoryStream(_modelBytes, writable: false);
        StanceModel model = StanceModel.Load(stream);
        return new StanceClassifier(model).Classify("headline", "body text");
    }

    private static string FindFnc1()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null)
        {
            string candidate = Path.Combine(dir, "..", "shared", "data", "fnc1");
            if (File.Exists(Path.Combine(candidate, "train_stances.csv")))
            {
                return Path.GetFullPath(candidate);
            }

            dir = Path.GetDirectoryName(dir);
        }

        throw new InvalidOperationException("../shared/data/fnc1 not found above " + AppContext.BaseDirectory);
    }
}
