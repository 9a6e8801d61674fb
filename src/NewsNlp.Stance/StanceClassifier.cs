using NewsNlp.Stance.Features;
using NewsNlp.Stance.Model;

namespace NewsNlp.Stance;

/// <summary>
/// The default <see cref="IStanceClassifier"/>: hand features (TF-IDF cosines, overlap, BM25, refuting/hedging/negation words
/// near shared words) into two ML.NET LightGbm models (related vs unrelated, then agree/disagree/discuss).
/// </summary>
/// <remarks>Thread-safe: ML.NET prediction engines are pooled.</remarks>
public sealed class StanceClassifier : IStanceClassifier
{
    /// <summary>Longest text read, in characters (longer texts are cut; stance is decided by the first ~100k characters).</summary>
    public const int MaxTextLength = 100_000;

    private static readonly Lazy<StanceClassifier> DefaultClassifier = new(() => new StanceClassifier(StanceModel.Default));

    /// <summary>A classifier over <paramref name="model"/>.</summary>
    public StanceClassifier(StanceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>The classifier with the embedded FNC-1 model (loaded lazily, once).</summary>
    public static StanceClassifier Default => DefaultClassifier.Value;

    /// <summary>The model.</summary>
    public StanceModel Model { get; }

    /// <inheritdoc />
    public StancePrediction Classify(string target, string text)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(text);
        return Model.Predict(Prepare(target), Prepare(text));
    }

    /// <inheritdoc />
    public IReadOnlyList<StancePrediction> ClassifyMany(IReadOnlyList<StancePair> pairs, CancellationToken cancellationToken = default) =>
        PairBatch.Classify(pairs, Prepare, (target, text, _) => Model.Predict(target, text), cancellationToken);

    internal static PreparedText Prepare(string text) =>
        TextPreparer.Prepare(text.Length > MaxTextLength ? text[..MaxTextLength] : text);
}
