using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.Speakers;

/// <summary>One gold speaker for <see cref="SpeakerSideTrainer"/>.</summary>
/// <param name="Split">The gold set the article comes from (for reporting: "dev", "real-dev").</param>
/// <param name="Article">The article (cross-validation folds never split an article).</param>
/// <param name="Speaker">The gold speaker's name.</param>
/// <param name="Gold">Agree, disagree or <see cref="StanceLabel.Unrelated"/> (no stance).</param>
/// <param name="Records">
/// The rule aggregate (agree, disagree, discuss, unrelated) of each speaker record of the article that matches the gold name
/// (<c>scripts/score-speaker-stance.py</c>'s rule); empty when the speaker has none.
/// </param>
public sealed record SpeakerSideExample(string Split, string Article, string Speaker, StanceLabel Gold, IReadOnlyList<IReadOnlyList<double>> Records);

/// <summary>How many gold speakers were right, in all and per split.</summary>
/// <param name="Right">Right speakers.</param>
/// <param name="Total">Gold speakers.</param>
/// <param name="BySplit">Right and total per split.</param>
public sealed record SpeakerSideScore(int Right, int Total, IReadOnlyDictionary<string, (int Right, int Total)> BySplit)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Right} of {Total} ({100.0 * Right / Math.Max(1, Total):F1}%; " + string.Join(", ", BySplit.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value.Right}/{s.Value.Total}")) + ")";
}

/// <summary>Settings of <see cref="SpeakerSideTrainer"/> (the defaults rebuild the embedded model).</summary>
public sealed record SpeakerSideTrainingOptions
{
    /// <summary>L2 penalty on the weights.</summary>
    public double L2 { get; init; } = 0.01;

    /// <summary>Passes over the examples.</summary>
    public int Epochs { get; init; } = 100;

    /// <summary>AdaGrad learning rate.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Seed of the example shuffle.</summary>
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Fits <see cref="SpeakerSideModel"/> on gold speakers (one example per matching speaker record, labelled with the gold
/// side), deterministically (one thread, seeded shuffle: the same examples and options give the same model), and estimates
/// how it does on unseen articles by leave-one-article-out cross-validation.
/// </summary>
public static class SpeakerSideTrainer
{
    /// <summary>Fits a model on every example.</summary>
    public static SpeakerSideModel Train(IReadOnlyList<SpeakerSideExample> examples, SpeakerSideTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new SpeakerSideTrainingOptions();
        var rows = new List<SparseExample>();
        int[] indices = [.. Enumerable.Range(0, SpeakerSideModel.FeatureNames.Count)];
        foreach (SpeakerSideExample example in examples)
        {
            int label = ClassOf(example.Gold);
            foreach (IReadOnlyList<double> record in example.Records)
            {
                rows.Add(new SparseExample(indices, [.. SpeakerSideModel.Features(record).Select(v => (float)v)], label, 1f));
            }
        }

        if (rows.Count == 0)
        {
            throw new ArgumentException("No gold speaker has a speaker record to learn from.", nameof(examples));
        }

        (float[] weights, float[] bias) = SoftmaxRegression.Fit(rows, indices.Length, SpeakerSideModel.Classes.Count, options.L2, options.Epochs, options.LearningRate, options.Seed);
        return new SpeakerSideModel([.. weights.Select(w => (double)w)], [.. bias.Select(b => (double)b)]);
    }

    /// <summary>Leave-one-article-out: each article scored by a model fitted on all the other articles.</summary>
    public static SpeakerSideScore CrossValidate(IReadOnlyList<SpeakerSideExample> examples, SpeakerSideTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var predictions = new List<(SpeakerSideExample Example, StanceLabel? Predicted)>();
        foreach (string article in examples.Select(e => e.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            SpeakerSideModel model = Train([.. examples.Where(e => e.Article != article)], options);
            predictions.AddRange(examples.Where(e => e.Article == article).Select(e => (e, Decide(model, e.Records))));
        }

        return Tally(predictions);
    }

    /// <summary>The score of <paramref name="model"/> on <paramref name="examples"/> (null: the rule aggregate alone).</summary>
    public static SpeakerSideScore Score(IReadOnlyList<SpeakerSideExample> examples, SpeakerSideModel? model)
    {
        ArgumentNullException.ThrowIfNull(examples);
        return Tally([.. examples.Select(e => (e, model is null ? DecideByRules(e.Records) : Decide(model, e.Records)))]);
    }

    /// <summary>
    /// A gold speaker's label from their records: a record with a side wins over one without, then the more confident
    /// (the scorer's rule); null when there is no record.
    /// </summary>
    public static StanceLabel? Decide(SpeakerSideModel model, IReadOnlyList<IReadOnlyList<double>> records)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(records);
        return Best(records.Select(model.Apply));
    }

    private static StanceLabel? DecideByRules(IReadOnlyList<IReadOnlyList<double>> records) => Best(records);

    private static StanceLabel? Best(IEnumerable<IReadOnlyList<double>> distributions)
    {
        StanceLabel? best = null;
        double bestConfidence = 0;
        foreach (IReadOnlyList<double> p in distributions)
        {
            StanceLabel label = SpeakerSideModel.LabelOf(p);
            double confidence = p[(int)label];
            bool better = best is not StanceLabel b
                || (b == StanceLabel.Unrelated && label != StanceLabel.Unrelated)
                || ((b == StanceLabel.Unrelated) == (label == StanceLabel.Unrelated) && confidence > bestConfidence);
            if (better)
            {
                best = label;
                bestConfidence = confidence;
            }
        }

        return best;
    }

    private static SpeakerSideScore Tally(List<(SpeakerSideExample Example, StanceLabel? Predicted)> predictions)
    {
        var bySplit = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        int right = 0;
        foreach ((SpeakerSideExample e, StanceLabel? predicted) in predictions)
        {
            bool ok = predicted == e.Gold;
            right += ok ? 1 : 0;
            (int r, int t) = bySplit.GetValueOrDefault(e.Split);
            bySplit[e.Split] = (r + (ok ? 1 : 0), t + 1);
        }

        return new SpeakerSideScore(right, predictions.Count, bySplit);
    }

    private static int ClassOf(StanceLabel gold) => gold switch
    {
        StanceLabel.Agree => 0,
        StanceLabel.Disagree => 1,
        StanceLabel.Unrelated => 2,
        _ => throw new ArgumentException($"A gold speaker is agree, disagree or unrelated (no stance), not {gold}.", nameof(gold)),
    };
}
