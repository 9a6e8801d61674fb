using System.Globalization;
using NewsNlp.Documents;
using NewsNlp.Learning;
using NewsNlp.Pipeline;
using NewsNlp.Quotes.Learning;

namespace NewsNlp.Quotes.Speakers.Ranking;

/// <summary>Settings of <see cref="SourceRankerTrainer"/>.</summary>
public sealed record SourceRankerTrainingOptions
{
    /// <summary>Passes over the training quotes.</summary>
    public int Epochs { get; init; } = 3;

    /// <summary>Feature buckets as a power of two.</summary>
    public int BucketBits { get; init; } = 18;

    /// <summary>
    /// Produce the training quotes with attribution taggers trained on the other half of the training articles (2-fold
    /// cross-validation, so the ranker sees the tagger's cues and sources as they are on unseen text); when false, the
    /// embedded tagger is used (it has seen the training articles: faster, for experiments only).
    /// </summary>
    public bool CrossValidatedTagger { get; init; } = true;

    /// <summary>Settings of the fold taggers (the defaults of the shipped tagger).</summary>
    public AttributionTrainingOptions TaggerOptions { get; init; } = new();

    /// <summary>Rankers trained with different shuffling seeds and averaged into one (less variance; free at prediction time).</summary>
    public int Ensemble { get; init; } = 5;

    /// <summary>A candidate replaces the current source only when it scores this much higher (stored in the model; tuned on dev).</summary>
    public float Margin { get; init; } = 8f;
}

/// <summary>
/// Trains the <see cref="SourceRanker"/> on PolNeAR: runs the quote stage (without the ranker) over the training
/// articles, matches its quotes to the gold attributions as <c>quotes_score.py</c> does (shared characters at least half
/// of each, greedy one-to-one by overlap), and for each matched quote labels every candidate right when at least half of
/// its characters lie in the gold source (or, for "no source", when the gold has none). A ranking perceptron (averaged)
/// then learns to score a right candidate above the others. Deterministic: fixed shuffling seeds, one thread.
/// </summary>
public static class SourceRankerTrainer
{
    /// <summary>Trains a ranker.</summary>
    /// <param name="train">Training articles (their attributions are the labels).</param>
    /// <param name="options">Settings.</param>
    /// <param name="log">Progress and, with <paramref name="dev"/>, dev source accuracy per epoch and per margin.</param>
    /// <param name="dev">Optional articles to report on (quotes from the embedded tagger, as shipped).</param>
    /// <param name="cancellationToken">Checked once per article.</param>
    public static SourceRanker Train(IReadOnlyList<PolnearArticle> train, SourceRankerTrainingOptions options, TextWriter? log, IReadOnlyList<PolnearArticle>? dev = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        int buckets = 1 << options.BucketBits;
        var examples = new List<Example>();
        if (options.CrossValidatedTagger)
        {
            for (int fold = 0; fold < 2; fold++)
            {
                List<PolnearArticle> others = [.. train.Where((_, i) => i % 2 != fold)];
                log?.WriteLine($"fold {fold + 1} of 2: training an attribution tagger on {others.Count} articles");
                AttributionTagger tagger = AttributionTrainer.Train(others, options.TaggerOptions, null, null, cancellationToken);
                List<PolnearArticle> held = [.. train.Where((_, i) => i % 2 == fold)];
                examples.AddRange(Examples(held, tagger, buckets, cancellationToken));
            }
        }
        else
        {
            examples.AddRange(Examples(train, AttributionTagger.Embedded, buckets, cancellationToken));
        }

        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"training quotes {examples.Count}, with a right candidate {examples.Count(e => e.Right.Contains(true))}; current source right {Percent(examples.Count(e => e.Right[e.Current]), examples.Count)}"));
        List<Example>? devExamples = dev is null ? null : Examples(dev, AttributionTagger.Embedded, buckets, cancellationToken);
        if (devExamples is not null)
        {
            log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev quotes {devExamples.Count}; current source right {Percent(devExamples.Count(e => e.Right[e.Current]), devExamples.Count)}, oracle {Percent(devExamples.Count(e => e.Right.Contains(true)), devExamples.Count)}"));
        }

        List<Example> usable = [.. examples.Where(e => e.Right.Contains(true))];
        var members = new List<AveragedPerceptron>();
        for (int member = 0; member < Math.Max(1, options.Ensemble); member++)
        {
            members.Add(TrainMember(usable, options, member, member == 0 ? log : null, devExamples));
        }

        AveragedPerceptron model = members.Count == 1 ? members[0] : AveragedPerceptron.Mean(members);
        if (members.Count > 1 && devExamples is not null)
        {
            log?.WriteLine($"mean of {members.Count} models: dev right {Accuracy(model, devExamples, options.Margin)}");
        }

        if (devExamples is not null)
        {
            foreach (float margin in new[] { 0f, 1f, 2f, 4f, 8f, 16f })
            {
                log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev margin {margin}: right {Accuracy(model, devExamples, margin)}"));
            }
        }

        return new SourceRanker(model, options.Margin);
    }

    private static AveragedPerceptron TrainMember(List<Example> usable, SourceRankerTrainingOptions options, int member, TextWriter? log, List<Example>? devExamples)
    {
        var model = new AveragedPerceptron(2, options.BucketBits);
        int[] order = [.. Enumerable.Range(0, usable.Count)];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            new Random(2000 + (100 * member) + epoch).Shuffle(order);
            int errors = 0;
            foreach (int index in order)
            {
                Example e = usable[index];
                int guess = Best(model, e, onlyRight: false);
                if (!e.Right[guess])
                {
                    errors++;
                    int gold = Best(model, e, onlyRight: true);
                    foreach (int b in e.Features[gold])
                    {
                        model.Adjust(b, 1, 1f);
                    }

                    foreach (int b in e.Features[guess])
                    {
                        model.Adjust(b, 1, -1f);
                    }
                }

                model.Tick();
            }

            string line = string.Create(CultureInfo.InvariantCulture, $"epoch {epoch + 1}: train errors {Percent(errors, usable.Count)}");
            if (devExamples is not null)
            {
                line += "; dev right " + Accuracy(model.AveragedCopy(), devExamples, options.Margin);
            }

            log?.WriteLine(line);
        }

        model.Average();
        return model;
    }

    /// <summary>One matched quote: feature buckets of each choice (0 = no source, then the candidates), which are right, and which is current.</summary>
    private sealed record Example(int[][] Features, bool[] Right, int Current);

    private static string Percent(int part, int whole) => string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / Math.Max(1, whole):F1}% ({part}/{whole})");

    private static float Score(AveragedPerceptron model, int[] buckets)
    {
        Span<float> s = stackalloc float[2];
        s.Clear();
        model.AddScores(buckets, s);
        return s[1];
    }

    private static int Best(AveragedPerceptron model, Example e, bool onlyRight)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int i = 0; i < e.Features.Length; i++)
        {
            if (onlyRight && !e.Right[i])
            {
                continue;
            }

            float s = Score(model, e.Features[i]);
            if (best < 0 || s > bestScore)
            {
                best = i;
                bestScore = s;
            }
        }

        return best;
    }

    private static string Accuracy(AveragedPerceptron model, List<Example> examples, float margin)
    {
        int right = 0;
        foreach (Example e in examples)
        {
            int best = Best(model, e, onlyRight: false);
            if (best != e.Current && Score(model, e.Features[best]) - Score(model, e.Features[e.Current]) < margin)
            {
                best = e.Current;
            }

            right += e.Right[best] ? 1 : 0;
        }

        return Percent(right, examples.Count);
    }

    /// <summary>Runs the quote stage (tagger given, no ranker) on the articles and builds one example per matched quote.</summary>
    private static List<Example> Examples(IReadOnlyList<PolnearArticle> articles, AttributionTagger? tagger, int buckets, CancellationToken cancellationToken)
    {
        var options = new QuoteStageOptions { Tagger = tagger, UseLearnedTagger = tagger is not null, UseSourceRanker = false, Acts = AttributionActs.All };
        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().Replace(QuoteStage.StageName, new QuoteStage(options)).Build();
        var examples = new List<Example>();
        var candidates = new List<SourceCandidate>();
        Span<int> scratch = stackalloc int[SourceFeatures.MaxFeatures];
        foreach (PolnearArticle article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            NewsDocument document = pipeline.Process(article.Text, new DocumentMetadata { Id = article.Name }, cancellationToken);
            using DocumentView v = AttributionTrainer.Prepare(document, useEntities: true);
            if (v.Count == 0)
            {
                continue;
            }

            Dictionary<int, PolnearAttribution> matched = Match(document.Quotes, article.Attributions);
            var features = new SourceFeatures(v, buckets);
            for (int q = 0; q < document.Quotes.Count; q++)
            {
                Quote quote = document.Quotes[q];
                if (QuoteFrame.Of(v, quote) is not { } frame)
                {
                    continue;
                }

                bool continuation = quote.DecidedBy.StartsWith("continuation", StringComparison.Ordinal);
                if (!continuation && matched.TryGetValue(q, out PolnearAttribution? gold))
                {
                    SourceCandidates.Collect(v, frame, candidates);
                    features.Begin(frame, candidates);
                    int[][] f = new int[candidates.Count + 1][];
                    bool[] right = new bool[candidates.Count + 1];
                    f[0] = features.Extract(SourceCandidate.NoSource, -1, scratch) is var n0 ? scratch[..n0].ToArray() : [];
                    right[0] = gold.Source.Count == 0;
                    int current = 0;
                    for (int i = 0; i < candidates.Count; i++)
                    {
                        SourceCandidate c = candidates[i];
                        int n = features.Extract(c, i, scratch);
                        f[i + 1] = scratch[..n].ToArray();
                        right[i + 1] = IsRight(v, c, gold.Source);
                        if (c.First == frame.SourceFirst && c.End == frame.SourceEnd)
                        {
                            current = i + 1;
                        }
                    }

                    examples.Add(new Example(f, right, current));
                }

                features.Spoke(frame.SourceFirst, frame.SourceEnd);
            }
        }

        return examples;
    }

    /// <summary>The scorer's test: at least half of the candidate's characters lie inside the gold source.</summary>
    private static bool IsRight(DocumentView v, SourceCandidate c, IReadOnlyList<TextSpan> gold)
    {
        int start = v.Starts[c.First], end = v.Ends[c.End - 1];
        int inside = 0;
        foreach (TextSpan g in gold)
        {
            inside += Math.Max(0, Math.Min(end, g.End) - Math.Max(start, g.Start));
        }

        return gold.Count > 0 && inside * 2 >= end - start;
    }

    /// <summary>Predicted quote index → gold attribution, matched as the scorer's strict protocol does.</summary>
    private static Dictionary<int, PolnearAttribution> Match(AnnotationLayer<Quote> predicted, IReadOnlyList<PolnearAttribution> gold)
    {
        var pairs = new List<(int Shared, int Gold, int Predicted)>();
        for (int g = 0; g < gold.Count; g++)
        {
            int goldLength = Length(gold[g].Content);
            for (int p = 0; p < predicted.Count; p++)
            {
                int shared = Shared(gold[g].Content, predicted[p].Content);
                if (shared > 0 && shared * 2 >= goldLength && shared * 2 >= Length(predicted[p].Content))
                {
                    pairs.Add((shared, g, p));
                }
            }
        }

        // Largest overlap first; ties as Python's reverse sort of (shared, gold, predicted) tuples.
        pairs.Sort((a, b) => b.Shared != a.Shared ? b.Shared.CompareTo(a.Shared) : b.Gold != a.Gold ? b.Gold.CompareTo(a.Gold) : b.Predicted.CompareTo(a.Predicted));
        var usedGold = new HashSet<int>();
        var result = new Dictionary<int, PolnearAttribution>();
        foreach ((_, int g, int p) in pairs)
        {
            if (!usedGold.Contains(g) && !result.ContainsKey(p))
            {
                usedGold.Add(g);
                result[p] = gold[g];
            }
        }

        return result;
    }

    /// <summary>Characters covered by the spans (overlaps counted once).</summary>
    private static int Length(IReadOnlyList<TextSpan> spans)
    {
        var covered = new HashSet<int>();
        foreach (TextSpan s in spans)
        {
            for (int i = s.Start; i < s.End; i++)
            {
                covered.Add(i);
            }
        }

        return covered.Count;
    }

    private static int Shared(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b)
    {
        var covered = new HashSet<int>();
        foreach (TextSpan s in a)
        {
            for (int i = s.Start; i < s.End; i++)
            {
                covered.Add(i);
            }
        }

        int shared = 0;
        var seen = new HashSet<int>();
        foreach (TextSpan s in b)
        {
            for (int i = s.Start; i < s.End; i++)
            {
                if (covered.Contains(i) && seen.Add(i))
                {
                    shared++;
                }
            }
        }

        return shared;
    }
}
