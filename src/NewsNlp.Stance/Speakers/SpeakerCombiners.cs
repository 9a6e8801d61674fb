using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using NewsNlp.Stance.Model;

namespace NewsNlp.Stance.Speakers;

/// <summary>One gold speaker of a per-speaker split with the stage's records that the scorer's name rule matches.</summary>
internal sealed record GoldSpeakerRows(string Split, string Article, string Name, StanceLabel Gold, IReadOnlyList<SpeakerFeatureRow> Records);

/// <summary>A learned or calibrated decision over <see cref="SpeakerFeatureRow"/>: a label and its probability per record.</summary>
internal delegate (StanceLabel Label, double Confidence) SpeakerDecision(SpeakerFeatureRow row);

/// <summary>
/// Candidate speaker-side combiners over the stage's features (<see cref="SpeakerFeatures"/>) and their leave-one-split-out
/// evaluation (a diagnostic: <c>newsnlp stance-features --evaluate</c>). Each combiner is trained on the first record the
/// scorer picks for each gold speaker of the training splits and scored with the scorer's rule on the held split (a record
/// with a side first, then the more probable). Deterministic: seeded MLContext, one LightGbm thread.
/// </summary>
internal static class SpeakerCombiners
{
    /// <summary>The deciders that a no-cue combiner may overrule (the quote model alone, or no related quote).</summary>
    /// <remarks>Not a speaker who declines to take a side or only asks in one of their quotes: that is their own choice.</remarks>
    public static bool IsNoCue(SpeakerFeatureRow row) => row.Decider is "model" or "none"
        && row.Values[SpeakerFeatures.Index("neutral_quotes")] == 0 && row.Values[SpeakerFeatures.Index("question_quotes")] == 0;

    /// <summary>The record the scorer reads for a gold speaker under <paramref name="decide"/> (null: the rules).</summary>
    public static (StanceLabel Label, SpeakerFeatureRow? Row) Pick(GoldSpeakerRows speaker, SpeakerDecision? decide)
    {
        (StanceLabel Label, double Confidence, SpeakerFeatureRow Row)[] decided = [.. speaker.Records
            .Select(r => decide is null ? (r.RuleLabel, r.RuleConfidence, r) : Tuple(decide(r), r))];
        if (decided.Length == 0)
        {
            return (StanceLabel.Discuss, null);   // "missing": never right
        }

        var best = decided.OrderBy(d => d.Label == StanceLabel.Unrelated).ThenByDescending(d => d.Confidence).First();
        return (best.Label, best.Row);
    }

    private static (StanceLabel, double, SpeakerFeatureRow) Tuple((StanceLabel Label, double Confidence) d, SpeakerFeatureRow r) => (d.Label, d.Confidence, r);

    /// <summary>Right answers of <paramref name="decide"/> (null: the rules) per split.</summary>
    public static Dictionary<string, int> Score(IEnumerable<GoldSpeakerRows> speakers, SpeakerDecision? decide)
    {
        var right = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (GoldSpeakerRows s in speakers)
        {
            right.TryAdd(s.Split, 0);
            if (Pick(s, decide).Label == s.Gold)
            {
                right[s.Split]++;
            }
        }

        return right;
    }

    /// <summary>The training examples: the rule's pick for each gold speaker with a record (optionally only no-cue ones).</summary>
    public static List<(double[] Features, StanceLabel Gold)> Examples(IEnumerable<GoldSpeakerRows> speakers, bool noCueOnly)
    {
        var examples = new List<(double[], StanceLabel)>();
        foreach (GoldSpeakerRows s in speakers)
        {
            if (Pick(s, null).Row is { } row && (!noCueOnly || IsNoCue(row)))
            {
                examples.Add((row.Values, s.Gold));
            }
        }

        return examples;
    }

    /// <summary>A named combiner: a trainer from training speakers to a decision.</summary>
    public sealed record Candidate(string Name, Func<IReadOnlyList<GoldSpeakerRows>, SpeakerDecision> Train);

    /// <summary>The features of the speaker's quotes alone (the model's shares, relatedness, negations, polarity, composition).</summary>
    private static readonly string[] QuoteLevel =
    [
        "quotes", "related_quotes", "max_related", "mean_unrelated", "q_agree", "q_disagree", "q_discuss", "q_margin",
        "negations_per_quote", "claim_negated", "quote_polarity", "claim_polarity", "polarity_product", "is_subject", "composed_votes",
    ];

    /// <summary>The relatedness floors the calibrated rule tries.</summary>
    private static readonly double[] RelatedFloors = [0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

    /// <summary>The candidates measured (features: all, or the quote-level few; learners: logistic regression, small LightGbm, a calibrated rule).</summary>
    public static IReadOnlyList<Candidate> Candidates(int seed)
    {
        int[] all = [.. Enumerable.Range(0, SpeakerFeatures.Names.Length)];
        int[] quoteLevel = [.. QuoteLevel.Select(SpeakerFeatures.Index)];
        return
        [
            new("logistic, all features, every speaker", t => Learned(t, all, noCue: false, gbm: false, seed)),
            new("the combiner (logistic, all features centred and scaled, L2 1, no-cue speakers only)", t => NoCue(Train(t, seed).Decide)),
            new("the combiner, L2 chosen by an inner leave-one-split-out on the training splits (nested)", t => NoCue(Train(t, seed, ChooseL2(t, seed)).Decide)),
            new("logistic, all features, no-cue speakers only", t => Learned(t, all, noCue: true, gbm: false, seed)),
            new("logistic L2 0.1, all features, no-cue speakers only", t => Learned(t, all, noCue: true, gbm: false, seed, 0.1f)),
            new("logistic L2 10, all features, no-cue speakers only", t => Learned(t, all, noCue: true, gbm: false, seed, 10f)),
            new("logistic L2 0.01, all features, no-cue speakers only", t => Learned(t, all, noCue: true, gbm: false, seed, 0.01f)),
            new("logistic L2 3, all features, no-cue speakers only", t => Learned(t, all, noCue: true, gbm: false, seed, 3f)),
            new("logistic, quote-level features, no-cue speakers only", t => Learned(t, quoteLevel, noCue: true, gbm: false, seed)),
            new("LightGbm (4 leaves), all features, every speaker", t => Learned(t, all, noCue: false, gbm: true, seed)),
            new("LightGbm (4 leaves), all features, no-cue speakers only", t => Learned(t, all, noCue: true, gbm: true, seed)),
            new("calibrated rule: no-cue side by q_margin > t, none below max_related r", Calibrated),
            new("no-cue speakers agree (reference)", _ => NoCue(_ => (StanceLabel.Agree, 0.6))),
        ];
    }

    /// <summary>The L2 penalty of the combiner (fixed before its leave-one-split-out figures were read; 0.1 … 10 measured in docs/stance.md).</summary>
    public const float CombinerL2 = 1f;

    /// <summary>
    /// Trains the combiner (<see cref="SpeakerSideCombiner"/>) on the no-cue speakers of <paramref name="training"/>: features
    /// centred and scaled by their mean and deviation, then ML.NET's L-BFGS maximum entropy (seeded, one thread).
    /// </summary>
    public static SpeakerSideCombiner Train(IReadOnlyList<GoldSpeakerRows> training, int seed, float l2 = CombinerL2)
    {
        List<(double[] Features, StanceLabel Gold)> examples = Examples(training, noCueOnly: true);
        int n = SpeakerFeatures.Names.Length;
        var mean = new double[n];
        var scale = new double[n];
        for (int j = 0; j < n; j++)
        {
            mean[j] = examples.Average(e => e.Features[j]);
            double variance = examples.Average(e => (e.Features[j] - mean[j]) * (e.Features[j] - mean[j]));
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        if (Classes.Any(c => !examples.Any(e => e.Gold == c)))
        {
            throw new ArgumentException("The combiner's training speakers need all three classes (agree, disagree, none).", nameof(training));
        }

        var ml = new MLContext(seed);
        Row[] rows = [.. examples.Select(e => new Row
        {
            Features = [.. Enumerable.Range(0, n).Select(j => (float)((e.Features[j] - mean[j]) / scale[j]))],
            Label = ClassName(e.Gold),
        })];
        IDataView data = ml.Data.LoadFromEnumerable(rows, MlSchemas.For<Row>(n));
        var model = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = l2,
                NumberOfThreads = 1,
            })).Fit(data);
        MaximumEntropyModelParameters parameters = model.LastTransformer.Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out int classes);
        IEnumerable<float> biases = parameters.GetBiases();
        double[][] w = [.. Enumerable.Range(0, classes).Select(k => weights[k].DenseValues().Select(x => (double)x).ToArray())];
        return new SpeakerSideCombiner(mean, scale, w, [.. biases.Select(b => (double)b)]);
    }

    /// <summary>The L2 penalties the nested choice tries.</summary>
    internal static readonly float[] L2Grid = [0.1f, 1f, 3f, 10f, 30f];

    /// <summary>The L2 of <see cref="L2Grid"/> with the most right answers in a leave-one-split-out over <paramref name="training"/> (ties: the smaller).</summary>
    public static float ChooseL2(IReadOnlyList<GoldSpeakerRows> training, int seed)
    {
        (float L2, int Right) best = (L2Grid[0], -1);
        string[] splits = [.. training.Select(s => s.Split).Distinct(StringComparer.Ordinal)];
        foreach (float l2 in L2Grid)
        {
            int right = 0;
            foreach (string split in splits)
            {
                SpeakerSideCombiner combiner = Train([.. training.Where(s => s.Split != split)], seed, l2);
                right += Score(training.Where(s => s.Split == split), NoCue(combiner.Decide))[split];
            }

            if (right > best.Right)
            {
                best = (l2, right);
            }
        }

        return best.L2;
    }

    /// <summary>Leave one split out: for each split, train on the others and score the held one.</summary>
    /// <param name="speakers">The gold speakers of every split.</param>
    /// <param name="candidate">The combiner.</param>
    /// <param name="changes">When given, receives each held-out gold speaker whose answer differs from the rules' (split/article/name: gold, rules → combiner).</param>
    public static Dictionary<string, int> LeaveOneSplitOut(IReadOnlyList<GoldSpeakerRows> speakers, Candidate candidate, Action<string>? changes = null)
    {
        var right = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string split in speakers.Select(s => s.Split).Distinct(StringComparer.Ordinal))
        {
            SpeakerDecision decide = candidate.Train([.. speakers.Where(s => s.Split != split)]);
            right[split] = Score(speakers.Where(s => s.Split == split), decide)[split];
            foreach (GoldSpeakerRows s in speakers.Where(s => s.Split == split))
            {
                StanceLabel rule = Pick(s, null).Label, learned = Pick(s, decide).Label;
                if (rule != learned)
                {
                    changes?.Invoke($"{(learned == s.Gold ? "gain" : rule == s.Gold ? "LOSS" : "same")} {s.Split}/{s.Article}/{s.Name}: gold {s.Gold}, rules {rule} -> combiner {learned}");
                }
            }
        }

        return right;
    }

    /// <summary>The decision of <paramref name="combiner"/> on no-cue speakers, the rules' on the others.</summary>
    public static SpeakerDecision Apply(SpeakerSideCombiner combiner) => NoCue(combiner.Decide);

    private static SpeakerDecision NoCue(Func<SpeakerFeatureRow, (StanceLabel, double)> decide) =>
        row => IsNoCue(row) ? decide(row) : (row.RuleLabel, row.RuleConfidence);

    private static readonly StanceLabel[] Classes = [StanceLabel.Agree, StanceLabel.Disagree, StanceLabel.Unrelated];

    private static string ClassName(StanceLabel label) => label switch
    {
        StanceLabel.Agree => "a-agree",
        StanceLabel.Disagree => "b-disagree",
        _ => "c-none",
    };

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public string Label { get; set; } = string.Empty;
    }

    private sealed class Output
    {
        public float[] Score { get; set; } = [];
    }

    private static SpeakerDecision Learned(IReadOnlyList<GoldSpeakerRows> training, int[] columns, bool noCue, bool gbm, int seed, float l2 = 1f)
    {
        List<(double[] Features, StanceLabel Gold)> examples = Examples(training, noCue);
        var ml = new MLContext(seed);
        float[] Select(double[] v) => [.. columns.Select(c => (float)v[c])];
        Row[] rows = [.. examples.Select(e => new Row { Features = Select(e.Features), Label = ClassName(e.Gold) })];
        IDataView data = ml.Data.LoadFromEnumerable(rows, MlSchemas.For<Row>(columns.Length));
        var key = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        ITransformer model = gbm
            ? key.Append(ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfIterations = 50,
                NumberOfLeaves = 4,
                MinimumExampleCountPerLeaf = 10,
                LearningRate = 0.1,
                NumberOfThreads = 1,
                Seed = seed,
                Deterministic = true,
                Silent = true,
                Verbose = false,
                UseSoftmax = true,
            })).Fit(data)
            : key.Append(ml.Transforms.NormalizeMeanVariance("Features"))
                .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
                {
                    L2Regularization = l2,
                    NumberOfThreads = 1,
                })).Fit(data);
        PredictionEngine<Row, Output> engine = ml.Model.CreatePredictionEngine<Row, Output>(model, inputSchemaDefinition: MlSchemas.For<Row>(columns.Length));
        // Which classes the training set had, in key order (a missing class has no score slot).
        StanceLabel[] present = [.. Classes.Where(c => examples.Any(e => e.Gold == c))];
        (StanceLabel, double) Decide(SpeakerFeatureRow r)
        {
            float[] score = engine.Predict(new Row { Features = Select(r.Values) }).Score;
            int best = 0;
            for (int k = 1; k < score.Length; k++)
            {
                if (score[k] > score[best])
                {
                    best = k;
                }
            }

            return (present[best], score[best]);
        }

        return noCue ? NoCue(Decide) : r => Decide(r);
    }

    /// <summary>The calibrated rule: on no-cue speakers, none below a best relatedness r, else agree when q_margin &gt; t; (t, r) best on the training speakers.</summary>
    private static SpeakerDecision Calibrated(IReadOnlyList<GoldSpeakerRows> training)
    {
        int margin = SpeakerFeatures.Index("q_margin"), related = SpeakerFeatures.Index("max_related");
        SpeakerDecision Rule(double t, double r) => NoCue(row =>
            row.Values[related] < r || (row.Values[related] <= 0 && row.RuleLabel == StanceLabel.Unrelated) ? (StanceLabel.Unrelated, 0.5)
            : row.Values[margin] > t ? (StanceLabel.Agree, 0.6) : (StanceLabel.Disagree, 0.6));
        (double T, double R, int Right) best = (0, 0, -1);
        for (int ti = -10; ti <= 10; ti++)
        {
            foreach (double r in RelatedFloors)
            {
                int right = Score(training, Rule(ti * 0.05, r)).Values.Sum();
                if (right > best.Right)
                {
                    best = (ti * 0.05, r, right);
                }
            }
        }

        return Rule(best.T, best.R);
    }
}
