namespace NewsNlp.Stance.Fnc;

/// <summary>
/// Pools the agree / disagree / discuss shares of the pairs that share one article body. In FNC-1 a related pair's label is
/// the body's stance toward the story (the headlines related to one body are all about its claim), so the headlines of one
/// body mostly carry the same label (85 % of the related pairs of train carry their body's commonest label), while a single
/// pair's reading of it is noisy. Each pair's shares given related become (1 − w) × its own + w × the mean over its
/// body's pairs, each pair weighted by its relatedness; its relatedness (1 − P(unrelated)) is kept. A body with one pair
/// is unchanged. Works on raw probabilities (before the model's calibration).
/// </summary>
internal static class SameBodyPooling
{
    /// <summary>The pooled probabilities (new arrays; <paramref name="raw"/> is not changed).</summary>
    /// <param name="raw">Per pair: probabilities of agree, disagree, discuss, unrelated.</param>
    /// <param name="bodies">Per pair: its body's key (pairs with the same key share the body).</param>
    /// <param name="weight">The share of the body's mean, 0 (no pooling) to 1.</param>
    public static double[][] Pool(IReadOnlyList<double[]> raw, IReadOnlyList<int> bodies, double weight)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(bodies);
        if (raw.Count != bodies.Count)
        {
            throw new ArgumentException("One body key per prediction is needed.", nameof(bodies));
        }

        var sums = new Dictionary<int, double[]>();
        for (int i = 0; i < raw.Count; i++)
        {
            if (!sums.TryGetValue(bodies[i], out double[]? sum))
            {
                sums[bodies[i]] = sum = new double[3];
            }

            // Σ relatedness × share given related = the joint probabilities themselves.
            for (int k = 0; k < 3; k++)
            {
                sum[k] += raw[i][k];
            }
        }

        var pooled = new double[raw.Count][];
        for (int i = 0; i < raw.Count; i++)
        {
            double[] p = raw[i];
            double related = p[0] + p[1] + p[2];
            double[] sum = sums[bodies[i]];
            double total = sum[0] + sum[1] + sum[2];
            var q = (double[])p.Clone();
            if (weight > 0 && related > 0 && total > 0)
            {
                for (int k = 0; k < 3; k++)
                {
                    q[k] = related * (((1 - weight) * p[k] / related) + (weight * sum[k] / total));
                }
            }

            pooled[i] = q;
        }

        return pooled;
    }
}
