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
        Assert.True(ece < 0.12, $"ECE {ece:F3} (0.090 when measured; README and the model card)");
    }
}
