using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Training;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>Entity confidence is the calibrated marginal probability of the span and its type.</summary>
public sealed class NerConfidenceTests
{
    private const int K = BilouLabels.Count;

    [Theory]
    [InlineData(1.0)]
    [InlineData(7.5)]
    public void Span_probability_equals_the_sum_over_all_label_paths(double temperature)
    {
        // Three tokens, random scores, the BILOU-constrained transition table: enumerate all 17^3 paths.
        var random = new Random(11);
        const int m = 3;
        float[] emissions = [.. Enumerable.Range(0, m * K).Select(_ => (float)((random.NextDouble() * 20) - 10))];
        float[] transitions = new float[(K + 2) * K];
        for (int row = 0; row < K + 2; row++)
        {
            for (int c = 0; c < K; c++)
            {
                bool allowed = row == NerModel.StartRow ? BilouLabels.IsAllowed(-1, c) : row == NerModel.EndRow ? BilouLabels.IsAllowedLast(c) : BilouLabels.IsAllowed(row, c);
                transitions[(row * K) + c] = allowed ? (float)((random.NextDouble() * 6) - 3) : float.NegativeInfinity;
            }
        }

        var marginals = new SpanMarginals();
        marginals.Compute(emissions, m, transitions, temperature);
        double z = 0;
        var pathWeights = new List<(int[] Path, double Weight)>();
        for (int a = 0; a < K; a++)
        {
            for (int b = 0; b < K; b++)
            {
                for (int c = 0; c < K; c++)
                {
                    int[] path = [a, b, c];
                    double score = (double)transitions[(NerModel.StartRow * K) + a] + transitions[(a * K) + b] + transitions[(b * K) + c] + transitions[(NerModel.EndRow * K) + c]
                        + emissions[a] + emissions[K + b] + emissions[(2 * K) + c];
                    double w = double.IsNegativeInfinity(score) ? 0 : Math.Exp(score / temperature);
                    z += w;
                    pathWeights.Add((path, w));
                }
            }
        }

        int checkedSpans = 0;
        foreach ((int[] path, double weight) in pathWeights.Where(p => p.Weight > 0).Take(400))
        {
            foreach ((int start, int end, EntityType _) in BilouLabels.ToSpans(path))
            {
                double expected = pathWeights.Where(p => p.Path.AsSpan(start, end - start).SequenceEqual(path.AsSpan(start, end - start))).Sum(p => p.Weight) / z;
                Assert.Equal(expected, marginals.Probability(path, start, end), 9);
                checkedSpans++;
            }
        }

        Assert.True(checkedSpans > 100);
    }

    [Fact]
    public void A_reused_workspace_gives_the_same_probabilities_as_a_fresh_one_when_the_table_or_temperature_changes()
    {
        // The workspace keeps the transition factors of the last table and temperature: a change of either must be seen.
        var random = new Random(5);
        float[] Table() => [.. Enumerable.Range(0, (K + 2) * K).Select(_ => (float)((random.NextDouble() * 6) - 3))];
        float[] first = Table(), second = Table();
        var reused = new SpanMarginals();
        foreach ((float[] table, double temperature, int m) in new[] { (first, 1.0, 5), (first, 4.0, 9), (second, 4.0, 3), (first, 1.0, 70) })
        {
            float[] emissions = [.. Enumerable.Range(0, m * K).Select(_ => (float)((random.NextDouble() * 20) - 10))];
            int[] labels = [.. Enumerable.Range(0, m).Select(_ => random.Next(K))];
            var fresh = new SpanMarginals();
            fresh.Compute(emissions, m, table, temperature);
            reused.Compute(emissions, m, table, temperature);
            for (int start = 0; start < m; start++)
            {
                Assert.Equal(fresh.Probability(labels, start, m), reused.Probability(labels, start, m));
            }
        }

        Assert.True(reused.Capacity >= 70);
    }

    [Fact]
    public void A_clear_mention_is_confident_and_confidences_are_probabilities()
    {
        var document = new NewsDocument("Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday, officials said.");
        new TokenizerStage().Process(document, CancellationToken.None);
        IReadOnlyList<EntityMention> mentions = PerceptronEntityRecognizer.Default.Recognize(document);
        Assert.Contains(mentions, m => m.Text == "Angela Merkel" && m.Confidence > 0.8);
        Assert.Contains(mentions, m => m.Text == "Paris" && m.Confidence > 0.8);
        Assert.All(mentions, m => Assert.InRange(m.Confidence, 0.01, 1.0));
    }

    [Fact]
    public void The_temperature_changes_confidences_but_not_mentions()
    {
        var document = new NewsDocument("Talks between Acme Holdings and the Riverton council stalled, a spokeswoman for Acme said.");
        new TokenizerStage().Process(document, CancellationToken.None);
        PerceptronEntityRecognizer sharp = PerceptronEntityRecognizer.Default.WithConfidenceTemperature(1);
        IReadOnlyList<EntityMention> calibrated = PerceptronEntityRecognizer.Default.Recognize(document);
        IReadOnlyList<EntityMention> raw = sharp.Recognize(document);
        Assert.Equal(calibrated.Select(m => (m.Span, m.Type)), raw.Select(m => (m.Span, m.Type)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerceptronEntityRecognizer.Default.WithConfidenceTemperature(0));
    }

    [SkippableTheory]
    [InlineData("conll2003/dev.txt")]
    [InlineData("conll2003/test.txt")]
    public void Embedded_model_confidences_are_calibrated_on_conll(string split)
    {
        string path = SharedData.RequireData(split);
        NerCalibration calibration = NerCalibration.Prepare(PerceptronEntityRecognizer.Default, ConllReader.ReadFile(path));
        CalibrationReport report = calibration.Evaluate(PerceptronEntityRecognizer.Default.ConfidenceTemperature);
        Assert.True(report.Mentions > 5000, $"{report.Mentions} mentions");
        Assert.True(report.ExpectedCalibrationError <= 0.05, $"{split}: ECE {report.ExpectedCalibrationError:F4} at T {report.Temperature}");
        Assert.True(calibration.Evaluate(1).ExpectedCalibrationError > report.ExpectedCalibrationError, "temperature scaling must help");
    }
}
