using NewsNlp.Documents;
using NewsNlp.Learning;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Learning;

namespace NewsNlp.Benchmarks;

/// <summary>
/// <c>profile SIZE ROUNDS gate</c>: how much of a document the learned tagger reads and how much of what it reads ends
/// tagged, to tell whether the tagger can skip more work without changing its tags (ROUNDS is not used). Prints the
/// sentences and their tokens the first pass reads (its sentence gate), those the stacked pass reads (the gated
/// sentences where the first pass tagged something), and those left holding a tag other than Outside; then, per pass,
/// the weight rows read, the distinct rows among them (the pass's share of the cache), and the reads of rows that are
/// all zero.
/// </summary>
internal static class TaggerGateReport
{
    public static int Run(NewsDocument document)
    {
        AttributionTagger tagger = AttributionTagger.Embedded!;
        using var view = new DocumentView(document, useEntities: true);
        int n = view.Count;
        byte[] levels = AttributionFeatures.ComputeLevels(view, tagger.Cues, new byte[n]);
        bool[] gate = AttributionTagger.Gate(view, tagger.GateMode, levels);
        using var first = new AttributionFeatures(view, tagger.Cues);
        int[] firstTags = new int[n];
        AttributionTagger.Pass(tagger.First, new PaddedWeights(tagger.First), first, view, gate, firstTags, null, CancellationToken.None, tagger.OutsideBias);
        bool[] stackedGate = AttributionTagger.StackedGate(view, gate, firstTags);
        using var stacked = new AttributionFeatures(first, firstTags, 0, stackedGate);
        int[] tags = new int[n];
        AttributionTagger.Pass(tagger.Stacked!, new PaddedWeights(tagger.Stacked!), stacked, view, stackedGate, tags, null, CancellationToken.None, tagger.OutsideBias);

        bool[] tagged = new bool[view.SentenceCount];
        for (int i = 0; i < n; i++)
        {
            if (view.SentenceOf[i] >= 0 && tags[i] != AttributionTag.Outside)
            {
                tagged[view.SentenceOf[i]] = true;
            }
        }

        Console.WriteLine($"{document.Text.Length:N0} characters, {n:N0} tokens, {view.SentenceCount:N0} sentences");
        Console.WriteLine($"first pass reads  {Sentences(view, gate)}");
        Console.WriteLine($"stacked reads     {Sentences(view, stackedGate)}");
        Console.WriteLine($"left tagged       {Sentences(view, tagged)}");
        Rows("first pass", view, first, gate, firstTags, tagger.First);
        Rows("stacked pass", view, stacked, stackedGate, tags, tagger.Stacked!);
        return 0;
    }

    private static string Sentences(DocumentView view, bool[] marked)
    {
        int sentences = marked.Count(m => m), tokens = 0;
        for (int i = 0; i < view.Count; i++)
        {
            tokens += view.SentenceOf[i] >= 0 && marked[view.SentenceOf[i]] ? 1 : 0;
        }

        return $"{sentences:N0} sentences, {tokens:N0} tokens ({100.0 * tokens / Math.Max(1, view.Count):F1} %)";
    }

    // Replays the pass's bucket reads from its own tags (as AttributionTagger.Pass restarts its previous tags).
    private static void Rows(string name, DocumentView view, AttributionFeatures features, bool[] gate, int[] tags, AveragedPerceptron model)
    {
        Span<int> buckets = stackalloc int[AttributionFeatures.MaxCount];
        var distinct = new HashSet<int>();
        long reads = 0, zeroReads = 0;
        int prev = 0, prev2 = 0;
        for (int i = 0; i < view.Count; i++)
        {
            int s = view.SentenceOf[i];
            if ((s >= 0 && !gate[s]) || (i > 0 && view.ParagraphOf[i - 1] != view.ParagraphOf[i]))
            {
                prev = prev2 = 0;
                if (s >= 0 && !gate[s])
                {
                    continue;
                }
            }

            int count = features.Extract(i, prev, prev2, model, buckets);
            foreach (int b in buckets[..count])
            {
                reads++;
                distinct.Add(b);
                zeroReads += IsZero(model, b) ? 1 : 0;
            }

            prev2 = prev;
            prev = tags[i];
        }

        Console.WriteLine($"{name}: {reads:N0} row reads, {distinct.Count:N0} distinct rows of {model.BucketCount:N0}, {zeroReads:N0} reads of all-zero rows");
    }

    private static bool IsZero(AveragedPerceptron model, int bucket)
    {
        for (int c = 0; c < model.ClassCount; c++)
        {
            if (model.Weight(bucket, c) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
