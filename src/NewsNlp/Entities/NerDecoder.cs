using System.Buffers;
using NewsNlp.Documents;
using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>Label counts (O, PER, ORG, LOC, MISC) per lower-cased word within one document.</summary>
internal sealed class DocumentLabelCounts
{
    private readonly Dictionary<ulong, int> _index = [];
    private int[] _counts = new int[5 * 16];

    public void Clear() => _index.Clear();

    /// <summary>Counts label <paramref name="label"/> for a token, when the token is one document features look at.</summary>
    public void Add(in TokenFacts f, int label, int delta = 1)
    {
        if ((f.Flags & (TokenFlags.Capitalized | TokenFlags.Headline)) == 0)
        {
            return;
        }

        if (!_index.TryGetValue(f.Lower, out int slot))
        {
            slot = _index.Count;
            _index[f.Lower] = slot;
            if ((slot + 1) * 5 > _counts.Length)
            {
                Array.Resize(ref _counts, _counts.Length * 2);
            }

            _counts.AsSpan(slot * 5, 5).Clear();
        }

        _counts[(slot * 5) + TypeSlot(label)] += delta;
    }

    /// <summary>Copies the counts of the token's word into <paramref name="counts"/>, leaving out <paramref name="ownLabel"/> (-1 for none).</summary>
    public void Get(in TokenFacts f, int ownLabel, Span<int> counts)
    {
        counts.Clear();
        if (_index.TryGetValue(f.Lower, out int slot))
        {
            _counts.AsSpan(slot * 5, 5).CopyTo(counts);
            if (ownLabel >= 0 && (f.Flags & (TokenFlags.Capitalized | TokenFlags.Headline)) != 0)
            {
                counts[TypeSlot(ownLabel)]--;
            }
        }
    }

    private static int TypeSlot(int label) => label == BilouLabels.Outside ? 0 : 1 + (int)BilouLabels.TypeOf(label);
}

/// <summary>Viterbi decoding under BILOU constraints and the two-pass document tagger.</summary>
internal static class NerDecoder
{
    private const int K = BilouLabels.Count;

    /// <summary>
    /// The token loops check the cancellation token every this many tokens (a power of two): often enough that a
    /// single sentence of millions of tokens cancels within milliseconds, rarely enough to cost nothing.
    /// </summary>
    internal const int CancellationStride = 4096;

    /// <summary>For each label, the labels that may precede it (BILOU), so Viterbi skips impossible transitions.</summary>
    private static readonly byte[][] AllowedPrevious = Enumerable.Range(0, K)
        .Select(c => Enumerable.Range(0, K).Where(p => BilouLabels.IsAllowed(p, c)).Select(p => (byte)p).ToArray())
        .ToArray();

    /// <summary>
    /// Best label sequence for <paramref name="emissions"/> (<c>m × 17</c> scores) under <paramref name="transitions"/>
    /// (see <see cref="NerModel.TransitionTable"/>); the result is always a valid BILOU sequence.
    /// </summary>
    /// <param name="emissions">Scores, <c>m × 17</c>.</param>
    /// <param name="m">Number of tokens.</param>
    /// <param name="transitions">The transition table.</param>
    /// <param name="labels">Receives the labels.</param>
    /// <param name="cancellationToken">Checked every <see cref="CancellationStride"/> tokens (a sentence may hold millions).</param>
    public static void Viterbi(ReadOnlySpan<float> emissions, int m, ReadOnlySpan<float> transitions, Span<int> labels, CancellationToken cancellationToken = default)
    {
        if (m == 0)
        {
            return;
        }

        byte[] backArray = ArrayPool<byte>.Shared.Rent(m * K);
        Span<byte> back = backArray.AsSpan(0, m * K);
        Span<float> prev = stackalloc float[K];
        Span<float> cur = stackalloc float[K];
        ReadOnlySpan<float> start = transitions.Slice(NerModel.StartRow * K, K);
        for (int c = 0; c < K; c++)
        {
            prev[c] = start[c] + emissions[c];
        }

        for (int t = 1; t < m; t++)
        {
            if ((t & (CancellationStride - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ReadOnlySpan<float> e = emissions.Slice(t * K, K);
            for (int c = 0; c < K; c++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                foreach (byte p in AllowedPrevious[c])
                {
                    float v = prev[p] + transitions[(p * K) + c];
                    if (v > best)
                    {
                        best = v;
                        arg = p;
                    }
                }

                cur[c] = best + e[c];
                back[(t * K) + c] = (byte)arg;
            }

            cur.CopyTo(prev);
        }

        ReadOnlySpan<float> end = transitions.Slice(NerModel.EndRow * K, K);
        float bestEnd = float.NegativeInfinity;
        int last = 0;
        for (int c = 0; c < K; c++)
        {
            float v = prev[c] + end[c];
            if (v > bestEnd)
            {
                bestEnd = v;
                last = c;
            }
        }

        labels[m - 1] = last;
        for (int t = m - 1; t > 0; t--)
        {
            labels[t - 1] = back[(t * K) + labels[t]];
        }

        ArrayPool<byte>.Shared.Return(backArray);
    }

    /// <summary>Maps local feature hashes of token <paramref name="i"/> to buckets; returns how many.</summary>
    public static int LocalBuckets(AveragedPerceptron weights, ReadOnlySpan<TokenFacts> sentence, int i, Span<ulong> hashes, Span<int> buckets)
    {
        int n = NerFeatures.Local(sentence, i, hashes);
        for (int j = 0; j < n; j++)
        {
            buckets[j] = weights.BucketOf(hashes[j]);
        }

        return n;
    }

    /// <summary>
    /// Tags a whole document: <paramref name="labels"/> (one per token; tokens outside sentences get O) and the final
    /// per-token scores in <paramref name="scores"/> (<c>tokens × 17</c>).
    /// </summary>
    public static void TagDocument(NerModel model, string text, ReadOnlySpan<TokenRow> rows, IReadOnlyList<TokenRange> sentences, Span<int> labels, Span<float> scores, CancellationToken cancellationToken)
    {
        int n = rows.Length;
        labels[..n].Clear();
        if (n == 0)
        {
            return;
        }

        TokenFacts[] factsArray = ArrayPool<TokenFacts>.Shared.Rent(n);
        float[] localArray = ArrayPool<float>.Shared.Rent(n * K);
        try
        {
            Span<TokenFacts> facts = factsArray.AsSpan(0, n);
            Span<float> local = localArray.AsSpan(0, n * K);
            local.Clear();
            NerFeatures.ComputeFacts(text, rows, model.Lexicon, facts, cancellationToken);
            Span<ulong> hashes = stackalloc ulong[NerFeatures.MaxLocal];
            Span<int> buckets = stackalloc int[NerFeatures.MaxLocal];
            AveragedPerceptron w = model.Emissions;
            NerFeatures.MarkDocument(facts, sentences);
            foreach (TokenRange sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Span<TokenFacts> sf = facts[sentence.FirstToken..sentence.EndToken];
                for (int i = 0; i < sf.Length; i++)
                {
                    if ((i & (CancellationStride - 1)) == CancellationStride - 1)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    int count = LocalBuckets(w, sf, i, hashes, buckets);
                    w.AddScores(buckets[..count], local.Slice((sentence.FirstToken + i) * K, K));
                }
            }

            bool doc = model.Settings.DocumentFeatures;
            var counts = doc ? new DocumentLabelCounts() : null;
            Span<int> c5 = stackalloc int[5];
            Span<ulong> dh = stackalloc ulong[NerFeatures.MaxDocument];
            Span<int> db = stackalloc int[NerFeatures.MaxDocument];
            local.CopyTo(scores);

            // Pass 1: left to right; document features see the labels of earlier sentences.
            foreach (TokenRange sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int first = sentence.FirstToken, m = sentence.TokenCount;
                if (counts is not null)
                {
                    for (int i = first; i < first + m; i++)
                    {
                        if (((i - first) & (CancellationStride - 1)) == CancellationStride - 1)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                        }

                        counts.Get(facts[i], -1, c5);
                        AddDocumentScores(w, facts[i], c5, dh, db, scores.Slice(i * K, K));
                    }
                }

                Viterbi(scores.Slice(first * K, m * K), m, model.TransitionTable, labels.Slice(first, m), cancellationToken);
                if (counts is not null)
                {
                    for (int i = first; i < first + m; i++)
                    {
                        counts.Add(facts[i], labels[i]);
                    }
                }
            }

            // Pass 2: every sentence sees the first-pass labels of the whole document (its own tokens left out).
            if (counts is not null && model.Settings.SecondPass)
            {
                cancellationToken.ThrowIfCancellationRequested();
                local.CopyTo(scores);
                foreach (TokenRange sentence in sentences)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int first = sentence.FirstToken, m = sentence.TokenCount;
                    for (int i = first; i < first + m; i++)
                    {
                        if (((i - first) & (CancellationStride - 1)) == CancellationStride - 1)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                        }

                        counts.Get(facts[i], labels[i], c5);
                        AddDocumentScores(w, facts[i], c5, dh, db, scores.Slice(i * K, K));
                    }
                }

                foreach (TokenRange sentence in sentences)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Viterbi(scores.Slice(sentence.FirstToken * K, sentence.TokenCount * K), sentence.TokenCount, model.TransitionTable, labels.Slice(sentence.FirstToken, sentence.TokenCount), cancellationToken);
                }
            }
        }
        finally
        {
            ArrayPool<TokenFacts>.Shared.Return(factsArray);
            ArrayPool<float>.Shared.Return(localArray);
        }
    }

    /// <summary>Adds the document-feature weights of one token to its scores; returns the buckets used (count).</summary>
    public static int AddDocumentScores(AveragedPerceptron w, in TokenFacts f, ReadOnlySpan<int> counts, Span<ulong> hashes, Span<int> buckets, Span<float> scores)
    {
        int n = NerFeatures.Document(f, counts, hashes);
        for (int j = 0; j < n; j++)
        {
            buckets[j] = w.BucketOf(hashes[j]);
        }

        w.AddScores(buckets[..n], scores);
        return n;
    }
}
