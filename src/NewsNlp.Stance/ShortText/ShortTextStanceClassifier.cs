using System.Collections.Concurrent;
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
    public ShortTextStanceClassifier(ShortTextStanceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>The classifier with the embedded short-text model (loaded lazily, once).</summary>
    public static ShortTextStanceClassifier Default => DefaultClassifier.Value;

    /// <summary>The model.</summary>
    public ShortTextStanceModel Model { get; }

    /// <inheritdoc />
    public StancePrediction Classify(string target, string text)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(text);
        return Model.Predict(Prepare(target), Prepare(text));
    }

    /// <inheritdoc />
    public IReadOnlyList<StancePrediction> ClassifyMany(IReadOnlyList<StancePair> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var prepared = new ConcurrentDictionary<string, PreparedText>(StringComparer.Ordinal);
        var results = new StancePrediction[pairs.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, pairs.Count, options, i =>
        {
            StancePair pair = pairs[i];
            ArgumentNullException.ThrowIfNull(pair.Target);
            ArgumentNullException.ThrowIfNull(pair.Text);
            results[i] = Model.Predict(prepared.GetOrAdd(pair.Target, Prepare), prepared.GetOrAdd(pair.Text, Prepare));
        });
        return results;
    }

    internal static PreparedText Prepare(string text) =>
        TextPreparer.Prepare(text.Length > MaxTextLength ? text[..MaxTextLength] : text);
}
