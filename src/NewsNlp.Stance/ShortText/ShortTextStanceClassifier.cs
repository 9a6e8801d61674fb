using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.ShortText;

/// <summary>
/// Stance of a short text (a quote, a headline, a paragraph) toward a claim, with the four label probabilities and the
/// words that drove the label: the <see cref="IStanceClassifier"/> the pipeline uses for quotes and speakers.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class ShortTextStanceClassifier : IStanceClassifier
{
    /// <summary>Longest text read, in characters (a short-text model; longer texts are cut).</summary>
    public const int MaxTextLength = 5_000;

    private static readonly Lazy<ShortTextStanceClassifier> DefaultClassifier = new(() => new ShortTextStanceClassifier(ShortTextStanceModel.Default));

    /// <summary>A classifier over <paramref name="model"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="embedder">The sentence encoder the model was trained with (required when <see cref="ShortTextStanceModel.EmbedderName"/> is set, ignored otherwise).</param>
    /// <exception cref="ArgumentException">The model needs an encoder and none (or another one) was given.</exception>
    public ShortTextStanceClassifier(ShortTextStanceModel model, ITextEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.EmbedderName is not null && (embedder is null || embedder.Name != model.EmbedderName))
        {
            throw new ArgumentException($"The stance model was trained with the sentence encoder '{model.EmbedderName}'; it was given {(embedder is null ? "none" : $"'{embedder.Name}'")}.", nameof(embedder));
        }

        Model = model;
        Embedder = model.EmbedderName is null ? null : embedder;
    }

    /// <summary>The classifier with the embedded short-text model (loaded lazily, once).</summary>
    public static ShortTextStanceClassifier Default => DefaultClassifier.Value;

    /// <summary>The model.</summary>
    public ShortTextStanceModel Model { get; }

    /// <summary>The sentence encoder used (null for a lexical model).</summary>
    public ITextEmbedder? Embedder { get; }

    /// <inheritdoc />
    public StancePrediction Classify(string target, string text)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(text);
        if (Embedder is null)
        {
            return Model.Predict(Prepare(target), Prepare(text));
        }

        IReadOnlyList<float[]> vectors = Embedder.Embed([Cut(target), Cut(text)]);
        return Model.Predict(Prepare(target), Prepare(text), vectors[0], vectors[1]);
    }

    /// <inheritdoc />
    public IReadOnlyList<StancePrediction> ClassifyMany(IReadOnlyList<StancePair> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (Embedder is null)
        {
            return PairBatch.Classify(pairs, Prepare, (target, text, _) => Model.Predict(target, text), cancellationToken);
        }

        Dictionary<string, float[]> vectors = EmbedDistinct(Embedder, pairs.SelectMany(p => new[] { p.Target, p.Text }), cancellationToken);
        return PairBatch.Classify(pairs, Prepare, (target, text, i) => Model.Predict(target, text, vectors[Cut(pairs[i].Target)], vectors[Cut(pairs[i].Text)]), cancellationToken);
    }

    /// <summary>Encoder vectors of the distinct (cut) texts.</summary>
    internal static Dictionary<string, float[]> EmbedDistinct(ITextEmbedder embedder, IEnumerable<string?> texts, CancellationToken cancellationToken)
    {
        string[] distinct = [.. texts.Select(t => Cut(t ?? throw new ArgumentException("A pair has a null target or text.", nameof(texts)))).Distinct(StringComparer.Ordinal)];
        IReadOnlyList<float[]> embedded = embedder.Embed(distinct, cancellationToken);
        if (embedded.Count != distinct.Length)
        {
            throw new InvalidOperationException($"The sentence encoder '{embedder.Name}' returned {embedded.Count} vectors for {distinct.Length} texts.");
        }

        var result = new Dictionary<string, float[]>(distinct.Length, StringComparer.Ordinal);
        for (int i = 0; i < distinct.Length; i++)
        {
            result[distinct[i]] = embedded[i];
        }

        return result;
    }

    internal static string Cut(string text) => text.Length > MaxTextLength ? text[..MaxTextLength] : text;

    internal static PreparedText Prepare(string text) => TextPreparer.Prepare(Cut(text));
}
