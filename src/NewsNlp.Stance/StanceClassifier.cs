using NewsNlp.Stance.Features;
using NewsNlp.Stance.Model;
using NewsNlp.Stance.ShortText;

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

    /// <summary>A classifier over <paramref name="model"/> (a model of hand features only).</summary>
    /// <exception cref="ArgumentException">The model was trained with a sentence encoder (use the other constructor).</exception>
    public StanceClassifier(StanceModel model)
        : this(model, null)
    {
    }

    /// <summary>A classifier over <paramref name="model"/> and, for a model trained with one, its sentence encoder.</summary>
    /// <param name="model">The model.</param>
    /// <param name="embedder">The encoder the model was trained with (<see cref="StanceModel.EncoderName"/>); ignored by a model without one.</param>
    /// <exception cref="ArgumentException">The model needs an encoder and <paramref name="embedder"/> is null or another one.</exception>
    public StanceClassifier(StanceModel model, ITextEmbedder? embedder)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.EncoderName is not null && (embedder is null || embedder.Name != model.EncoderName))
        {
            throw new ArgumentException($"This stance model was trained with the sentence encoder '{model.EncoderName}' and needs it (given: {embedder?.Name ?? "none"}).", nameof(embedder));
        }

        Model = model;
        Embedder = model.EncoderName is null ? null : embedder;
    }

    /// <summary>The classifier with the embedded FNC-1 model (loaded lazily, once).</summary>
    public static StanceClassifier Default => DefaultClassifier.Value;

    /// <summary>The model.</summary>
    public StanceModel Model { get; }

    /// <summary>The sentence encoder the model reads (null for a model of hand features only).</summary>
    public ITextEmbedder? Embedder { get; }

    /// <inheritdoc />
    public StancePrediction Classify(string target, string text)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(text);
        PreparedText t = Prepare(target), b = Prepare(text);
        if (Embedder is not null)
        {
            EncoderInput.Attach(Embedder, [t], [b]);
        }

        return Model.Predict(t, b);
    }

    /// <inheritdoc />
    public IReadOnlyList<StancePrediction> ClassifyMany(IReadOnlyList<StancePair> pairs, CancellationToken cancellationToken = default)
    {
        if (Embedder is null)
        {
            return PairBatch.Classify(pairs, Prepare, (target, text, _) => Model.Predict(target, text), cancellationToken);
        }

        // Every distinct text prepared and encoded once (one encoder batch), then the pairs classified in parallel.
        ArgumentNullException.ThrowIfNull(pairs);
        var prepared = new Dictionary<string, PreparedText>(StringComparer.Ordinal);
        foreach (StancePair pair in pairs)
        {
            ArgumentNullException.ThrowIfNull(pair.Target);
            ArgumentNullException.ThrowIfNull(pair.Text);
            prepared.TryAdd(pair.Target, null!);
            prepared.TryAdd(pair.Text, null!);
        }

        string[] keys = [.. prepared.Keys];
        var values = new PreparedText[keys.Length];
        Parallel.For(0, keys.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => values[i] = Prepare(keys[i]));
        for (int i = 0; i < keys.Length; i++)
        {
            prepared[keys[i]] = values[i];
        }

        EncoderInput.Attach(Embedder, pairs.Select(p => prepared[p.Target]), pairs.Select(p => prepared[p.Text]), cancellationToken);
        var results = new StancePrediction[pairs.Count];
        Parallel.For(0, pairs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            results[i] = Model.Predict(prepared[pairs[i].Target], prepared[pairs[i].Text]));
        return results;
    }

    /// <summary>
    /// Classifies a batch as <see cref="ClassifyMany"/> does, then pools the agree / disagree / discuss shares of the pairs that
    /// share one text (an article body paired with several headlines, as in FNC-1) by the model's
    /// <see cref="StanceModel.BodyPooling"/> weight; with weight 0 it equals <see cref="ClassifyMany"/>.
    /// </summary>
    /// <param name="pairs">The pairs (target = headline, text = body).</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    public IReadOnlyList<StancePrediction> ClassifyPooledByBody(IReadOnlyList<StancePair> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (Model.BodyPooling <= 0)
        {
            return ClassifyMany(pairs, cancellationToken);
        }

        if (Embedder is not null)
        {
            throw new NotSupportedException("Same-body pooling is not available for a model with a sentence encoder.");
        }

        var raw = new double[pairs.Count][];
        PairBatch.Classify(pairs, Prepare, (target, text, i) =>
        {
            var p = new double[StanceLabels.Count];
            Model.PredictRaw(target, text, p);
            raw[i] = p;
            return Model.FromRaw(p);
        }, cancellationToken);
        var bodies = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] keys = [.. pairs.Select(p => bodies.TryGetValue(p.Text, out int k) ? k : bodies[p.Text] = bodies.Count)];
        double[][] pooled = Fnc.SameBodyPooling.Pool(raw, keys, Model.BodyPooling);
        return [.. pooled.Select(p => Model.FromRaw(p))];
    }

    internal static PreparedText Prepare(string text) =>
        TextPreparer.Prepare(text.Length > MaxTextLength ? text[..MaxTextLength] : text);
}
