using NewsNlp.Documents;
using NewsNlp.Entities.Training;
using NewsNlp.Pipeline;
using NewsNlp.Quotes.Output;

namespace NewsNlp.Quotes.Learning;

/// <summary>Calibration of quote confidences on one labelled split.</summary>
/// <param name="Quotes">Predicted quotes scored.</param>
/// <param name="Accuracy">Share of them that are right (content match and right source).</param>
/// <param name="RawEce">Expected calibration error of the raw rule scores.</param>
/// <param name="CalibratedEce">Expected calibration error of the calibrated probabilities.</param>
/// <param name="Bins">Reliability diagram of the calibrated probabilities (10 equal-width bins).</param>
public sealed record QuoteCalibrationReport(int Quotes, double Accuracy, double RawEce, double CalibratedEce, IReadOnlyList<CalibrationBin> Bins);

/// <summary>
/// Fits <see cref="QuoteCalibrator"/>: runs the default pipeline (every act, raw confidences) over PolNeAR articles,
/// labels each predicted quote right when it matches a gold attribution under the scorer's strict protocol (shared
/// characters at least half of each, greedy one-to-one, largest overlap first) and its source is right (both absent, or
/// at least half of the predicted source inside the gold one), as <c>../shared/eval/quotes_score.py polnear</c> counts
/// attribution.
/// </summary>
public static class QuoteCalibrationTrainer
{
    private const int BinCount = 10;

    /// <summary>The labelled quotes of <paramref name="articles"/>: each quote's features (raw) and whether it is right.</summary>
    public static List<(IReadOnlyList<string> Features, bool Right, double Raw)> Label(IReadOnlyList<PolnearArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault()
            .Replace(QuoteStage.StageName, new QuoteStage(new QuoteStageOptions { Acts = AttributionActs.All, UseCalibratedConfidence = false }))
            .Build();
        var samples = new List<(IReadOnlyList<string>, bool, double)>();
        foreach (PolnearArticle article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            NewsDocument document = pipeline.Process(article.Text, new DocumentMetadata { Id = article.Name }, cancellationToken);
            bool[] right = Right(document.Quotes, article.Attributions);
            for (int i = 0; i < document.Quotes.Count; i++)
            {
                Quote q = document.Quotes[i];
                samples.Add(([.. QuoteCalibrator.Features(q, document)], right[i], q.Confidence));
            }
        }

        return samples;
    }

    /// <summary>Whether each predicted quote is right against <paramref name="gold"/> (strict match and right source).</summary>
    public static bool[] Right(IReadOnlyList<Quote> predicted, IReadOnlyList<PolnearAttribution> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        HashSet<int>[] goldChars = [.. gold.Select(g => Chars(g.Content))];
        HashSet<int>[] predChars = [.. predicted.Select(p => Chars(p.Content))];
        var pairs = new List<(int Shared, int Gold, int Pred)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                int shared = goldChars[g].Count(predChars[p].Contains);
                if (shared > 0 && shared * 2 >= goldChars[g].Count && shared * 2 >= predChars[p].Count)
                {
                    pairs.Add((shared, g, p));
                }
            }
        }

        // The scorer sorts (shared, gold, pred) descending and takes pairs greedily.
        pairs.Sort((a, b) => a.Shared != b.Shared ? b.Shared.CompareTo(a.Shared) : a.Gold != b.Gold ? b.Gold.CompareTo(a.Gold) : b.Pred.CompareTo(a.Pred));
        var usedGold = new HashSet<int>();
        var right = new bool[predicted.Count];
        var usedPred = new HashSet<int>();
        foreach ((_, int g, int p) in pairs)
        {
            if (usedGold.Contains(g) || usedPred.Contains(p))
            {
                continue;
            }

            usedGold.Add(g);
            usedPred.Add(p);
            HashSet<int> gs = Chars(gold[g].Source);
            HashSet<int> ps = predicted[p].Source is { } source ? Chars([source]) : [];
            right[p] = (gs.Count == 0 && ps.Count == 0) || (ps.Count > 0 && gs.Count(ps.Contains) * 2 >= ps.Count);
        }

        return right;
    }

    /// <summary>Calibration figures of <paramref name="calibrator"/> on labelled quotes.</summary>
    public static QuoteCalibrationReport Evaluate(QuoteCalibrator calibrator, IReadOnlyList<(IReadOnlyList<string> Features, bool Right, double Raw)> samples)
    {
        ArgumentNullException.ThrowIfNull(calibrator);
        ArgumentNullException.ThrowIfNull(samples);
        double[] calibrated = [.. samples.Select(s => calibrator.ProbabilityOf(s.Features))];
        (double ece, List<CalibrationBin> bins) = Ece(calibrated, samples.Select(s => s.Right).ToArray());
        (double rawEce, _) = Ece([.. samples.Select(s => s.Raw)], [.. samples.Select(s => s.Right)]);
        double accuracy = samples.Count == 0 ? 0 : samples.Count(s => s.Right) / (double)samples.Count;
        return new QuoteCalibrationReport(samples.Count, accuracy, rawEce, ece, bins);
    }

    /// <summary>Expected calibration error over 10 equal-width bins, and the bins.</summary>
    public static (double Ece, List<CalibrationBin> Bins) Ece(IReadOnlyList<double> probabilities, IReadOnlyList<bool> right)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(right);
        var bins = new List<CalibrationBin>(BinCount);
        double ece = 0;
        for (int b = 0; b < BinCount; b++)
        {
            double lower = b / (double)BinCount, upper = (b + 1) / (double)BinCount;
            int[] members = [.. Enumerable.Range(0, probabilities.Count).Where(i => probabilities[i] >= lower && (probabilities[i] < upper || (b == BinCount - 1 && probabilities[i] <= 1)))];
            if (members.Length == 0)
            {
                bins.Add(new CalibrationBin(lower, upper, 0, 0, 0));
                continue;
            }

            double confidence = members.Average(i => probabilities[i]);
            double accuracy = members.Count(i => right[i]) / (double)members.Length;
            ece += members.Length / (double)probabilities.Count * Math.Abs(accuracy - confidence);
            bins.Add(new CalibrationBin(lower, upper, members.Length, confidence, accuracy));
        }

        return (ece, bins);
    }

    private static HashSet<int> Chars(IEnumerable<TextSpan> spans)
    {
        var set = new HashSet<int>();
        foreach (TextSpan s in spans)
        {
            for (int c = s.Start; c < s.End; c++)
            {
                set.Add(c);
            }
        }

        return set;
    }
}
