using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using NewsNlp.Documents;
using NewsNlp.Stance.Features;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Model;

namespace NewsNlp.Stance.Training;

/// <summary>
/// Trains a <see cref="StanceModel"/> on FNC-1 data: a dev split is carved by claim (or by body id), a relatedness model and an
/// agree/disagree/discuss model are fitted on the rest, label calibration is chosen on dev, and (by default) both models are
/// refitted on all the data with the chosen settings. Deterministic for given data and options.
/// </summary>
public static class StanceTrainer
{
    /// <summary>Trains on labelled FNC-1 data.</summary>
    /// <param name="data">Labelled FNC-1 stances and bodies.</param>
    /// <param name="options">Settings (defaults when null).</param>
    /// <param name="logger">Receives the progress and dev metrics lines (Information); none when null.</param>
    /// <param name="cancellationToken">Cancels training.</param>
    /// <exception cref="ArgumentException">A stance row has no label.</exception>
    public static StanceTrainingResult Train(FncData data, StanceTrainingOptions? options = null, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new StanceTrainingOptions();
        if (options.ClassWeights.Count != 3)
        {
            throw new ArgumentException("ClassWeights needs three weights (agree, disagree, discuss).", nameof(options));
        }

        foreach (FncStance s in data.Stances)
        {
            if (s.Stance is null)
            {
                throw new ArgumentException($"Stance row '{s.Headline}' / {s.BodyId} has no label: training needs a labelled stances file.", nameof(data));
            }
        }

        ILogger log = logger ?? NullLogger.Instance;
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // A held-out slice of bodies (never used), dev (calibration) by claim or by body id, train.
        FncSplit split = options.DevByClaim
            ? FncSplit.ByClaim(data, options.Seed, options.DevFraction, options.HoldoutFraction)
            : FncSplit.ByBodyId(data, options.Seed, options.DevFraction, options.HoldoutFraction);
        List<FncStance> train = [.. split.Train];
        List<FncStance> dev = [.. split.Dev];
        StanceTrainingLog.Split(log, options.DevByClaim ? "claim" : "body id", options.Seed, train.Count, dev.Count, split.Holdout.Count);

        // Prepare every distinct text once.
        string[] texts = [.. data.Stances.Select(s => s.Headline).Concat(data.Stances.Select(s => data.Bodies[s.BodyId])).Distinct(StringComparer.Ordinal)];
        var preparedArray = new PreparedText[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => preparedArray[i] = StanceClassifier.Prepare(texts[i]));
        var prepared = new Dictionary<string, PreparedText>(texts.Length, StringComparer.Ordinal);
        for (int i = 0; i < texts.Length; i++)
        {
            prepared[texts[i]] = preparedArray[i];
        }

        StanceTrainingLog.Prepared(log, texts.Length, watch.Elapsed.TotalSeconds);
        if (options.Embedder is not null)
        {
            EncoderInput.Attach(options.Embedder, data.Stances.Select(s => prepared[s.Headline]), data.Stances.Select(s => prepared[data.Bodies[s.BodyId]]), cancellationToken);
            StanceTrainingLog.Encoded(log, options.Embedder.Name, watch.Elapsed.TotalSeconds);
        }

        StanceModel model = Fit(train, data, prepared, options, log, cancellationToken);
        FncMetrics? devRaw = null, devCalibrated = null;
        double[] calibration = [1, 1, 1, 1];
        double bodyPooling = 0;
        if (dev.Count > 0)
        {
            double[][] raw = PredictRaw(model, dev, data, prepared, cancellationToken);
            StanceLabel[] gold = [.. dev.Select(s => s.Stance!.Value)];
            int[] devBodies = [.. dev.Select(s => s.BodyId)];
            if (options.DevByClaim && options.CalibrationFolds > 1)
            {
                // The other folds' dev predictions, each by a model fitted without that fold's claims, pooled with the first.
                var pooledRaw = new List<double[]>(raw);
                var pooledGold = new List<StanceLabel>(gold);
                var pooledBodies = new List<int>(devBodies);
                for (int fold = 1; fold < options.CalibrationFolds; fold++)
                {
                    FncSplit other = FncSplit.ByClaim(data, options.Seed, options.DevFraction, options.HoldoutFraction, fold);
                    if (other.Dev.Count == 0)
                    {
                        break;
                    }

                    StanceModel foldModel = Fit([.. other.Train], data, prepared, options, log, cancellationToken);
                    pooledRaw.AddRange(PredictRaw(foldModel, [.. other.Dev], data, prepared, cancellationToken));
                    pooledGold.AddRange(other.Dev.Select(s => s.Stance!.Value));
                    pooledBodies.AddRange(other.Dev.Select(s => s.BodyId));
                    StanceTrainingLog.CalibrationFold(log, fold, other.Dev.Count);
                }

                raw = [.. pooledRaw];
                gold = [.. pooledGold];
                devBodies = [.. pooledBodies];
            }
            devRaw = Evaluate(raw, gold, calibration);
            StanceTrainingLog.DevUncalibrated(log, devRaw);
            if (options.Calibrate)
            {
                calibration = ChooseCalibration(raw, gold);
                devCalibrated = Evaluate(raw, gold, calibration);
                string weights = string.Join(' ', calibration.Select(c => c.ToString("0.##", CultureInfo.InvariantCulture)));
                StanceTrainingLog.Calibration(log, weights);
                foreach (double w in options.BodyPoolingGrid.Where(w => w > 0))
                {
                    // The same-body pooling weight: each weight gets its own calibration; kept when it beats the best so far.
                    double[][] pooled = SameBodyPooling.Pool(raw, devBodies, w);
                    double[] c = ChooseCalibration(pooled, gold);
                    FncMetrics m = Evaluate(pooled, gold, c);
                    string factors = string.Join(' ', c.Select(x => x.ToString("0.##", CultureInfo.InvariantCulture)));
                    StanceTrainingLog.BodyPooling(log, w, factors, m.RelativeScore, m.MacroF1);
                    if (Objective(m) > Objective(devCalibrated) + 1e-9)
                    {
                        (bodyPooling, calibration, devCalibrated) = (w, c, m);
                    }
                }

                StanceTrainingLog.DevCalibrated(log, devCalibrated);
            }
            else
            {
                devCalibrated = devRaw;
            }
        }

        List<FncStance> refit = train;
        if (options.RefitOnAll && dev.Count > 0)
        {
            // Every pair but the held-out ones: with a split by claim this includes the unrelated pairs of a train
            // headline with a dev body, which were in neither part.
            var holdout = new HashSet<FncStance>(split.Holdout);
            refit = [.. data.Stances.Where(s => !holdout.Contains(s))];
            StanceTrainingLog.Refitting(log, refit.Count);
            model = Fit(refit, data, prepared, options, log, cancellationToken);
        }

        string description = string.Create(CultureInfo.InvariantCulture,
            $"FNC-1 train: {train.Count} train + {dev.Count} dev pairs (dev by {(options.DevByClaim ? "claim" : "body id")}){(options.RefitOnAll && dev.Count > 0 ? $", refitted on {refit.Count} pairs" : ", fitted on train")}, {split.Holdout.Count} held out; seed {options.Seed}{(bodyPooling > 0 ? $"; same-body pooling {bodyPooling:G2}" : string.Empty)}; dev FNC {devCalibrated?.RelativeScore:F2} F1m {devCalibrated?.MacroF1:F4}");
        model = model.WithCalibration(calibration).WithBodyPooling(bodyPooling).WithDescription(description);
        StanceTrainingLog.Trained(log, watch.Elapsed.TotalSeconds);
        return new StanceTrainingResult(model, devRaw, devCalibrated, train.Count, dev.Count);
    }

    private static StanceModel Fit(List<FncStance> pairs, FncData data, Dictionary<string, PreparedText> prepared, StanceTrainingOptions options, ILogger log, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        IEnumerable<PreparedText> idfTexts = pairs.Select(p => p.Headline).Distinct(StringComparer.Ordinal)
            .Concat(pairs.Select(p => data.Bodies[p.BodyId]).Distinct(StringComparer.Ordinal))
            .Select(t => prepared[t]);
        IdfTable idf = IdfTable.Learn(idfTexts, options.IdfMinCount, cancellationToken);
        var featurizer = new StanceFeaturizer(idf);
        EncoderFeatures? encoder = options.Embedder is null ? null : new EncoderFeatures(options.Embedder.Dimension, options.EncoderProducts);
        int count = StanceFeaturizer.Count + (encoder?.Count ?? 0);
        var features = new float[pairs.Count][];
        Parallel.For(0, pairs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var f = new float[count];
            PreparedText headline = prepared[pairs[i].Headline], body = prepared[data.Bodies[pairs[i].BodyId]];
            featurizer.Featurize(headline, body, f);
            encoder?.Featurize(headline, body, f.AsSpan(StanceFeaturizer.Count));
            features[i] = f;
        });
        StanceTrainingLog.Featurized(log, pairs.Count, count, watch.Elapsed.TotalSeconds, idf.Entries.Count);

        var ml = new MLContext(seed: options.Seed);
        var relatedRows = new List<RelatedTrainingRow>(pairs.Count);
        var stanceRows = new List<StanceTrainingRow>();
        for (int i = 0; i < pairs.Count; i++)
        {
            StanceLabel label = pairs[i].Stance!.Value;
            relatedRows.Add(new RelatedTrainingRow { Features = features[i], Label = label != StanceLabel.Unrelated });
            if (label != StanceLabel.Unrelated)
            {
                stanceRows.Add(new StanceTrainingRow { Features = features[i], Label = label.ToFncString(), Weight = (float)options.ClassWeights[(int)label] });
            }
        }

        if (stanceRows.Count == 0 || stanceRows.Count == relatedRows.Count)
        {
            throw new ArgumentException("Training data needs both related (agree/disagree/discuss) and unrelated pairs.", nameof(data));
        }

        IDataView relatedView = ml.Data.LoadFromEnumerable(relatedRows, MlSchemas.For<RelatedTrainingRow>(count));
        var relatedTrainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            NumberOfIterations = options.RelatedIterations,
            NumberOfLeaves = options.Leaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
            NumberOfThreads = 1,
            Seed = options.Seed,
            Deterministic = true,
            Silent = true,
            Verbose = false,
            Booster = new GradientBooster.Options { FeatureFraction = options.FeatureFraction },
        });
        var related = relatedTrainer.Fit(relatedView);
        StanceTrainingLog.RelatednessModel(log, relatedRows.Count, watch.Elapsed.TotalSeconds);

        // Keys ordered by value: agree, disagree, discuss, so the score slots follow StanceLabel.
        IDataView stanceView = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(ml.Data.LoadFromEnumerable(stanceRows, MlSchemas.For<StanceTrainingRow>(count)))
            .Transform(ml.Data.LoadFromEnumerable(stanceRows, MlSchemas.For<StanceTrainingRow>(count)));
        var stanceTrainer = ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            NumberOfIterations = options.StanceIterations,
            NumberOfLeaves = options.Leaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.StanceMinExamplesPerLeaf,
            NumberOfThreads = 1,
            Seed = options.Seed,
            Deterministic = true,
            Silent = true,
            Verbose = false,
            UseSoftmax = true,
            Booster = new GradientBooster.Options { FeatureFraction = options.FeatureFraction },
        });
        var stance = stanceTrainer.Fit(stanceView);
        StanceTrainingLog.StanceModel(log, stanceRows.Count, watch.Elapsed.TotalSeconds);
        return new StanceModel(ml, idf, related, stance, [1, 1, 1, 1], string.Empty, encoder, options.Embedder?.Name);
    }

    private static double[][] PredictRaw(StanceModel model, List<FncStance> pairs, FncData data, Dictionary<string, PreparedText> prepared, CancellationToken cancellationToken)
    {
        var raw = new double[pairs.Count][];
        Parallel.For(0, pairs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var p = new double[StanceLabels.Count];
            model.PredictRaw(prepared[pairs[i].Headline], prepared[data.Bodies[pairs[i].BodyId]], p);
            raw[i] = p;
        });
        return raw;
    }

    /// <summary>Metrics of raw probabilities under <paramref name="calibration"/>.</summary>
    internal static FncMetrics Evaluate(double[][] raw, StanceLabel[] gold, IReadOnlyList<double> calibration)
    {
        var predicted = new StanceLabel[raw.Length];
        for (int i = 0; i < raw.Length; i++)
        {
            predicted[i] = StanceModel.Calibrate(raw[i], calibration).Label;
        }

        return FncMetrics.Compute(gold, predicted);
    }

    /// <summary>Grid search of label factors (discuss fixed at 1) maximising FNC score + 100 × macro-F1 on dev.</summary>
    internal static double[] ChooseCalibration(double[][] raw, StanceLabel[] gold)
    {
        double[] agreeGrid = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.2, 1.4, 1.7, 2.0, 2.5];
        double[] disagreeGrid = [0.6, 0.8, 1.0, 1.3, 1.6, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0];
        double[] unrelatedGrid = [0.5, 0.7, 0.85, 1.0, 1.2, 1.5, 2.0];
        double[] best = [1, 1, 1, 1];
        double bestValue = Objective(Evaluate(raw, gold, best));
        foreach (double a in agreeGrid)
        {
            foreach (double d in disagreeGrid)
            {
                foreach (double u in unrelatedGrid)
                {
                    double[] c = [a, d, 1, u];
                    double value = Objective(Evaluate(raw, gold, c));
                    if (value > bestValue + 1e-9)
                    {
                        bestValue = value;
                        best = c;
                    }
                }
            }
        }

        return best;
    }

    private static double Objective(FncMetrics m) => m.RelativeScore + 100 * m.MacroF1;
}
