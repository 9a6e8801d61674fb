using NewsNlp.Documents;
using NewsNlp.Stance.Fnc;

namespace NewsNlp.Stance.Tests.Fnc;

public class FncMetricsTests
{
    [Fact]
    public void Perfect_predictions_score_100_and_macro_f1_1()
    {
        StanceLabel[] gold = [StanceLabel.Agree, StanceLabel.Disagree, StanceLabel.Discuss, StanceLabel.Unrelated];
        FncMetrics m = FncMetrics.Compute(gold, gold);
        Assert.Equal(100, m.RelativeScore, 6);
        Assert.Equal(1, m.MacroF1, 6);
    }

    [Fact]
    public void Weighted_score_follows_the_official_rules()
    {
        // agree->discuss: 0.25 (related); unrelated->unrelated: 0.25; discuss->unrelated: 0; disagree->disagree: 1.
        StanceLabel[] gold = [StanceLabel.Agree, StanceLabel.Unrelated, StanceLabel.Discuss, StanceLabel.Disagree];
        StanceLabel[] pred = [StanceLabel.Discuss, StanceLabel.Unrelated, StanceLabel.Unrelated, StanceLabel.Disagree];
        FncMetrics m = FncMetrics.Compute(gold, pred);
        Assert.Equal(1.5, m.Score, 6);
        Assert.Equal(3.25, m.MaxScore, 6);
        Assert.Equal(1, m.Confusion[(int)StanceLabel.Agree, (int)StanceLabel.Discuss]);
        Assert.Equal(0, m.F1[(int)StanceLabel.Agree]);
        Assert.Equal(1, m.F1[(int)StanceLabel.Disagree], 6);
    }
}
