using NewsNlp.Stance.MiniLM;

namespace NewsNlp.Stance.Tests.MiniLM;

/// <summary>The encoder as relatedness gate: relatedness from one classifier, the side shares and driving words from the other.</summary>
public sealed class MiniLmRelatednessGateTests
{
    /// <summary>Always answers the same probabilities (agree, disagree, discuss, unrelated).</summary>
    private sealed class Fixed(double agree, double disagree, double discuss, double unrelated, params string[] words) : IStanceClassifier
    {
        public StancePrediction Classify(string target, string text) => new([agree, disagree, discuss, unrelated]) { DrivingWords = words };

        public IReadOnlyList<StancePrediction> ClassifyMany(IReadOnlyList<StancePair> pairs, CancellationToken cancellationToken = default) =>
            [.. pairs.Select(p => Classify(p.Target, p.Text))];
    }

    [Fact]
    public void The_encoder_says_whether_a_quote_is_related_and_the_small_model_which_side()
    {
        // The encoder: related 0.9 but leaning agree; the small model: barely related, but disagree three to one.
        var gate = new MiniLmRelatednessGate(new Fixed(0.8, 0.05, 0.05, 0.1), new Fixed(0.03, 0.09, 0.0, 0.88, "rejected"));
        StancePrediction p = gate.Classify("The plan will cut costs", "It will not cut anything.");
        Assert.Equal(0.9, p.Relatedness, 6);
        Assert.Equal(0.9 * 0.25, p[StanceLabel.Agree], 6);
        Assert.Equal(0.9 * 0.75, p[StanceLabel.Disagree], 6);
        Assert.Equal(StanceLabel.Disagree, p.Label);
        Assert.Equal(["rejected"], p.DrivingWords);
        Assert.Equal(p.Probabilities, gate.ClassifyMany([new("The plan will cut costs", "It will not cut anything.")])[0].Probabilities);
    }

    [Fact]
    public void A_text_the_encoder_finds_unrelated_stays_unrelated_whatever_its_side()
    {
        var gate = new MiniLmRelatednessGate(new Fixed(0.01, 0.01, 0.0, 0.98), new Fixed(0.9, 0.05, 0.05, 0.0));
        Assert.Equal(StanceLabel.Unrelated, gate.Classify("The plan will cut costs", "The weather was fine.").Label);
    }
}
