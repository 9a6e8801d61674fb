using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsNlp.Documents;
using NewsNlp.Learning;

namespace NewsNlp.Tokenization.Training;

/// <summary>
/// Trains a <see cref="SentenceBoundaryModel"/> on UD documents: every candidate gap (see <see cref="BoundaryFeatures"/>) of the
/// training documents is an example, labelled by the gold sentence ends, with the gold sentence history as context.
/// Deterministic: the same documents and options give the same model bytes.
/// </summary>
public static class SentenceBoundaryTrainer
{
    // Nearest to zero first, so ties keep the smaller shift.
    private static readonly float[] Thresholds = [0f, -0.25f, 0.25f, -0.5f, 0.5f, -0.75f, 0.75f, -1f, 1f, -1.5f, 1.5f, -2f, 2f, -3f, 3f];

    /// <summary>Trains on all but every <see cref="SentenceTrainingOptions.HoldOutEvery"/>-th document, which tune the epoch and threshold.</summary>
    /// <param name="documents">Training documents (UD dev files).</param>
    /// <param name="options">Settings.</param>
    /// <param name="description">Stored in the model (data it was trained on).</param>
    /// <param name="logger">Progress and held-out figures, at Information; none when null.</param>
    public static SentenceBoundaryModel Train(IReadOnlyList<UdDocument> documents, SentenceTrainingOptions options, string description, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(description);
        ILogger log = logger ?? NullLogger.Instance;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HoldOutEvery, 2);

        var train = new List<UdDocument>();
        var tune = new List<UdDocument>();
        for (int i = 0; i < documents.Count; i++)
        {
            (i % options.HoldOutEvery == options.HoldOutEvery - 1 ? tune : train).Add(documents[i]);
        }

        var perceptron = new AveragedPerceptron(2, options.BucketBits);
        var recorder = new RecordingDecider(perceptron);
        foreach (UdDocument document in train)
        {
            recorder.Record(document);
        }

        SentenceTrainingLog.Start(log, train.Count, recorder.Labels.Count, recorder.Positives, tune.Count);
        if (log.IsEnabled(LogLevel.Information))
        {
            UdScore rules = UdScore.Evaluate(tune, NewsTokenizer.Default, SentenceSplitter.Default);
            SentenceTrainingLog.RulesBaseline(log, rules);
        }

        int[] order = new int[recorder.Labels.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(options.Seed);
        Span<float> scores = stackalloc float[2];
        AveragedPerceptron? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0;
            foreach (int example in order)
            {
                ReadOnlySpan<int> buckets = recorder.Buckets(example);
                scores.Clear();
                perceptron.AddScores(buckets, scores);
                int guess = scores[1] > scores[0] ? 1 : 0;
                int gold = recorder.Labels[example];
                if (guess != gold)
                {
                    errors++;
                    perceptron.Update(buckets, gold, guess);
                }

                perceptron.Tick();
            }

            AveragedPerceptron averaged = perceptron.AveragedCopy();
            UdScore score = UdScore.Evaluate(tune, NewsTokenizer.Default, new LearnedSentenceSplitter(new SentenceBoundaryModel(averaged, 0f, description)));
            SentenceTrainingLog.Epoch(log, epoch, errors, score.SentencesF1);
            if (score.SentencesF1 > bestF1)
            {
                bestF1 = score.SentencesF1;
                best = averaged;
                bestEpoch = epoch;
            }
        }

        float bestThreshold = 0f;
        double bestThresholdF1 = -1;
        foreach (float threshold in Thresholds)
        {
            UdScore score = UdScore.Evaluate(tune, NewsTokenizer.Default, new LearnedSentenceSplitter(new SentenceBoundaryModel(best!, threshold, description)));
            if (score.SentencesF1 > bestThresholdF1)
            {
                bestThresholdF1 = score.SentencesF1;
                bestThreshold = threshold;
            }
        }

        SentenceTrainingLog.Chosen(log, bestEpoch, bestThreshold, bestThresholdF1);
        return new SentenceBoundaryModel(best!, bestThreshold, description);
    }

    /// <summary>Tokenizes documents and records the features and gold label of every candidate gap.</summary>
    private sealed class RecordingDecider(AveragedPerceptron perceptron) : IBoundaryDecider
    {
        private readonly List<int> _buckets = [];
        private readonly List<int> _offsets = [0];
        private HashSet<int> _goldEnds = [];
        private TokenHashCache _cache;

        public List<int> Labels { get; } = [];

        public int Positives { get; private set; }

        public void Record(UdDocument document)
        {
            _goldEnds = [];
            foreach (TextSpan sentence in document.Sentences)
            {
                _goldEnds.Add(sentence.End);
            }

            _cache = default;
            var news = new NewsDocument(document.Text);
            NewsTokenizer.Default.Tokenize(news.Text, news.Tokens);
            RecordingDecider self = this;
            SentenceAssembler.Split(news, ref self, ParagraphMode.Auto, CancellationToken.None);
        }

        public ReadOnlySpan<int> Buckets(int example) =>
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_buckets)[_offsets[example].._offsets[example + 1]];

        public bool IsBoundary(in BoundaryContext context, int index)
        {
            bool gold = _goldEnds.Contains(context.Rows[index].End);
            if (BoundaryFeatures.IsCandidate(context, index))
            {
                Span<ulong> hashes = stackalloc ulong[BoundaryFeatures.MaxFeatures];
                int count = BoundaryFeatures.Extract(context, index, ref _cache, hashes);
                for (int k = 0; k < count; k++)
                {
                    _buckets.Add(perceptron.BucketOf(hashes[k]));
                }

                _offsets.Add(_buckets.Count);
                Labels.Add(gold ? 1 : 0);
                Positives += gold ? 1 : 0;
            }

            return gold;
        }
    }
}
