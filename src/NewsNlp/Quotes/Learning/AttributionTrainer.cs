using System.Globalization;
using NewsNlp.Documents;
using NewsNlp.Learning;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Quotes.Learning;

/// <summary>
/// Trains the <see cref="AttributionTagger"/> on PolNeAR articles: greedy decoding with the model's own previous tags,
/// perceptron updates, averaging. Deterministic: the same data and settings give the same model bytes.
/// </summary>
public static class AttributionTrainer
{
    /// <summary>Trains a tagger.</summary>
    /// <param name="train">Training articles.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="bucketBits">Feature buckets as a power of two.</param>
    /// <param name="log">Receives one line per epoch (token F1 on <paramref name="dev"/> when given).</param>
    /// <param name="dev">Optional articles to report token-level scores on after each epoch.</param>
    /// <param name="cancellationToken">Checked once per article.</param>
    public static AttributionTagger Train(IReadOnlyList<PolnearArticle> train, int epochs, int bucketBits, TextWriter? log, IReadOnlyList<PolnearArticle>? dev = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        var model = new AveragedPerceptron(AttributionTag.Count, bucketBits);
        List<(DocumentView View, int[] Gold)> prepared = [.. train.Select(Prepare)];
        List<(DocumentView View, int[] Gold)>? devPrepared = dev?.Select(Prepare).ToList();
        int[] order = [.. Enumerable.Range(0, prepared.Count)];
        Span<int> buckets = stackalloc int[AttributionFeatures.FeatureCount];
        Span<float> scores = stackalloc float[AttributionTag.Count];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            new Random(1000 + epoch).Shuffle(order);
            int errors = 0, total = 0;
            foreach (int index in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                (DocumentView v, int[] gold) = prepared[index];
                var features = new AttributionFeatures(v);
                int prev = 0, prev2 = 0;
                for (int i = 0; i < v.Count; i++)
                {
                    if (i > 0 && v.ParagraphOf[i - 1] != v.ParagraphOf[i])
                    {
                        prev = prev2 = 0;
                    }

                    features.Extract(i, prev, prev2, model, buckets);
                    scores.Clear();
                    model.AddScores(buckets, scores);
                    int guess = AveragedPerceptron.ArgMax(scores);
                    model.Update(buckets, gold[i], guess);
                    model.Tick();
                    errors += guess != gold[i] ? 1 : 0;
                    total++;
                    prev2 = prev;
                    prev = guess;
                }
            }

            string line = string.Create(CultureInfo.InvariantCulture, $"epoch {epoch + 1}: train token error {100.0 * errors / Math.Max(1, total):F2}%");
            if (devPrepared is not null)
            {
                var tagger = new AttributionTagger(model.AveragedCopy());
                (double p, double r, double f) = TokenScores(tagger, devPrepared);
                line += string.Create(CultureInfo.InvariantCulture, $"; dev token content/cue/source P {p:F1} R {r:F1} F1 {f:F1}");
            }

            log?.WriteLine(line);
        }

        model.Average();
        return new AttributionTagger(model);
    }

    private static (double P, double R, double F1) TokenScores(AttributionTagger tagger, List<(DocumentView View, int[] Gold)> dev)
    {
        long tp = 0, fp = 0, fn = 0;
        foreach ((DocumentView v, int[] gold) in dev)
        {
            int[] tags = new int[v.Count];
            tagger.Tag(v, tags, CancellationToken.None);
            for (int i = 0; i < v.Count; i++)
            {
                int g = AttributionTag.Role(gold[i]), p = AttributionTag.Role(tags[i]);
                if (p != 0 && p == g)
                {
                    tp++;
                }
                else
                {
                    fp += p != 0 ? 1 : 0;
                    fn += g != 0 ? 1 : 0;
                }
            }
        }

        double precision = 100.0 * tp / Math.Max(1, tp + fp), recall = 100.0 * tp / Math.Max(1, tp + fn);
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }

    /// <summary>Tokenizes an article, finds its quotation marks and labels each token from the gold spans.</summary>
    internal static (DocumentView View, int[] Gold) Prepare(PolnearArticle article)
    {
        var document = new NewsDocument(article.Text);
        var tokenizer = new TokenizerStage();
        tokenizer.Process(document, CancellationToken.None);
        foreach (string produced in tokenizer.Produces)
        {
            document.MarkProduced(produced);
        }

        DocumentView v = Prepare(document);
        int[] gold = new int[v.Count];
        Label(v, article.Contents, AttributionTag.BeginContent, gold);
        Label(v, article.Cues, AttributionTag.BeginCue, gold);
        Label(v, article.Sources, AttributionTag.BeginSource, gold);
        return (v, gold);
    }

    /// <summary>The view the tagger reads: tokens with their quotation marks resolved (same as at run time).</summary>
    internal static DocumentView Prepare(NewsDocument document)
    {
        var paragraphs = new TextSpan[document.Paragraphs.Count];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            paragraphs[p] = document.Paragraphs[p].Span;
        }

        var spans = new List<QuotedSpan>();
        QuoteMarkPairer.Find(document.Text, paragraphs, spans);
        var v = new DocumentView(document, useEntities: false);
        DirectQuoteSieves.Build(v, spans);
        return v;
    }

    private static void Label(DocumentView v, IReadOnlyList<TextSpan> spans, int begin, int[] gold)
    {
        foreach (TextSpan span in spans)
        {
            bool first = true;
            for (int t = DirectQuoteSieves.IndexAt(v, span.Start); t < v.Count && v.Starts[t] < span.End; t++)
            {
                gold[t] = first ? begin : begin + 1;
                first = false;
            }
        }
    }
}
