using System.Buffers;
using NewsNlp.Documents;

namespace NewsNlp.Entities.Training;

/// <summary>One bin of a reliability diagram: predicted mentions whose confidence falls in <c>[Lower, Upper)</c>.</summary>
/// <param name="Lower">Lowest confidence of the bin.</param>
/// <param name="Upper">Upper bound of the bin (exclusive, except 1 for the last bin).</param>
/// <param name="Count">Predicted mentions in the bin.</param>
/// <param name="MeanConfidence">Their mean confidence.</param>
/// <param name="Accuracy">The share of them that are right (exact span and type).</param>
public sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanConfidence, double Accuracy);

/// <summary>How well mention confidences match how often the mentions are right.</summary>
/// <param name="Temperature">The temperature the confidences were computed with.</param>
/// <param name="ExpectedCalibrationError">Σ over bins of (share of mentions) × |accuracy − mean confidence|.</param>
/// <param name="NegativeLogLikelihood">Mean negative log-likelihood of right/wrong under the confidences.</param>
/// <param name="Mentions">Predicted mentions scored.</param>
/// <param name="Accuracy">Share of predicted mentions that are right (the precision).</param>
/// <param name="Bins">The reliability diagram, 10 equal-width bins.</param>
public sealed record CalibrationReport(double Temperature, double ExpectedCalibrationError, double NegativeLogLikelihood, int Mentions, double Accuracy, IReadOnlyList<CalibrationBin> Bins);

/// <summary>
/// Calibrates <see cref="EntityMention.Confidence"/> of a <see cref="PerceptronEntityRecognizer"/>: tags labelled
/// CoNLL documents once, then scores the predicted mentions' span marginals at any temperature, and fits the temperature
/// that minimises their negative log-likelihood (temperature scaling, Guo et al. 2017).
/// </summary>
public sealed class NerCalibration
{
    private const int K = BilouLabels.Count;
    private const int BinCount = 10;
    private readonly List<SentenceLattice> _sentences = [];
    private readonly float[] _transitions;

    private NerCalibration(float[] transitions) => _transitions = transitions;

    /// <summary>Tags <paramref name="documents"/> with <paramref name="recognizer"/> and keeps what calibration needs.</summary>
    public static NerCalibration Prepare(PerceptronEntityRecognizer recognizer, IReadOnlyList<ConllDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(documents);
        var calibration = new NerCalibration(recognizer.Model.TransitionTable);
        foreach (ConllDocument source in documents)
        {
            NewsDocument document = source.ToNewsDocument();
            int n = document.Tokens.Count;
            if (n == 0)
            {
                continue;
            }

            int[] labels = new int[n];
            float[] scores = ArrayPool<float>.Shared.Rent(n * K);
            try
            {
                NerDecoder.TagDocument(recognizer.Model, document.Text, document.Tokens.Rows, document.Sentences, labels, scores, CancellationToken.None);
                for (int s = 0; s < document.Sentences.Count; s++)
                {
                    TokenRange range = document.Sentences[s];
                    int[] sentenceLabels = labels[range.FirstToken..range.EndToken];
                    List<(int Start, int End, EntityType Type)> predicted = BilouLabels.ToSpans(sentenceLabels);
                    if (predicted.Count == 0)
                    {
                        continue;
                    }

                    var gold = new HashSet<(int, int, EntityType)>(BilouLabels.SpansFromTags(source.Sentences[s].Tags));
                    calibration._sentences.Add(new SentenceLattice(
                        scores.AsSpan(range.FirstToken * K, range.TokenCount * K).ToArray(),
                        sentenceLabels,
                        [.. predicted.Select(p => (p.Start, p.End, gold.Contains(p)))]));
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scores);
            }
        }

        return calibration;
    }

    /// <summary>The reliability of the confidences at <paramref name="temperature"/>.</summary>
    public CalibrationReport Evaluate(double temperature)
    {
        List<(double P, bool Right)> scored = Score(temperature);
        int[] count = new int[BinCount];
        double[] confidence = new double[BinCount];
        int[] right = new int[BinCount];
        double nll = 0;
        foreach ((double p, bool isRight) in scored)
        {
            int bin = Math.Min(BinCount - 1, (int)(p * BinCount));
            count[bin]++;
            confidence[bin] += p;
            right[bin] += isRight ? 1 : 0;
            double q = Math.Clamp(p, 1e-6, 1 - 1e-6);
            nll -= isRight ? Math.Log(q) : Math.Log(1 - q);
        }

        int total = scored.Count;
        var bins = new List<CalibrationBin>(BinCount);
        double ece = 0;
        for (int b = 0; b < BinCount; b++)
        {
            double meanConfidence = count[b] == 0 ? 0 : confidence[b] / count[b];
            double accuracy = count[b] == 0 ? 0 : (double)right[b] / count[b];
            bins.Add(new CalibrationBin((double)b / BinCount, (double)(b + 1) / BinCount, count[b], meanConfidence, accuracy));
            ece += total == 0 ? 0 : (double)count[b] / total * Math.Abs(accuracy - meanConfidence);
        }

        return new CalibrationReport(temperature, ece, total == 0 ? 0 : nll / total, total, total == 0 ? 0 : (double)right.Sum() / total, bins);
    }

    /// <summary>The temperature in [0.05, 100] with the lowest negative log-likelihood (log-spaced grid, then refined).</summary>
    public double FitTemperature()
    {
        double best = 1, bestNll = double.PositiveInfinity;
        for (double logT = Math.Log(0.05); logT <= Math.Log(100) + 1e-9; logT += Math.Log(100 / 0.05) / 60)
        {
            Consider(Math.Exp(logT));
        }

        // Golden-section search in log T around the best grid point.
        double step = Math.Log(100 / 0.05) / 60;
        double lo = Math.Log(best) - step, hi = Math.Log(best) + step;
        const double Golden = 0.6180339887498949;
        for (int i = 0; i < 30; i++)
        {
            double a = hi - (Golden * (hi - lo)), b = lo + (Golden * (hi - lo));
            if (Nll(Math.Exp(a)) < Nll(Math.Exp(b)))
            {
                hi = b;
            }
            else
            {
                lo = a;
            }
        }

        Consider(Math.Exp((lo + hi) / 2));
        return best;

        void Consider(double t)
        {
            double nll = Nll(t);
            if (nll < bestNll)
            {
                bestNll = nll;
                best = t;
            }
        }
    }

    private double Nll(double temperature) => Evaluate(temperature).NegativeLogLikelihood;

    private List<(double P, bool Right)> Score(double temperature)
    {
        var scored = new List<(double, bool)>();
        var marginals = new SpanMarginals();
        foreach (SentenceLattice sentence in _sentences)
        {
            marginals.Compute(sentence.Scores, sentence.Labels.Length, _transitions, temperature);
            foreach ((int start, int end, bool isRight) in sentence.Mentions)
            {
                scored.Add((marginals.Probability(sentence.Labels, start, end), isRight));
            }
        }

        return scored;
    }

    private sealed record SentenceLattice(float[] Scores, int[] Labels, (int Start, int End, bool Right)[] Mentions);
}
