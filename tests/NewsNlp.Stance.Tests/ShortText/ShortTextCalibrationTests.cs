using NewsNlp.Documents;
using NewsNlp.Stance.ShortText;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.ShortText;

/// <summary>
/// How well the short-text model's confidence (its largest probability) matches how often its label is right, on the
/// Emergent test split (never used in training): expected calibration error over ten equal-width confidence bins.
/// </summary>
public sealed class ShortTextCalibrationTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Σ over bins of (share of pairs) × |accuracy − mean confidence|.</summary>
    internal static double ExpectedCalibrationError(IReadOnlyList<(double Confidence, bool Right)> samples, int bins = 10)
    {
        double ece = 0;
        for (int b = 0; b < bins; b++)
        {
            (double Confidence, bool Right)[] inBin = [.. samples.Where(s => Math.Min(bins - 1, (int)(s.Confidence * bins)) == b)];
            if (inBin.Length > 0)
            {
                ece += (double)inBin.Length / samples.Count * Math.Abs(inBin.Average(s => s.Right ? 1.0 : 0.0) - inBin.Average(s => s.Confidence));
            }
        }

        return ece;
    }

    [Fact]
    public void The_error_of_perfect_and_of_overconfident_predictions()
    {
        Assert.Equal(0, ExpectedCalibrationError([(1.0, true), (1.0, true)]), 9);
        Assert.Equal(0.5, ExpectedCalibrationError([(1.0, true), (1.0, false)]), 9);
        Assert.Equal(0.075, ExpectedCalibrationError([(0.75, true), (0.75, true), (0.75, false), (0.95, true)]), 9);
    }

    [SkippableFact]
    public void Emergent_test_confidence_is_measured_and_bounded()
    {
        string folder = SharedData.RequireData("emergent");
        IReadOnlyList<EmergentPair> pairs = EmergentData.Load(folder, "test");
        IReadOnlyList<StancePrediction> predictions = ShortTextStanceClassifier.Default.ClassifyMany([.. pairs.Select(p => new StancePair(p.Claim, p.Headline))]);
        var samples = pairs.Select((p, i) => (predictions[i].Probabilities.Max(), predictions[i].Label == p.Label)).ToList();
        double ece = ExpectedCalibrationError(samples);
        output.WriteLine($"Emergent test: {samples.Count} pairs, accuracy {samples.Average(s => s.Item2 ? 1.0 : 0.0):P1}, mean confidence {samples.Average(s => s.Item1):F3}, ECE {ece:F3}");
        Assert.Equal(524, samples.Count);
        Assert.True(ece < 0.06, $"ECE {ece:F3} (0.044 when measured with the session-8 model and its fitted temperature, 0.090 without; README and the model card)");
        Assert.Equal(ece, StanceCalibration.ExpectedCalibrationError([.. pairs.Select((p, i) => (predictions[i].Probabilities.ToArray(), (int)p.Label))]), 9);
    }

    [Fact]
    public void Scaling_keeps_the_order_of_labels_and_sums_to_one()
    {
        double[] p = [0.7, 0.2, 0.08, 0.02];
        foreach (double t in new[] { 0.5, 1.0, 2.0 })
        {
            double[] q = StanceCalibration.Scale(p, t);
            Assert.Equal(1.0, q.Sum(), 12);
            Assert.Equal([0, 1, 2, 3], q.Select((v, i) => (v, i)).OrderByDescending(x => x.v).Select(x => x.i));
        }

        Assert.Equal(p, StanceCalibration.Scale(p, 1), new DoubleTolerance(1e-12));
        Assert.True(StanceCalibration.Scale(p, 2)[0] < 0.7 && StanceCalibration.Scale(p, 0.5)[0] > 0.7);
    }

    [Fact]
    public void The_fitted_temperature_undoes_a_known_over_confidence()
    {
        // Labels drawn from calibrated probabilities, then reported sharpened by temperature 0.5: the fit finds about 2.
        var rng = new Random(7);
        var predictions = new List<(double[] Probabilities, int Gold)>();
        for (int i = 0; i < 4000; i++)
        {
            double[] logits = [.. Enumerable.Range(0, 4).Select(_ => rng.NextDouble() * 3)];
            double[] calibrated = StanceCalibration.Scale([.. logits.Select(Math.Exp)], 1);
            double u = rng.NextDouble(), acc = 0;
            int gold = 3;
            for (int k = 0; k < 4; k++)
            {
                acc += calibrated[k];
                if (u < acc)
                {
                    gold = k;
                    break;
                }
            }

            predictions.Add((StanceCalibration.Scale(calibrated, 0.5), gold));
        }

        double t = StanceCalibration.FitTemperature(predictions);
        Assert.InRange(t, 1.8, 2.2);
        Assert.True(StanceCalibration.ExpectedCalibrationError(predictions, t) < StanceCalibration.ExpectedCalibrationError(predictions, 1) / 2);
    }

    private sealed class DoubleTolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
