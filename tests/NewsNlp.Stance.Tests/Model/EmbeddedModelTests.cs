using NewsNlp.Documents;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Model;
using NewsNlp.Stance.Tests.Infrastructure;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Stance.Training;

namespace NewsNlp.Stance.Tests.Model;

public class EmbeddedModelTests
{
    /// <summary>
    /// The embedded model on the slice of FNC-1 train it never saw (the trainer's held-out bodies, same seed and fractions):
    /// it must meet the competition-test floors (FNC ≥ 82.1, macro-F1 ≥ 0.62). Bounded: at most 3,000 pairs.
    /// </summary>
    [SkippableFact]
    public void Embedded_model_meets_the_floor_on_held_out_train_bodies()
    {
        string stances = SharedData.RequireData("fnc1/train_stances.csv");
        string bodies = SharedData.RequireData("fnc1/train_bodies.csv");
        FncData data = FncData.Load(stances, bodies);
        var defaults = new StanceTrainingOptions();
        FncSplit split = FncSplit.ByBodyId(data, defaults.Seed, defaults.DevFraction, defaults.HoldoutFraction);
        FncStance[] slice = [.. split.Holdout.Take(3000)];
        Assert.True(slice.Length >= 1000, $"held-out slice has only {slice.Length} pairs");

        var classifier = new StanceClassifier(StanceModel.Default);
        IReadOnlyList<StancePrediction> predicted = classifier.ClassifyMany([.. slice.Select(s => new StancePair(s.Headline, data.Bodies[s.BodyId]))]);
        FncMetrics metrics = FncMetrics.Compute([.. slice.Select(s => s.Stance!.Value)], [.. predicted.Select(p => p.Label)]);

        Assert.True(metrics.RelativeScore >= 82.1 && metrics.MacroF1 >= 0.62, metrics.ToString());
    }

    [Fact]
    public void Embedded_model_loads_once_and_reports_its_load_time()
    {
        StanceModel a = StanceModel.Default;
        Assert.Same(a, StanceModel.Default);
        Assert.True(a.LoadTime > TimeSpan.Zero);
        Assert.Contains("FNC-1", a.Description, StringComparison.Ordinal);
        StancePrediction p = StanceClassifier.Default.Classify("Spider burrowed into tourist's stomach", "The central bank raised interest rates by a quarter point on Tuesday.");
        Assert.Equal(StanceLabel.Unrelated, p.Label);
    }
}
