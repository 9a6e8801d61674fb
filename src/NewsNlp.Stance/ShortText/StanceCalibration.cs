namespace NewsNlp.Stance.ShortText;

/// <summary>
/// Temperature scaling of stance probabilities: p' = softmax(log p / T). Fitted by minimising the negative log-likelihood of
/// the gold labels over a fixed grid (deterministic); measured by the expected calibration error of the largest probability.
/// </summary>
internal static class StanceCalibration
{
    /// <summary>The temperatures tried: 0.50, 0.51, … 5.00.</summary>
    private static IEnumerable<double> Grid => Enumerable.Range(50, 451).Select(t => t / 100.0);

    /// <summary>The temperature of the grid with the lowest negative log-likelihood of <paramref name="predictions"/> (1 when none).</summary>
    public static double FitTemperature(IReadOnlyList<(double[] Probabilities, int Gold)> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (predictions.Count == 0)
        {
            return 1;
        }

        double best = 1, bestLoss = double.PositiveInfinity;
        foreach (double t in Grid)
        {
            double loss = 0;
            foreach ((double[] p, int gold) in predictions)
            {
                loss -= Math.Log(Math.Max(Scale(p, t)[gold], 1e-12));
            }

            if (loss < bestLoss - 1e-12)
            {
                bestLoss = loss;
                best = t;
            }
        }

        return best;
    }

    /// <summary>softmax(log p / <paramref name="temperature"/>): the same order of labels, sharper below 1, flatter above.</summary>
    public static double[] Scale(IReadOnlyList<double> probabilities, double temperature)
    {
        var scaled = new double[probabilities.Count];
        double max = double.NegativeInfinity;
        for (int k = 0; k < scaled.Length; k++)
        {
            scaled[k] = Math.Log(Math.Max(probabilities[k], 1e-300)) / temperature;
            max = Math.Max(max, scaled[k]);
        }

        double sum = 0;
        for (int k = 0; k < scaled.Length; k++)
        {
            scaled[k] = Math.Exp(scaled[k] - max);
            sum += scaled[k];
        }

        for (int k = 0; k < scaled.Length; k++)
        {
            scaled[k] /= sum;
        }

        return scaled;
    }

    /// <summary>
    /// Expected calibration error over <paramref name="bins"/> equal-width bins of the largest probability (after scaling by
    /// <paramref name="temperature"/>): Σ over bins of (share of predictions) × |accuracy − mean confidence|.
    /// </summary>
    public static double ExpectedCalibrationError(IReadOnlyList<(double[] Probabilities, int Gold)> predictions, double temperature = 1, int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var samples = predictions.Select(p =>
        {
            double[] q = Scale(p.Probabilities, temperature);
            int label = Array.IndexOf(q, q.Max());
            return (Confidence: q[label], Right: label == p.Gold);
        }).ToList();
        double ece = 0;
        for (int b = 0; b < bins; b++)
        {
            var inBin = samples.Where(s => Math.Min(bins - 1, (int)(s.Confidence * bins)) == b).ToList();
            if (inBin.Count > 0)
            {
                ece += (double)inBin.Count / samples.Count * Math.Abs(inBin.Average(s => s.Right ? 1.0 : 0.0) - inBin.Average(s => s.Confidence));
            }
        }

        return ece;
    }
}
