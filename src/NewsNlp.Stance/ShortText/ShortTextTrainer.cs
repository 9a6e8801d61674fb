using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsNlp.Documents;
using NewsNlp.Stance.Features;
using NewsNlp.Stance.Fnc;

namespace NewsNlp.Stance.ShortText;

/// <summary>A labelled (target, text) pair used for training, with its group (claim or body) and weight.</summary>
internal sealed record LabelledPair(string Target, string Text, StanceLabel Label, float Weight);

/// <summary>A weakly labelled FNC-1 sentence pair and the body it was cut from (a fold leaves out bodies of its held-out headlines).</summary>
internal sealed record FncSentencePair(LabelledPair Pair, int BodyId);

/// <summary>What <see cref="ShortTextTrainer"/> returns.</summary>
/// <param name="Model">The trained model.</param>
/// <param name="DevAccuracy">Cross-validated Emergent accuracy (folds by claim; three classes, an unrelated prediction is wrong) of the chosen settings.</param>
/// <param name="DevMacroF1">Cross-validated Emergent macro-F1 over agree, disagree, discuss.</param>
/// <param name="DevRelatedness">Cross-validated accuracy of related-vs-unrelated on held-out pairs and their sampled unrelated pairings.</param>
/// <param name="DevPairs">The Emergent pairs of the first fold (by claim): the model trained with <see cref="ShortTextTrainingOptions.RefitOnAll"/> false leaves them out.</param>
public sealed record ShortTextTrainingResult(ShortTextStanceModel Model, double DevAccuracy, double DevMacroF1, double DevRelatedness, IReadOnlyList<EmergentPair> DevPairs);

/// <summary>
/// Trains <see cref="ShortTextStanceModel"/>: Emergent train pairs, unrelated pairs made by pairing each headline with another
/// claim, and optionally FNC-1 train bodies cut into sentences with weak labels (the sentence that best matches the headline
/// takes the pair's label). Settings are chosen by cross-validation over folds of Emergent train claims (each fold a dev
/// split carved by claim), then the model is refitted on all of Emergent train. Deterministic for given data and options.
/// </summary>
public static class ShortTextTrainer
{
    /// <summary>Trains a model.</summary>
    /// <param name="emergentTrain">Emergent train-split pairs (never the test split).</param>
    /// <param name="lexiconFolder">The lexicon folder (as <c>../shared/data/lexicons</c>), or null for no polarity or antonym table.</param>
    /// <param name="fnc">FNC-1 train data, or null.</param>
    /// <param name="excludedHeadlines">FNC-1 headlines (any case) whose pairs and bodies must not be used (e.g. Emergent test claims and headlines).</param>
    /// <param name="options">Settings.</param>
    /// <param name="logger">Receives the progress lines and each dev grid point (Information); none when null.</param>
    /// <param name="cancellationToken">Cancels training.</param>
    public static ShortTextTrainingResult Train(IReadOnlyList<EmergentPair> emergentTrain, string? lexiconFolder, FncData? fnc, IEnumerable<string> excludedHeadlines, ShortTextTrainingOptions? options = null, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emergentTrain);
        ArgumentNullException.ThrowIfNull(excludedHeadlines);
        options ??= new ShortTextTrainingOptions();
        if (emergentTrain.Any(p => p.Split != "train"))
        {
            throw new ArgumentException("Only Emergent train-split pairs may be used for training.", nameof(emergentTrain));
        }

        ILogger log = logger ?? NullLogger.Instance;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        StanceLexicon lexicon = lexiconFolder is null ? StanceLexicon.Empty : StanceLexicon.Build(lexiconFolder);
        ShortTextTrainingLog.Lexicon(log, lexicon.PolarityCount, lexicon.AntonymCount);

        // Folds of claims: a seeded shuffle of the sorted claim ids; fold 0 is "the dev split" (--no-refit keeps the rest).
        int folds = Math.Max(2, options.CrossValidationFolds);
        string[] claims = [.. emergentTrain.Select(p => p.ClaimId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        new Random(options.Seed).Shuffle(claims);
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < claims.Length; i++)
        {
            foldOf[claims[i]] = i % folds;
        }

        List<EmergentPair> train = [.. emergentTrain.Where(p => foldOf[p.ClaimId] != 0)];
        List<EmergentPair> dev = [.. emergentTrain.Where(p => foldOf[p.ClaimId] == 0)];
        var exclude = new HashSet<string>(excludedHeadlines.Select(Normalize), StringComparer.Ordinal);
        List<FncSentencePair> fncPairs = fnc is null ? [] : WeakFncPairs(fnc, exclude, options.FncTargetsAsClaims ? ClaimsOfHeadlines(emergentTrain) : null, options, log, cancellationToken);
        ShortTextTrainingLog.Data(log, emergentTrain.Count, claims.Length, folds, options.Seed, fncPairs.Count);

        var prepared = new Dictionary<string, PreparedText>(StringComparer.Ordinal);
        PreparedText Prep(string s)
        {
            if (!prepared.TryGetValue(s, out PreparedText? p))
            {
                prepared[s] = p = ShortTextStanceClassifier.Prepare(s);
            }

            return p;
        }

        Func<string, float[]?> Vec = _ => null;
        if (options.Embedder is ITextEmbedder embedder)
        {
            IEnumerable<string> all = emergentTrain.SelectMany(p => new[] { p.Claim, p.Headline }).Concat(fncPairs.SelectMany(p => new[] { p.Pair.Target, p.Pair.Text }));
            var embedWatch = System.Diagnostics.Stopwatch.StartNew();
            Dictionary<string, float[]> vectors = ShortTextStanceClassifier.EmbedDistinct(embedder, all, cancellationToken);
            ShortTextTrainingLog.Encoded(log, vectors.Count, embedder.Name, embedWatch.Elapsed.TotalSeconds);
            Vec = s => vectors[ShortTextStanceClassifier.Cut(s)];
        }

        // Each fold: its claims held out, the rest (and the FNC-1 sentences of no held-out claim or headline) for training.
        var foldData = new List<(List<EmergentPair> Train, List<LabelledPair> Negatives, List<LabelledPair> Fnc, List<LabelledPair> Held)>(folds);
        for (int f = 0; f < folds; f++)
        {
            List<EmergentPair> rest = [.. emergentTrain.Where(p => foldOf[p.ClaimId] != f)];
            List<EmergentPair> held = [.. emergentTrain.Where(p => foldOf[p.ClaimId] == f)];
            var heldText = new HashSet<string>(held.SelectMany(p => new[] { Normalize(p.Claim), Normalize(p.Headline) }), StringComparer.Ordinal);
            var heldBodies = new HashSet<int>(fnc?.Stances.Where(s => heldText.Contains(Normalize(s.Headline))).Select(s => s.BodyId) ?? []);
            foldData.Add((rest, Unrelated(rest, options.UnrelatedPerText, options.Seed),
                [.. fncPairs.Where(p => !heldBodies.Contains(p.BodyId) && !heldText.Contains(Normalize(p.Pair.Target))).Select(p => p.Pair)],
                [.. held.Select(p => new LabelledPair(p.Claim, p.Headline, p.Label, 1)), .. Unrelated(held, options.UnrelatedPerText, options.Seed + 1)]));
        }

        (double L2, double Fnc, double Disagree, double UnrelatedBias, int MinTargets) best = (options.L2Grid[0], options.FncWeightGrid[0], options.DisagreeWeightGrid[0], options.UnrelatedBiasGrid[0], options.MinFeatureTargetsGrid[0]);
        (double Accuracy, double MacroF1, double Related) bestScore = (-1, -1, -1);
        List<OutOfFoldPrediction> bestOutOfFold = [];
        foreach (double fncWeight in fncPairs.Count == 0 ? [0.0] : options.FncWeightGrid)
        {
            foreach (double disagree in options.DisagreeWeightGrid)
            {
                foreach ((double l2, int minTargets) in options.L2Grid.SelectMany(l2 => options.MinFeatureTargetsGrid.Select(m => (l2, m))))
                {
                    var scores = options.UnrelatedBiasGrid.Select(_ => new DevScore()).ToArray();
                    var outOfFold = options.UnrelatedBiasGrid.Select(_ => new List<OutOfFoldPrediction>()).ToArray();
                    for (int f = 0; f < folds; f++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var data = foldData[f];
                        ShortTextStanceModel fitted = Fit(Assemble(data.Train, data.Negatives, data.Fnc, fncWeight, disagree), lexicon, l2, minTargets, options, Prep, Vec, string.Empty);
                        for (int b = 0; b < scores.Length; b++)
                        {
                            ShortTextStanceModel biased = fitted.WithUnrelatedBias(options.UnrelatedBiasGrid[b]);
                            foreach (LabelledPair p in data.Held)
                            {
                                double[] probabilities = [.. biased.Predict(Prep(p.Target), Prep(p.Text), Vec(p.Target), Vec(p.Text)).Probabilities];
                                scores[b].Add(p.Label, probabilities);
                                if (p.Label != StanceLabel.Unrelated)
                                {
                                    outOfFold[b].Add(new OutOfFoldPrediction(probabilities, (int)p.Label, f));
                                }
                            }
                        }
                    }

                    for (int b = 0; b < scores.Length; b++)
                    {
                        (double acc, double f1, double related) = scores[b].Metrics();
                        ShortTextTrainingLog.GridPoint(log, l2, minTargets, fncWeight, disagree, options.UnrelatedBiasGrid[b], 100 * acc, 100 * f1, 100 * related);
                        if (acc + f1 + (0.25 * related) > bestScore.Accuracy + bestScore.MacroF1 + (0.25 * bestScore.Related) + 1e-9)
                        {
                            bestScore = (acc, f1, related);
                            best = (l2, fncWeight, disagree, options.UnrelatedBiasGrid[b], minTargets);
                            bestOutOfFold = outOfFold[b];
                        }
                    }
                }
            }
        }

        ShortTextTrainingLog.Chosen(log, folds, best.L2, best.MinTargets, best.Fnc, best.Disagree, best.UnrelatedBias, 100 * bestScore.Accuracy, 100 * bestScore.MacroF1, 100 * bestScore.Related);

        // Offsets of the disagree and discuss logits: chosen on the same out-of-fold probabilities for macro-F1 (and nested).
        ClassOffsets? offsets = null;
        List<(double[] Probabilities, int Gold)> calibrationSet = [.. bestOutOfFold.Select(p => (p.Probabilities, p.Gold))];
        if (options.ClassOffsetGrid.Count > 0 && bestOutOfFold.Count > 0)
        {
            offsets = ClassOffsetSearch.Choose(bestOutOfFold, [.. options.ClassOffsetGrid]);
            ShortTextTrainingLog.Offsets(log, offsets.Disagree, offsets.Discuss, folds, 100 * offsets.Accuracy, 100 * offsets.MacroF1, 100 * offsets.NestedAccuracy, 100 * offsets.NestedMacroF1);
            calibrationSet = [.. bestOutOfFold.Select(p => (ClassOffsetSearch.Apply(p.Probabilities, offsets.Disagree, offsets.Discuss), p.Gold))];
        }

        // Temperature: fitted on the chosen settings' out-of-fold probabilities of every Emergent train headline.
        double temperature = 1;
        if (options.FitTemperature && calibrationSet.Count > 0)
        {
            temperature = StanceCalibration.FitTemperature(calibrationSet);
            double before = StanceCalibration.ExpectedCalibrationError(calibrationSet, 1), after = StanceCalibration.ExpectedCalibrationError(calibrationSet, temperature);
            double accuracy = calibrationSet.Average(p => Array.IndexOf(p.Probabilities, p.Probabilities.Max()) == p.Gold ? 1.0 : 0.0);
            ShortTextTrainingLog.Temperature(log, temperature, folds, calibrationSet.Count, 100 * accuracy, before, after);
        }

        List<EmergentPair> final = options.RefitOnAll ? [.. emergentTrain] : foldData[0].Train;
        List<LabelledPair> finalNegatives = options.RefitOnAll ? Unrelated(final, options.UnrelatedPerText, options.Seed) : foldData[0].Negatives;
        List<LabelledPair> finalFnc = options.RefitOnAll ? [.. fncPairs.Select(p => p.Pair)] : foldData[0].Fnc;
        string description = string.Create(CultureInfo.InvariantCulture,
            $"Emergent train ({final.Count} pairs{(options.RefitOnAll ? string.Empty : ", without dev fold")}) + {finalNegatives.Count} unrelated pairings{(best.Fnc > 0 ? $" + {finalFnc.Count} weak FNC-1 sentences x{best.Fnc:G2}" : string.Empty)}; l2 {best.L2:G2}, features seen with >= {best.MinTargets} targets, disagree x{best.Disagree:G2}, unrelated bias {best.UnrelatedBias:G2}, opinion weight {options.OpinionWeight:G2}{(options.Embedder is null ? string.Empty : $", encoder {options.Embedder.Name}")}, {options.Epochs} epochs, seed {options.Seed}, temperature {temperature:F2}; {folds}-fold cross-validated (by claim) accuracy {100 * bestScore.Accuracy:F1} macro-F1 {100 * bestScore.MacroF1:F1}{(offsets is null ? string.Empty : $"; class offsets disagree {offsets.Disagree:G3} discuss {offsets.Discuss:G3} (nested cross-validated accuracy {100 * offsets.NestedAccuracy:F1} macro-F1 {100 * offsets.NestedMacroF1:F1})")}");
        ShortTextStanceModel model = Fit(Assemble(final, finalNegatives, finalFnc, best.Fnc, best.Disagree), lexicon, best.L2, best.MinTargets, options, Prep, Vec, description).WithUnrelatedBias(best.UnrelatedBias).WithClassOffsets(offsets?.Disagree ?? 0, offsets?.Discuss ?? 0).WithTemperature(temperature);
        ShortTextTrainingLog.Trained(log, watch.Elapsed.TotalSeconds, model.FeatureCount);
        return new ShortTextTrainingResult(model, bestScore.Accuracy, bestScore.MacroF1, bestScore.Related, dev);
    }

    /// <summary>Pooled three-class confusion of held-out Emergent pairs and related-vs-unrelated counts over them and their pairings.</summary>
    private sealed class DevScore
    {
        private readonly int[,] _confusion = new int[3, 4];
        private int _all, _relatedRight;

        public void Add(StanceLabel gold, double[] probabilities)
        {
            StanceLabel predicted = new StancePrediction(probabilities).Label;
            _all++;
            if ((gold == StanceLabel.Unrelated) == (predicted == StanceLabel.Unrelated))
            {
                _relatedRight++;
            }

            if (gold != StanceLabel.Unrelated)
            {
                _confusion[(int)gold, (int)predicted]++;
            }
        }

        public (double Accuracy, double MacroF1, double Relatedness) Metrics() => (Accuracy(_confusion), MacroF1(_confusion), _all == 0 ? 0 : (double)_relatedRight / _all);
    }

    /// <summary>Three-class accuracy of a gold × predicted confusion (an unrelated prediction is wrong).</summary>
    private static double Accuracy(int[,] confusion)
    {
        double right = 0, all = 0;
        for (int k = 0; k < 3; k++)
        {
            right += confusion[k, k];
            for (int j = 0; j < 4; j++)
            {
                all += confusion[k, j];
            }
        }

        return all == 0 ? 0 : right / all;
    }

    /// <summary>Macro-F1 over agree, disagree and discuss of a gold × predicted confusion.</summary>
    private static double MacroF1(int[,] confusion)
    {
        double f1 = 0;
        for (int k = 0; k < 3; k++)
        {
            int predictedK = confusion[0, k] + confusion[1, k] + confusion[2, k];
            int goldK = confusion[k, 0] + confusion[k, 1] + confusion[k, 2] + confusion[k, 3];
            double precision = predictedK == 0 ? 0 : (double)confusion[k, k] / predictedK;
            double recall = goldK == 0 ? 0 : (double)confusion[k, k] / goldK;
            f1 += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        return f1 / 3;
    }

    private static List<LabelledPair> Assemble(List<EmergentPair> emergent, List<LabelledPair> negatives, List<LabelledPair> fnc, double fncWeight, double disagreeWeight)
    {
        var pairs = new List<LabelledPair>(emergent.Count + negatives.Count + fnc.Count);
        pairs.AddRange(emergent.Select(p => new LabelledPair(p.Claim, p.Headline, p.Label, p.Label == StanceLabel.Disagree ? (float)disagreeWeight : 1)));
        pairs.AddRange(negatives);
        if (fncWeight > 0)
        {
            pairs.AddRange(fnc.Select(p => p with { Weight = (float)(p.Weight * fncWeight * (p.Label == StanceLabel.Disagree ? disagreeWeight : 1)) }));
        }

        return pairs;
    }

    private static ShortTextStanceModel Fit(List<LabelledPair> pairs, StanceLexicon lexicon, double l2, int minTargets, ShortTextTrainingOptions options, Func<string, PreparedText> prepare, Func<string, float[]?> vector, string description)
    {
        IdfTable idf = IdfTable.Learn(pairs.Select(p => p.Target).Concat(pairs.Select(p => p.Text)).Distinct(StringComparer.Ordinal).Select(prepare), 1, CancellationToken.None);
        var featurizer = new ShortTextFeaturizer(lexicon, idf);
        var featurized = new List<PairFeature>[pairs.Count];
        for (int i = 0; i < pairs.Count; i++)
        {
            featurized[i] = featurizer.Featurize(prepare(pairs[i].Target), prepare(pairs[i].Text), vector(pairs[i].Target), vector(pairs[i].Text));
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var targets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (int i = 0; i < featurized.Length; i++)
        {
            foreach (string name in featurized[i].Select(f => f.Name).Distinct(StringComparer.Ordinal))
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
                if (!targets.TryGetValue(name, out HashSet<string>? set))
                {
                    targets[name] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(pairs[i].Target);
            }
        }

        string[] names = [.. counts.Where(c => c.Value >= options.MinFeatureCount && targets[c.Key].Count >= minTargets && (options.EncoderVectors || !IsVectorFeature(c.Key))).Select(c => c.Key).Order(StringComparer.Ordinal)];
        var index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        foreach (string name in names)
        {
            index[name] = index.Count;
        }

        var examples = new List<SparseExample>(pairs.Count);
        for (int i = 0; i < pairs.Count; i++)
        {
            var merged = new SortedDictionary<int, float>();
            foreach (PairFeature f in featurized[i])
            {
                if (index.TryGetValue(f.Name, out int at))
                {
                    merged[at] = merged.GetValueOrDefault(at) + f.Value;
                }
            }

            examples.Add(new SparseExample([.. merged.Keys], [.. merged.Values], (int)pairs[i].Label, pairs[i].Weight));
        }

        (float[] weights, float[] bias) = SoftmaxRegression.Fit(examples, names.Length, StanceLabels.Count, l2, options.Epochs, options.LearningRate, options.Seed);
        for (int extra = 1; extra < options.AveragedSeeds; extra++)
        {
            // Another shuffle order (seed + extra); the weights of all fits are averaged into one linear model.
            (float[] w, float[] b) = SoftmaxRegression.Fit(examples, names.Length, StanceLabels.Count, l2, options.Epochs, options.LearningRate, options.Seed + extra);
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] += w[i];
            }

            for (int k = 0; k < bias.Length; k++)
            {
                bias[k] += b[k];
            }
        }

        if (options.AveragedSeeds > 1)
        {
            float scale = 1f / options.AveragedSeeds;
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] *= scale;
            }

            for (int k = 0; k < bias.Length; k++)
            {
                bias[k] *= scale;
            }
        }

        return new ShortTextStanceModel(names, weights, bias, idf, lexicon, description, options.OpinionWeight, 0, options.Embedder?.Name);
    }

    /// <summary>A value of the text's encoder vector or of the claim × text product ("et12", "ep12").</summary>
    internal static bool IsVectorFeature(string name) =>
        name.Length > 2 && name[0] == 'e' && name[1] is 't' or 'p' && name.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;

        /// <summary>Each pair's headline against claims of other claim groups in the same list: unrelated.</summary>
    private static List<LabelledPair> Unrelated(List<EmergentPair> pairs, int perText, int seed)
    {
        var rng = new Random(seed);
        string[] claimIds = [.. pairs.Select(p => p.ClaimId).Distinct(StringComparer.Ordinal)];
        Dictionary<string, string> claimText = pairs.GroupBy(p => p.ClaimId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Claim, StringComparer.Ordinal);
        var result = new List<LabelledPair>();
        if (claimIds.Length < 2)
        {
            return result;
        }

        foreach (EmergentPair p in pairs)
        {
            for (int k = 0; k < perText; k++)
            {
                string other;
                do
                {
                    other = claimIds[rng.Next(claimIds.Length)];
                }
                while (other == p.ClaimId);
                result.Add(new LabelledPair(claimText[other], p.Headline, StanceLabel.Unrelated, 1));
            }
        }

        return result;
    }

    /// <summary>
    /// FNC-1 pairs cut to one sentence: the body sentence sharing most (IDF-weighted) of the headline's words takes the pair's
    /// label when it shares at least <see cref="ShortTextTrainingOptions.FncMinOverlap"/>; every n-th unrelated pair gives its best
    /// sentence as unrelated. Pairs whose headline is excluded, and every pair on a body that such a headline is paired with (in any pair), are skipped.
    /// </summary>
    /// <summary>Each Emergent train headline (normalised) that belongs to exactly one claim, with that claim.</summary>
    private static Dictionary<string, string> ClaimsOfHeadlines(IReadOnlyList<EmergentPair> emergentTrain) =>
        emergentTrain.GroupBy(p => Normalize(p.Headline), StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Claim).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Claim, StringComparer.Ordinal);

    /// <summary>
    /// The weakly labelled FNC-1 sentences. With <paramref name="claimOf"/>, only pairs whose headline is an Emergent train
    /// headline are kept, and the target is that headline's claim (the FNC-1 label is the body's stance toward the claim; the
    /// headline is one article's report of it, itself for, against or observing).
    /// </summary>
    private static List<FncSentencePair> WeakFncPairs(FncData fnc, HashSet<string> excludedHeadlines, Dictionary<string, string>? claimOf, ShortTextTrainingOptions options, ILogger log, CancellationToken cancellationToken)
    {
        var excludedBodies = new HashSet<int>(fnc.Stances.Where(s => excludedHeadlines.Contains(Normalize(s.Headline))).Select(s => s.BodyId));
        var sentences = new Dictionary<int, (string Text, PreparedText Prepared)[]>();
        IdfTable idf = IdfTable.Learn(fnc.Bodies.Values.Select(ShortTextStanceClassifier.Prepare), 1, cancellationToken);
        var result = new List<FncSentencePair>();
        int unrelatedSeen = 0, skipped = 0;
        foreach (FncStance s in fnc.Stances)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (excludedBodies.Contains(s.BodyId) || excludedHeadlines.Contains(Normalize(s.Headline)) || s.Stance is not StanceLabel label)
            {
                skipped++;
                continue;
            }

            string target = s.Headline;
            if (claimOf is not null)
            {
                if (!claimOf.TryGetValue(Normalize(s.Headline), out string? claim))
                {
                    continue;
                }

                target = claim;
            }

            if (label == StanceLabel.Unrelated && unrelatedSeen++ % options.FncUnrelatedStride != 0)
            {
                continue;
            }

            if (!sentences.TryGetValue(s.BodyId, out (string Text, PreparedText Prepared)[]? list))
            {
                sentences[s.BodyId] = list = [.. SplitSentences(fnc.Bodies[s.BodyId]).Select(t => (t, ShortTextStanceClassifier.Prepare(t)))];
            }

            PreparedText headline = ShortTextStanceClassifier.Prepare(target);
            double total = headline.ContentCounts.Keys.Sum(k => (double)idf[k]);
            (string Text, double Overlap) bestSentence = (string.Empty, -1);
            foreach ((string text, PreparedText prepared) in list)
            {
                double shared = headline.ContentCounts.Keys.Where(prepared.ContentCounts.ContainsKey).Sum(k => (double)idf[k]);
                double overlap = total <= 0 ? 0 : shared / total;
                if (overlap > bestSentence.Overlap)
                {
                    bestSentence = (text, overlap);
                }
            }

            if (bestSentence.Overlap < 0 || (label != StanceLabel.Unrelated && bestSentence.Overlap < options.FncMinOverlap))
            {
                continue;
            }

            result.Add(new FncSentencePair(new LabelledPair(target, bestSentence.Text, label, 1), s.BodyId));
        }

        ShortTextTrainingLog.WeakFnc(log, excludedBodies.Count, skipped, result.Count);
        return result;
    }

    /// <summary>Splits a body into sentences at line breaks and after '.', '!' or '?' followed by white space (at most 400 characters each; pieces under 20 characters are dropped).</summary>
    internal static IEnumerable<string> SplitSentences(string body)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            bool lineBreak = c is '\n' or '\r';
            if (!lineBreak)
            {
                sb.Append(c);
            }

            bool end = lineBreak || (c is '.' or '!' or '?' && (i + 1 == body.Length || char.IsWhiteSpace(body[i + 1]) || (body[i + 1] is '"' or '\u201D' && (i + 2 == body.Length || char.IsWhiteSpace(body[i + 2])))));
            if ((end || sb.Length >= 400) && sb.ToString().Trim() is { Length: >= 20 } sentence)
            {
                yield return sentence;
                sb.Clear();
            }
            else if (end)
            {
                sb.Clear();
            }
        }

        if (sb.ToString().Trim() is { Length: >= 20 } last)
        {
            yield return last;
        }
    }

    private static string Normalize(string s) => s.Trim().ToLowerInvariant();
}
