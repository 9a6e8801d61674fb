using System.Globalization;
using System.Text;
using NewsNlp.Documents;

namespace NewsNlp.Stance.Fnc;

/// <summary>FNC-1 metrics: the official weighted score (relative, %), per-class and macro F1, and the confusion matrix.</summary>
public sealed class FncMetrics
{
    private FncMetrics(int[,] confusion, double score, double maxScore)
    {
        Confusion = confusion;
        Score = score;
        MaxScore = maxScore;
        var f1 = new double[StanceLabels.Count];
        for (int l = 0; l < f1.Length; l++)
        {
            int tp = confusion[l, l], fp = 0, fn = 0;
            for (int o = 0; o < f1.Length; o++)
            {
                if (o != l)
                {
                    fp += confusion[o, l];
                    fn += confusion[l, o];
                }
            }

            double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            f1[l] = p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        F1 = f1;
        MacroF1 = f1.Average();
    }

    /// <summary>Counts: [gold, predicted], indexed by <see cref="StanceLabel"/>.</summary>
    public int[,] Confusion { get; }

    /// <summary>Raw FNC-1 score.</summary>
    public double Score { get; }

    /// <summary>Best achievable score.</summary>
    public double MaxScore { get; }

    /// <summary>Score relative to the best, in percent.</summary>
    public double RelativeScore => MaxScore == 0 ? 0 : 100 * Score / MaxScore;

    /// <summary>F1 per label, indexed by <see cref="StanceLabel"/>.</summary>
    public IReadOnlyList<double> F1 { get; }

    /// <summary>Mean F1 over the four labels.</summary>
    public double MacroF1 { get; }

    /// <summary>Computes the metrics of <paramref name="predicted"/> against <paramref name="gold"/>.</summary>
    public static FncMetrics Compute(IReadOnlyList<StanceLabel> gold, IReadOnlyList<StanceLabel> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"Gold has {gold.Count} labels, predicted {predicted.Count}.", nameof(predicted));
        }

        var confusion = new int[StanceLabels.Count, StanceLabels.Count];
        double score = 0, best = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            StanceLabel g = gold[i], p = predicted[i];
            confusion[(int)g, (int)p]++;
            if (g == p)
            {
                score += 0.25;
                if (g != StanceLabel.Unrelated)
                {
                    score += 0.5;
                }
            }

            if (g != StanceLabel.Unrelated && p != StanceLabel.Unrelated)
            {
                score += 0.25;
            }

            best += g == StanceLabel.Unrelated ? 0.25 : 1.0;
        }

        return new FncMetrics(confusion, score, best);
    }

    /// <summary>A printable report: confusion matrix, per-class F1, relative score and macro-F1.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        CultureInfo inv = CultureInfo.InvariantCulture;
        sb.Append("gold\\pred  ");
        for (int p = 0; p < StanceLabels.Count; p++)
        {
            sb.Append(inv, $" {((StanceLabel)p).ToFncString(),9}");
        }

        sb.AppendLine();
        for (int g = 0; g < StanceLabels.Count; g++)
        {
            sb.Append(inv, $"{((StanceLabel)g).ToFncString(),-10} ");
            for (int p = 0; p < StanceLabels.Count; p++)
            {
                sb.Append(inv, $" {Confusion[g, p],9}");
            }

            sb.AppendLine();
        }

        for (int l = 0; l < StanceLabels.Count; l++)
        {
            sb.AppendLine(inv, $"F1 {((StanceLabel)l).ToFncString(),-10} {F1[l]:F4}");
        }

        sb.Append(inv, $"FNC {RelativeScore:F2} F1m {MacroF1:F4}");
        return sb.ToString();
    }
}
