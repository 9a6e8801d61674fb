using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsNlp.Documents;
using NewsNlp.Learning;

namespace NewsNlp.Entities.Training;

/// <summary>
/// Trains the perceptron recognizer on CoNLL-format documents: structured averaged perceptron, Viterbi under BILOU
/// constraints, document features fed by the model's own predictions (two passes), epoch chosen on dev F1.
/// Deterministic: documents are shuffled with a seeded generator and every feature is a stable hash.
/// </summary>
public static class NerTrainer
{
    private const int K = BilouLabels.Count;

    /// <summary>Trains a recognizer; progress (dev F1 per epoch) is logged at Information to <paramref name="logger"/>.</summary>
    public static PerceptronEntityRecognizer Train(
        IReadOnlyList<ConllDocument> train,
        IReadOnlyList<ConllDocument> dev,
        NerTrainingOptions options,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        ILogger log = logger ?? NullLogger.Instance;

        NerLexicon lexicon = NerLexiconBuilder.Build(options, train, log, cancellationToken);
        return Train(train, dev, options, lexicon, log, cancellationToken);
    }

    internal static PerceptronEntityRecognizer Train(
        IReadOnlyList<ConllDocument> train,
        IReadOnlyList<ConllDocument> dev,
        NerTrainingOptions options,
        NerLexicon lexicon,
        ILogger log,
        CancellationToken cancellationToken)
    {
        var settings = new NerModelSettings { DocumentFeatures = options.DocumentFeatures, SecondPass = options.DocumentFeatures && options.SecondPass };
        var buckets = new AveragedPerceptron(K, options.BucketBits);
        var prepared = train.Select(d => Prepared.Create(d, lexicon, buckets)).Where(p => p.Sentences.Length > 0).ToArray();
        var devSet = dev.Select(d => (Doc: d.ToNewsDocument(), Gold: d)).ToArray();
        if (log.IsEnabled(LogLevel.Information))
        {
            int tokens = prepared.Sum(p => p.Facts.Length);
            NerTrainingLog.Start(log, prepared.Length, tokens, devSet.Length, lexicon.Clusters.Count, lexicon.Gazetteer.Count);
        }

        var runs = new List<NerModel>();
        for (int run = 0; run < Math.Max(1, options.Runs); run++)
        {
            runs.Add(TrainRun(prepared, devSet, options, options.Seed + run, lexicon, settings, log, cancellationToken));
        }

        if (runs.Count == 1)
        {
            return new PerceptronEntityRecognizer(runs[0]);
        }

        var mean = new NerModel(
            AveragedPerceptron.Mean(runs.ConvertAll(r => r.Emissions)),
            AveragedPerceptron.Mean(runs.ConvertAll(r => r.Transitions)),
            lexicon,
            settings);
        if (log.IsEnabled(LogLevel.Information))
        {
            NerEvaluation meanDev = Evaluate(new PerceptronEntityRecognizer(mean), devSet, cancellationToken);
            NerTrainingLog.Mean(log, runs.Count, meanDev);
        }
        return new PerceptronEntityRecognizer(mean);
    }

    private static NerModel TrainRun(
        Prepared[] prepared,
        (NewsDocument Doc, ConllDocument Gold)[] devSet,
        NerTrainingOptions options,
        int seed,
        NerLexicon lexicon,
        NerModelSettings settings,
        ILogger log,
        CancellationToken cancellationToken)
    {
        var emissions = new AveragedPerceptron(K, options.BucketBits);
        var transitions = new AveragedPerceptron(K, 5);
        var random = new Random(seed);
        int[] order = Enumerable.Range(0, prepared.Length).ToArray();
        NerModel? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        var counts = new DocumentLabelCounts();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            int errors = 0;
            foreach (int d in order)
            {
                errors += TrainDocument(prepared[d], emissions, transitions, settings, counts);
            }

            var model = new NerModel(emissions.AveragedCopy(), transitions.AveragedCopy(), lexicon, settings);
            NerEvaluation eval = Evaluate(new PerceptronEntityRecognizer(model), devSet, cancellationToken);
            NerTrainingLog.Epoch(log, seed, epoch, errors, eval);
            if (eval.F1 > bestF1)
            {
                bestF1 = eval.F1;
                best = model;
                bestEpoch = epoch;
            }
            else if (epoch - bestEpoch >= options.Patience)
            {
                break;
            }
        }

        NerTrainingLog.Kept(log, seed, bestEpoch, bestF1);
        return best!;
    }

    /// <summary>Scores <paramref name="recognizer"/> on CoNLL documents (exact span F1).</summary>
    public static NerEvaluation Evaluate(PerceptronEntityRecognizer recognizer, IEnumerable<ConllDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(documents);
        return Evaluate(recognizer, documents.Select(d => (d.ToNewsDocument(), d)), cancellationToken);
    }

    private static NerEvaluation Evaluate(PerceptronEntityRecognizer recognizer, IEnumerable<(NewsDocument Doc, ConllDocument Gold)> documents, CancellationToken cancellationToken)
    {
        var eval = new NerEvaluation();
        foreach ((NewsDocument doc, ConllDocument gold) in documents)
        {
            int[] labels = recognizer.Tag(doc, cancellationToken);
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                TokenRange range = doc.Sentences[s];
                eval.Add(BilouLabels.SpansFromTags(gold.Sentences[s].Tags), BilouLabels.ToSpans(labels.AsSpan(range.FirstToken, range.TokenCount)));
            }
        }

        return eval;
    }

    private static int TrainDocument(Prepared doc, AveragedPerceptron emissions, AveragedPerceptron transitions, NerModelSettings settings, DocumentLabelCounts counts)
    {
        int errors = 0;
        counts.Clear();
        int[] pass1 = doc.Predicted;
        foreach (TokenRange s in doc.Sentences)
        {
            errors += TrainSentence(doc, s, emissions, transitions, settings.DocumentFeatures ? counts : null, useOwnLabel: false, pass1);
            if (settings.DocumentFeatures)
            {
                for (int i = s.FirstToken; i < s.EndToken; i++)
                {
                    counts.Add(doc.Facts[i], pass1[i]);
                }
            }
        }

        if (settings.DocumentFeatures && settings.SecondPass)
        {
            int[] pass2 = new int[pass1.Length];
            foreach (TokenRange s in doc.Sentences)
            {
                pass1.AsSpan(s.FirstToken, s.TokenCount).CopyTo(pass2.AsSpan(s.FirstToken));
                _ = TrainSentence(doc, s, emissions, transitions, counts, useOwnLabel: true, pass2);
            }
        }

        return errors;
    }

    /// <summary>
    /// Decodes one sentence with the current weights and applies the structured perceptron update.
    /// <paramref name="predicted"/> holds, on entry, the labels to leave out of the counts (second pass), and on exit the prediction.
    /// </summary>
    private static int TrainSentence(Prepared doc, TokenRange s, AveragedPerceptron emissions, AveragedPerceptron transitions, DocumentLabelCounts? counts, bool useOwnLabel, int[] predicted)
    {
        int m = s.TokenCount;
        float[] scores = new float[m * K];
        int[] docBuckets = new int[m * NerFeatures.MaxDocument];
        int[] docCounts = new int[m];
        Span<int> c5 = stackalloc int[5];
        Span<ulong> hashes = stackalloc ulong[NerFeatures.MaxDocument];
        for (int t = 0; t < m; t++)
        {
            int i = s.FirstToken + t;
            Span<float> row = scores.AsSpan(t * K, K);
            emissions.AddScores(doc.LocalBuckets(i), row);
            if (counts is not null)
            {
                counts.Get(doc.Facts[i], useOwnLabel ? predicted[i] : -1, c5);
                docCounts[t] = NerDecoder.AddDocumentScores(emissions, doc.Facts[i], c5, hashes, docBuckets.AsSpan(t * NerFeatures.MaxDocument, NerFeatures.MaxDocument), row);
            }
        }

        float[] table = NerModel.BuildTransitionTable(transitions);
        Span<int> guess = predicted.AsSpan(s.FirstToken, m);
        NerDecoder.Viterbi(scores, m, table, guess);
        ReadOnlySpan<int> gold = doc.Gold.AsSpan(s.FirstToken, m);
        int errors = 0;
        for (int t = 0; t < m; t++)
        {
            int g = gold[t], p = guess[t];
            if (g != p)
            {
                errors++;
                int i = s.FirstToken + t;
                emissions.Update(doc.LocalBuckets(i), g, p);
                emissions.Update(docBuckets.AsSpan(t * NerFeatures.MaxDocument, docCounts[t]), g, p);
            }

            int gPrev = t == 0 ? NerModel.StartRow : gold[t - 1];
            int pPrev = t == 0 ? NerModel.StartRow : guess[t - 1];
            if (gPrev != pPrev || g != p)
            {
                transitions.Adjust(gPrev, g, 1f);
                transitions.Adjust(pPrev, p, -1f);
            }
        }

        if (gold[m - 1] != guess[m - 1])
        {
            transitions.Adjust(NerModel.EndRow, gold[m - 1], 1f);
            transitions.Adjust(NerModel.EndRow, guess[m - 1], -1f);
        }

        emissions.Tick();
        transitions.Tick();
        return errors;
    }

    /// <summary>A training document with its features computed once.</summary>
    private sealed class Prepared
    {
        private int[] _bucketStart = [];
        private int[] _buckets = [];

        public TokenFacts[] Facts { get; private set; } = [];

        public int[] Gold { get; private set; } = [];

        public int[] Predicted { get; private set; } = [];

        public TokenRange[] Sentences { get; private set; } = [];

        public ReadOnlySpan<int> LocalBuckets(int token) => _buckets.AsSpan(_bucketStart[token], _bucketStart[token + 1] - _bucketStart[token]);

        public static Prepared Create(ConllDocument source, NerLexicon lexicon, AveragedPerceptron emissions)
        {
            NewsDocument doc = source.ToNewsDocument();
            int n = doc.Tokens.Count;
            var facts = new TokenFacts[n];
            NerFeatures.ComputeFacts(doc.Text, doc.Tokens.Rows, lexicon, facts);
            int[] gold = new int[n];
            var starts = new int[n + 1];
            var buckets = new List<int>(n * 40);
            Span<ulong> hashes = stackalloc ulong[NerFeatures.MaxLocal];
            Span<int> b = stackalloc int[NerFeatures.MaxLocal];
            NerFeatures.MarkDocument(facts, doc.Sentences);
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                TokenRange range = doc.Sentences[s];
                Span<TokenFacts> sf = facts.AsSpan(range.FirstToken, range.TokenCount);
                BilouLabels.FromSpans(BilouLabels.SpansFromTags(source.Sentences[s].Tags), gold.AsSpan(range.FirstToken, range.TokenCount));
                for (int t = 0; t < sf.Length; t++)
                {
                    starts[range.FirstToken + t] = buckets.Count;
                    int count = NerDecoder.LocalBuckets(emissions, sf, t, hashes, b);
                    for (int j = 0; j < count; j++)
                    {
                        buckets.Add(b[j]);
                    }
                }
            }

            starts[n] = buckets.Count;
            return new Prepared
            {
                Facts = facts,
                Gold = gold,
                Predicted = new int[n],
                Sentences = [.. doc.Sentences],
                _bucketStart = starts,
                _buckets = [.. buckets],
            };
        }
    }
}
