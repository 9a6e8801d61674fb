using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>Classifies the stance of a text (an article body, a quote) toward a target (a headline, a claim or a short phrase).</summary>
/// <remarks>Implementations are thread-safe: one instance serves any number of threads.</remarks>
public interface IStanceClassifier
{
    /// <summary>The stance of <paramref name="text"/> toward <paramref name="target"/>.</summary>
    /// <param name="target">The headline, claim or target phrase.</param>
    /// <param name="text">The text whose stance is wanted (an article body or a quote).</param>
    /// <returns>The most probable label and the probability of each label.</returns>
    StancePrediction Classify(string target, string text);

    /// <summary>Classifies many pairs; texts repeated across pairs (the same body with many targets) are prepared once.</summary>
    /// <param name="pairs">The pairs to classify.</param>
    /// <param name="cancellationToken">Checked between pairs.</param>
    /// <returns>One prediction per pair, in order.</returns>
    IReadOnlyList<StancePrediction> ClassifyMany(IReadOnlyList<StancePair> pairs, CancellationToken cancellationToken = default);
}

/// <summary>A target and a text to classify.</summary>
/// <param name="Target">The headline, claim or target phrase.</param>
/// <param name="Text">The text whose stance is wanted.</param>
public readonly record struct StancePair(string Target, string Text);

/// <summary>The stance of a text toward a target with the probability of each label.</summary>
public sealed record StancePrediction
{
    /// <summary>Creates a prediction from the four label probabilities (indexed by <see cref="StanceLabel"/>).</summary>
    /// <param name="probabilities">Agree, disagree, discuss, unrelated; normalised to sum to 1.</param>
    public StancePrediction(IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.Count != StanceLabels.Count)
        {
            throw new ArgumentException($"Expected {StanceLabels.Count} probabilities, got {probabilities.Count}.", nameof(probabilities));
        }

        double sum = 0;
        foreach (double p in probabilities)
        {
            sum += double.IsFinite(p) && p > 0 ? p : 0;
        }

        var normalised = new double[StanceLabels.Count];
        int best = 0;
        for (int i = 0; i < normalised.Length; i++)
        {
            double p = probabilities[i];
            normalised[i] = sum > 0 ? (double.IsFinite(p) && p > 0 ? p / sum : 0) : 0.25;
            if (normalised[i] > normalised[best])
            {
                best = i;
            }
        }

        Probabilities = normalised;
        Label = (StanceLabel)best;
    }

    /// <summary>The most probable label.</summary>
    public StanceLabel Label { get; }

    /// <summary>Probability of each label, indexed by <see cref="StanceLabel"/>; sums to 1.</summary>
    public IReadOnlyList<double> Probabilities { get; }

    /// <summary>Probability of <paramref name="label"/>.</summary>
    public double this[StanceLabel label] => Probabilities[(int)label];

    /// <summary>Probability that the text addresses the target at all (agree + disagree + discuss = 1 − unrelated).</summary>
    public double Relatedness => 1 - Probabilities[(int)StanceLabel.Unrelated];

    /// <summary>
    /// Words of the text that pushed most toward <see cref="Label"/>, strongest first (empty when the classifier does not
    /// explain its predictions, as the FNC-1 body model does not).
    /// </summary>
    public IReadOnlyList<string> DrivingWords { get; init; } = [];
}
