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

/// <summary>What <see cref="ShortTextTrainer"/> returns.</summary>
/// <param name="Model">The trained model.</param>
/// <param name="DevAccuracy">Emergent dev accuracy (three classes; an unrelated prediction is wrong) of the chosen settings.</param>
/// <param name="DevMacroF1">Emergent dev macro-F1 over agree, disagree, discuss.</param>
/// <param name="DevRelatedness">Accuracy of related-vs-unrelated on dev pairs and their sampled unrelated pairings.</param>
/// <param name="DevPairs">The Emergent pairs held out as dev (by claim).</param>
public sealed record ShortTextTrainingResult(ShortTextStanceModel Model, double DevAccuracy, double DevMacroF1, double DevRelatedness, IReadOnlyList<EmergentPair> DevPairs);

/// <summary>
/// Trains <see cref="ShortTextStanceModel"/>: Emergent train pairs (a dev split carved by claim), unrelated pairs made by
/// pairing each headline with another claim, and optionally FNC-1 train bodies cut into sentences with weak labels (the
/// sentence that best matches the headline takes the pair's label). Settings are chosen on dev, then the model is refitted
/// on train + dev. Deterministic for given data and options.
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

        // Dev claims: a seeded shuffle of the sorted claim ids.
        string[] claims = [.. emergentTrain.Select(p => p.ClaimId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        new Random(options.Seed).Shuffle(claims);
        var devClaims = new HashSet<string>(claims.Take((int)Math.Round(claims.Length * options.DevFraction)), StringComparer.Ordinal);
        List<EmergentPair> train = [.. emergentTrain.Where(p => !devClaims.Contains(p.ClaimId))];
        List<EmergentPair> dev = [.. emergentTrain.Where(p => devClaims.Contains(p.ClaimId))];
        List<LabelledPair> trainNegatives = Unrelated(train, options.UnrelatedPerText, options.Seed);
        List<LabelledPair> devNegatives = Unrelated(dev, options.UnrelatedPerText, options.Seed + 1);
        var exclude = new HashSet<string>(excludedHeadlines.Select(Normalize), StringComparer.Ordinal);
        foreach (EmergentPair p in dev)
        {
            exclude.Add(Normalize(p.Claim));
            exclude.Add(Normalize(p.Headline));
        }

        List<LabelledPair> fncPairs = fnc is null ? [] : WeakFncPairs(fnc, exclude, options, log, cancellationToken);
        ShortTextTrainingLog.Data(log, train.Count, claims.Length - devClaims.Count, dev.Count, devClaims.Count, options.Seed, trainNegatives.Count, fncPairs.Count);

        var prepared = new Dictionary<string, PreparedText>(StringComparer.Ordinal);
        PreparedText Prep(string s)
        {
            if (!prepared.TryGetValue(s, out PreparedText? p))
            {
                prepared[s] = p = ShortTextStanceClassifier.Prepare(s);
            }

            return p;
        }

        List<LabelledPair> devPairs = [.. dev.Select(p => new LabelledPair(p.Claim, p.Headline, p.Label, 1)), .. devNegatives];
        Func<string, float[]?> Vec = _ => null;
        if (options.Embedder is ITextEmbedder embedder)
        {
            IEnumerable<string> all = train.Concat(dev).SelectMany(p => new[] { p.Claim, p.Headline }).Concat(fncPairs.SelectMany(p => new[] { p.Target, p.Text }));
            var embedWatch = System.Diagnostics.Stopwatch.StartNew();
            Dictionary<string, float[]> vectors = ShortTextStanceClassifier.EmbedDistinct(embedder, all, cancellationToken);
            ShortTextTrainingLog.Encoded(log, vectors.Count, embedder.Name, embedWatch.Elapsed.TotalSeconds);
            Vec = s => vectors[ShortTextStanceClassifier.Cut(s)];
        }

        (double L2, double Fnc, double Disagree, double UnrelatedBias) best = (options.L2Grid[0], options.FncWeightGrid[0], options.DisagreeWeightGrid[0], options.UnrelatedBiasGrid[0]);
        (double Accuracy, double MacroF1, double Related) bestScore = (-1, -1, -1);
        ShortTextStanceModel? bestModel = null;
        if (dev.Count > 0)
        {
            foreach (double fncWeight in fncPairs.Count == 0 ? [0.0] : options.FncWeightGrid)
            {
                foreach (double disagree in options.DisagreeWeightGrid)
                {
                    List<LabelledPair> pairs = Assemble(train, trainNegatives, fncPairs, fncWeight, disagree);
                    foreach (double l2 in options.L2Grid)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        ShortTextStanceModel fitted = Fit(pairs, lexicon, l2, options, Prep, Vec, string.Empty);
                        foreach (double unrelatedBias in options.UnrelatedBiasGrid)
                        {
                            (double acc, double f1, double related) = Evaluate(fitted.WithUnrelatedBias(unrelatedBias), devPairs, Prep, Vec);
                            ShortTextTrainingLog.GridPoint(log, l2, fncWeight, disagree, unrelatedBias, 100 * acc, 100 * f1, 100 * related);
                            if (acc + f1 + (0.25 * related) > bestScore.Accuracy + bestScore.MacroF1 + (0.25 * bestScore.Related) + 1e-9)
                            {
                                bestScore = (acc, f1, related);
                                best = (l2, fncWeight, disagree, unrelatedBias);
                                bestModel = fitted.WithUnrelatedBias(unrelatedBias);
                            }
                        }
                    }
                }
            }

            ShortTextTrainingLog.Chosen(log, best.L2, best.Fnc, best.Disagree, best.UnrelatedBias, 100 * bestScore.Accuracy, 100 * bestScore.MacroF1, 100 * bestScore.Related);
        }

        // Temperature: fitted on out-of-fold probabilities of every Emergent train headline (folds by claim, the chosen
        // settings), not on dev alone: dev chose the settings, so its accuracy (and the model's confidence there) is flattering.
        double temperature = 1;
        if (dev.Count > 0 && options.FitTemperature && options.CalibrationFolds >= 2)
        {
            List<(double[] Probabilities, int Gold)> outOfFold = OutOfFold([.. train, .. dev], fncPairs, lexicon, best, options, Prep, Vec, cancellationToken);
            temperature = StanceCalibration.FitTemperature(outOfFold);
            double before = StanceCalibration.ExpectedCalibrationError(outOfFold, 1), after = StanceCalibration.ExpectedCalibrationError(outOfFold, temperature);
            double accuracy = outOfFold.Average(p => Array.IndexOf(p.Probabilities, p.Probabilities.Max()) == p.Gold ? 1.0 : 0.0);
            ShortTextTrainingLog.Temperature(log, temperature, options.CalibrationFolds, outOfFold.Count, 100 * accuracy, before, after);
        }

        List<EmergentPair> final = options.RefitOnAll ? [.. train, .. dev] : train;
        List<LabelledPair> finalNegatives = options.RefitOnAll ? [.. trainNegatives, .. devNegatives] : trainNegatives;
        string description = string.Create(CultureInfo.InvariantCulture,
            $"Emergent train ({final.Count} pairs{(options.RefitOnAll ? ", train+dev" : string.Empty)}) + {finalNegatives.Count} unrelated pairings{(best.Fnc > 0 ? $" + {fncPairs.Count} weak FNC-1 sentences x{best.Fnc:G2}" : string.Empty)}; l2 {best.L2:G2}, disagree x{best.Disagree:G2}, unrelated bias {best.UnrelatedBias:G2}, opinion weight {options.OpinionWeight:G2}{(options.Embedder is null ? string.Empty : $", encoder {options.Embedder.Name}")}, {options.Epochs} epochs, seed {options.Seed}, temperature {temperature:F2}; dev accuracy {100 * bestScore.Accuracy:F1} macro-F1 {100 * bestScore.MacroF1:F1}");
        ShortTextStanceModel model = Fit(Assemble(final, finalNegatives, fncPairs, best.Fnc, best.Disagree), lexicon, best.L2, options, Prep, Vec, description).WithUnrelatedBias(best.UnrelatedBias).WithTemperature(temperature);
        ShortTextTrainingLog.Trained(log, watch.Elapsed.TotalSeconds, model.FeatureCount);
        return new ShortTextTrainingResult(model, bestScore.Accuracy, bestScore.MacroF1, bestScore.Related, dev);
    }

    /// <summary>
    /// Probabilities of every pair of <paramref name="pairs"/> from a model fitted (with the chosen settings) without its claim:
    /// <see cref="ShortTextTrainingOptions.CalibrationFolds"/> folds of claims (a seeded shuffle).
    /// </summary>
    private static List<(double[] Probabilities, int Gold)> OutOfFold(List<EmergentPair> pairs, List<LabelledPair> fncPairs, StanceLexicon lexicon,
        (double L2, double Fnc, double Disagree, double UnrelatedBias) settings, ShortTextTrainingOptions options, Func<string, PreparedText> prepare, Func<string, float[]?> vector, CancellationToken cancellationToken)
    {
        string[] claims = [.. pairs.Select(p => p.ClaimId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        new Random(options.Seed + 2).Shuffle(claims);
        var fold = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < claims.Length; i++)
        {
            fold[claims[i]] = i % options.CalibrationFolds;
        }

        var result = new List<(double[], int)>();
        for (int f = 0; f < options.CalibrationFolds; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<EmergentPair> rest = [.. pairs.Where(p => fold[p.ClaimId] != f)];
            ShortTextStanceModel model = Fit(Assemble(rest, Unrelated(rest, options.UnrelatedPerText, options.Seed), fncPairs, settings.Fnc, settings.Disagree), lexicon, settings.L2, options, prepare, vector, string.Empty)
                .WithUnrelatedBias(settings.UnrelatedBias);
            foreach (EmergentPair p in pairs.Where(p => fold[p.ClaimId] == f))
            {
                result.Add(([.. model.Predict(prepare(p.Claim), prepare(p.Headline), vector(p.Claim), vector(p.Headline)).Probabilities], (int)p.Label));
            }
        }

        return result;
    }

    /// <summary>Three-class accuracy and macro-F1 on the related dev pairs, and related-vs-unrelated accuracy on all dev pairs.</summary>
    internal static (double Accuracy, double MacroF1, double Relatedness) Evaluate(ShortTextStanceModel model, IReadOnlyList<LabelledPair> pairs, Func<string, PreparedText> prepare, Func<string, float[]?>? vector = null)
    {
        var confusion = new int[3, 4];
        int related = 0, relatedRight = 0, all = 0;
        foreach (LabelledPair p in pairs)
        {
            StanceLabel predicted = model.Predict(prepare(p.Target), prepare(p.Text), vector?.Invoke(p.Target), vector?.Invoke(p.Text)).Label;
            all++;
            if ((p.Label == StanceLabel.Unrelated) == (predicted == StanceLabel.Unrelated))
            {
                relatedRight++;
            }

            if (p.Label != StanceLabel.Unrelated)
            {
                related++;
                confusion[(int)p.Label, (int)predicted]++;
            }
        }

        double right = 0, f1 = 0;
        for (int k = 0; k < 3; k++)
        {
            right += confusion[k, k];
            int predictedK = confusion[0, k] + confusion[1, k] + confusion[2, k];
            int goldK = confusion[k, 0] + confusion[k, 1] + confusion[k, 2] + confusion[k, 3];
            double precision = predictedK == 0 ? 0 : (double)confusion[k, k] / predictedK;
            double recall = goldK == 0 ? 0 : (double)confusion[k, k] / goldK;
            f1 += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        return (related == 0 ? 0 : right / related, f1 / 3, all == 0 ? 0 : (double)relatedRight / all);
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

    private static ShortTextStanceModel Fit(List<LabelledPair> pairs, StanceLexicon lexicon, double l2, ShortTextTrainingOptions options, Func<string, PreparedText> prepare, Func<string, float[]?> vector, string description)
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

        string[] names = [.. counts.Where(c => c.Value >= options.MinFeatureCount && targets[c.Key].Count >= options.MinFeatureTargets).Select(c => c.Key).Order(StringComparer.Ordinal)];
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
        return new ShortTextStanceModel(names, weights, bias, idf, lexicon, description, options.OpinionWeight, 0, options.Embedder?.Name);
    }

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
    private static List<LabelledPair> WeakFncPairs(FncData fnc, HashSet<string> excludedHeadlines, ShortTextTrainingOptions options, ILogger log, CancellationToken cancellationToken)
    {
        var excludedBodies = new HashSet<int>(fnc.Stances.Where(s => excludedHeadlines.Contains(Normalize(s.Headline))).Select(s => s.BodyId));
        var sentences = new Dictionary<int, (string Text, PreparedText Prepared)[]>();
        IdfTable idf = IdfTable.Learn(fnc.Bodies.Values.Select(ShortTextStanceClassifier.Prepare), 1, cancellationToken);
        var result = new List<LabelledPair>();
        int unrelatedSeen = 0, skipped = 0;
        foreach (FncStance s in fnc.Stances)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (excludedBodies.Contains(s.BodyId) || excludedHeadlines.Contains(Normalize(s.Headline)) || s.Stance is not StanceLabel label)
            {
                skipped++;
                continue;
            }

            if (label == StanceLabel.Unrelated && unrelatedSeen++ % options.FncUnrelatedStride != 0)
            {
                continue;
            }

            if (!sentences.TryGetValue(s.BodyId, out (string Text, PreparedText Prepared)[]? list))
            {
                sentences[s.BodyId] = list = [.. SplitSentences(fnc.Bodies[s.BodyId]).Select(t => (t, ShortTextStanceClassifier.Prepare(t)))];
            }

            PreparedText headline = ShortTextStanceClassifier.Prepare(s.Headline);
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

            result.Add(new LabelledPair(s.Headline, bestSentence.Text, label, 1));
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
