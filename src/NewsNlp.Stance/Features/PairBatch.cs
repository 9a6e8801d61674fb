using System.Collections.Concurrent;

namespace NewsNlp.Stance.Features;

/// <summary>
/// Classifies a batch of (target, text) pairs on all cores, preparing each distinct string once (a body paired with many
/// headlines, a claim with many quotes): the batch path shared by the stance classifiers.
/// </summary>
internal static class PairBatch
{
    /// <summary>Runs <paramref name="predict"/> on every pair with the prepared target and text, in parallel; results in order.</summary>
    public static StancePrediction[] Classify(IReadOnlyList<StancePair> pairs, Func<string, PreparedText> prepare, Func<PreparedText, PreparedText, int, StancePrediction> predict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var prepared = new ConcurrentDictionary<string, Lazy<PreparedText>>(StringComparer.Ordinal);
        PreparedText Get(string s) => prepared.GetOrAdd(s, k => new Lazy<PreparedText>(() => prepare(k))).Value;
        var results = new StancePrediction[pairs.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, pairs.Count, options, i =>
        {
            StancePair pair = pairs[i];
            ArgumentNullException.ThrowIfNull(pair.Target);
            ArgumentNullException.ThrowIfNull(pair.Text);
            results[i] = predict(Get(pair.Target), Get(pair.Text), i);
        });
        return results;
    }
}
