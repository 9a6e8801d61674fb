using BenchmarkDotNet.Attributes;
using NewsNlp.Stance;
using NewsNlp.Stance.MiniLM;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Quote–claim stance speed on one thread: <see cref="PairsPerInvoke"/> Emergent train pairs (a claim and an article
/// headline, read from <c>../shared/data/emergent</c>; headlines are the length of a one-sentence quote), each classified
/// from raw strings (both texts prepared per pair, no caching) by the default lexical model; the encoder path
/// (all-MiniLM-L6-v2 vectors of both texts per pair, one session) on <see cref="EncoderPairsPerInvoke"/> pairs; the
/// encoder as relatedness gate (<see cref="MiniLmRelatednessGate"/>) on as many; and the load time of each model. Run:
/// <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*ShortTextStance*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class ShortTextStanceBenchmarks
{
    private const int PairsPerInvoke = 1000;
    private const int EncoderPairsPerInvoke = 50;

    private StancePair[] _pairs = [];
    private ShortTextStanceClassifier _lexical = null!;
    private ShortTextStanceClassifier _encoder = null!;
    private MiniLmRelatednessGate _gate = null!;
    private MiniLmEmbedder _embedder = null!;
    private byte[] _modelBytes = [];

    [GlobalSetup]
    public void Setup()
    {
        string dir = Path.Combine(RepoRoot(), "..", "shared", "data", "emergent");
        IReadOnlyList<EmergentPair> train = EmergentData.Load(dir, "train");
        // Every other pair: a spread of claims rather than the file's first rows.
        _pairs = [.. train.Where((_, i) => i % 2 == 0).Take(PairsPerInvoke).Select(p => new StancePair(p.Claim, p.Headline))];
        _lexical = ShortTextStanceClassifier.Default;
        _lexical.Classify(_pairs[0].Target, _pairs[0].Text);
        _embedder = new MiniLmEmbedder(sessions: 1);
        _encoder = new ShortTextStanceClassifier(MiniLmStance.Model, _embedder);
        _encoder.Classify(_pairs[0].Target, _pairs[0].Text);
        _gate = new MiniLmRelatednessGate(_encoder, _lexical);
        using Stream resource = NewsNlp.Models.EmbeddedModels.Find(NewsNlp.Models.EmbeddedModels.StancePackage)?.GetManifestResourceStream("NewsNlp.Stance.stance-short.zip")
            ?? throw new InvalidOperationException("embedded short-text stance model missing");
        using var buffer = new MemoryStream();
        resource.CopyTo(buffer);
        _modelBytes = buffer.ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _embedder.Dispose();

    /// <summary>The default path: <see cref="PairsPerInvoke"/> pairs classified one by one on the calling thread.</summary>
    [Benchmark(OperationsPerInvoke = PairsPerInvoke)]
    public int ClassifyPair()
    {
        int agree = 0;
        foreach (StancePair pair in _pairs)
        {
            if (_lexical.Classify(pair.Target, pair.Text).Label == StanceLabel.Agree)
            {
                agree++;
            }
        }

        return agree;
    }

    /// <summary>The encoder path: both texts encoded per pair (one ONNX session, one thread), then the model.</summary>
    [Benchmark(OperationsPerInvoke = EncoderPairsPerInvoke)]
    public int ClassifyPairEncoder()
    {
        int agree = 0;
        for (int i = 0; i < EncoderPairsPerInvoke; i++)
        {
            if (_encoder.Classify(_pairs[i].Target, _pairs[i].Text).Label == StanceLabel.Agree)
            {
                agree++;
            }
        }

        return agree;
    }

    /// <summary>The encoder as relatedness gate (<c>--stance-encoder minilm-gate</c>): the encoder path and the default path per pair.</summary>
    [Benchmark(OperationsPerInvoke = EncoderPairsPerInvoke)]
    public int ClassifyPairGate()
    {
        int agree = 0;
        for (int i = 0; i < EncoderPairsPerInvoke; i++)
        {
            if (_gate.Classify(_pairs[i].Target, _pairs[i].Text).Label == StanceLabel.Agree)
            {
                agree++;
            }
        }

        return agree;
    }

    /// <summary>Reads the default model from its bytes and classifies one pair.</summary>
    [Benchmark]
    public StancePrediction LoadModel()
    {
        using var stream = new MemoryStream(_modelBytes, writable: false);
        return new ShortTextStanceClassifier(ShortTextStanceModel.Load(stream)).Classify(_pairs[0].Target, _pairs[0].Text);
    }

    /// <summary>Loads the encoder (one ONNX session over the ~90 MB model) and encodes one text.</summary>
    [Benchmark]
    public int LoadEncoder()
    {
        using var embedder = new MiniLmEmbedder(sessions: 1);
        return embedder.Embed([_pairs[0].Text])[0].Length;
    }

    private static string RepoRoot() =>
        typeof(ShortTextStanceBenchmarks).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
}
