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
    public void Add(in TokenFacts f, int label, int delta = 1) => Add(f.Lower, f.Flags, label, delta);

    /// <summary>Counts label <paramref name="label"/> for a token with word hash <paramref name="lower"/> and <paramref name="flags"/>.</summary>
    public void Add(ulong lower, TokenFlags flags, int label, int delta = 1)
    {
        if ((flags & (TokenFlags.Capitalized | TokenFlags.Headline)) == 0)
        {
            return;
        }

        if (!_index.TryGetValue(lower, out int slot))
        {
            slot = _index.Count;
            _index[lower] = slot;
            if ((slot + 1) * 5 > _counts.Length)
            {
                Array.Resize(ref _counts, _counts.Length * 2);
            }

            _counts.AsSpan(slot * 5, 5).Clear();
        }

        _counts[(slot * 5) + TypeSlot(label)] += delta;
    }

    /// <summary>Copies the counts of the token's word into <paramref name="counts"/>, leaving out <paramref name="ownLabel"/> (-1 for none).</summary>
    public void Get(in TokenFacts f, int ownLabel, Span<int> counts) => Get(f.Lower, f.Flags, ownLabel, counts);

    /// <summary>Copies the counts of the word <paramref name="lower"/> into <paramref name="counts"/>, leaving out <paramref name="ownLabel"/> (-1 for none).</summary>
    public void Get(ulong lower, TokenFlags flags, int ownLabel, Span<int> counts)
    {
        counts.Clear();
        if (_index.TryGetValue(lower, out int slot))
        {
            _counts.AsSpan(slot * 5, 5).CopyTo(counts);
            if (ownLabel >= 0 && (flags & (TokenFlags.Capitalized | TokenFlags.Headline)) != 0)
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

        byte[] backArray = WorkArrays.Rent<byte>(m * K);
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

        WorkArrays.Return(backArray);
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

    /// <summary>Sentences whose facts are computed together (the facts of a chunk are kept, not the document's).</summary>
    private const int ChunkTokens = 4096;

    /// <summary>
    /// Tags a whole document: <paramref name="labels"/> (one per token; tokens outside sentences get O) and the final
    /// per-token scores in <paramref name="scores"/> (<c>tokens × 17</c>).
    /// </summary>
    public static void TagDocument(NerModel model, string text, ReadOnlySpan<TokenRow> rows, IReadOnlyList<TokenRange> sentences, Span<int> labels, float[] scores, CancellationToken cancellationToken) =>
        TagDocument(model, text, rows, sentences, labels, new CopyScores(scores), cancellationToken);

    /// <summary>
    /// Tags a whole document into <paramref name="labels"/> (one per token; tokens outside sentences get O) and hands
    /// each sentence with its final labels and scores to <paramref name="sink"/>, in text order. Working memory: the
    /// local scores of the document (<c>tokens × 17</c> floats), a few bytes per token of document features, and the
    /// token facts of one chunk of sentences at a time.
    /// </summary>
    public static void TagDocument(NerModel model, string text, ReadOnlySpan<TokenRow> rows, IReadOnlyList<TokenRange> sentences, Span<int> labels, ISentenceScoresSink sink, CancellationToken cancellationToken)
    {
        int n = rows.Length;
        labels[..n].Clear();
        if (n == 0)
        {
            return;
        }

        bool doc = model.Settings.DocumentFeatures;
        float[] localArray = WorkArrays.Rent<float>(n * K);
        ulong[]? lowerArray = doc ? WorkArrays.Rent<ulong>(n) : null;
        TokenFlags[]? flagsArray = doc ? WorkArrays.Rent<TokenFlags>(n) : null;
        float[] sentenceArray = WorkArrays.Rent<float>(K * MaxSentenceTokens(sentences));
        try
        {
            Span<float> local = localArray.AsSpan(0, n * K);
            local.Clear();
            LocalScores(model, text, rows, sentences, local, lowerArray, flagsArray, cancellationToken);
            ReadOnlySpan<ulong> lower = lowerArray;
            ReadOnlySpan<TokenFlags> flags = flagsArray;
            AveragedPerceptron w = model.Emissions;
            var counts = doc ? new DocumentLabelCounts() : null;
            bool secondPass = counts is not null && model.Settings.SecondPass;
            Span<int> c5 = stackalloc int[5];
            Span<ulong> dh = stackalloc ulong[NerFeatures.MaxDocument];
            Span<int> db = stackalloc int[NerFeatures.MaxDocument];

            // Pass 1: left to right; document features see the labels of earlier sentences.
            foreach (TokenRange sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int first = sentence.FirstToken, m = sentence.TokenCount;
                Span<float> scores = sentenceArray.AsSpan(0, m * K);
                local.Slice(first * K, m * K).CopyTo(scores);
                if (counts is not null)
                {
                    for (int i = first; i < first + m; i++)
                    {
                        if (((i - first) & (CancellationStride - 1)) == CancellationStride - 1)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                        }

                        counts.Get(lower[i], flags[i], -1, c5);
                        AddDocumentScores(w, flags[i], c5, dh, db, scores.Slice((i - first) * K, K));
                    }
                }

                Viterbi(scores, m, model.TransitionTable, labels.Slice(first, m), cancellationToken);
                if (counts is not null)
                {
                    for (int i = first; i < first + m; i++)
                    {
                        counts.Add(lower[i], flags[i], labels[i]);
                    }
                }

                if (!secondPass)
                {
                    sink.Final(sentence, labels.Slice(first, m), scores);
                }
            }

            // Pass 2: every sentence sees the first-pass labels of the whole document (its own tokens left out).
            if (secondPass)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (TokenRange sentence in sentences)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int first = sentence.FirstToken, m = sentence.TokenCount;
                    Span<float> scores = sentenceArray.AsSpan(0, m * K);
                    local.Slice(first * K, m * K).CopyTo(scores);
                    for (int i = first; i < first + m; i++)
                    {
                        if (((i - first) & (CancellationStride - 1)) == CancellationStride - 1)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                        }

                        counts!.Get(lower[i], flags[i], labels[i], c5);
                        AddDocumentScores(w, flags[i], c5, dh, db, scores.Slice((i - first) * K, K));
                    }

                    Viterbi(scores, m, model.TransitionTable, labels.Slice(first, m), cancellationToken);
                    sink.Final(sentence, labels.Slice(first, m), scores);
                }
            }
        }
        finally
        {
            WorkArrays.Return(localArray);
            WorkArrays.Return(sentenceArray);
            if (lowerArray is not null)
            {
                WorkArrays.Return(lowerArray);
                WorkArrays.Return(flagsArray!);
            }
        }
    }

    /// <summary>
    /// The local scores of every sentence's tokens into <paramref name="local"/>, and (when given) each token's
    /// lower-cased word hash and flags, which the document features read. The token facts are computed for a chunk of
    /// sentences at a time, with <see cref="NerLexicon.MaxPhraseTokens"/> − 1 tokens on each side so that gazetteer
    /// phrases crossing the chunk's edges mark its tokens as they would in the whole document.
    /// </summary>
    private static void LocalScores(
        NerModel model, string text, ReadOnlySpan<TokenRow> rows, IReadOnlyList<TokenRange> sentences, Span<float> local,
        ulong[]? lower, TokenFlags[]? flags, CancellationToken cancellationToken)
    {
        const int Margin = NerLexicon.MaxPhraseTokens - 1;
        int n = rows.Length;
        AveragedPerceptron w = model.Emissions;
        Span<ulong> hashes = stackalloc ulong[NerFeatures.MaxLocal];
        Span<int> buckets = stackalloc int[NerFeatures.MaxLocal];
        TokenFacts[] factsArray = [];
        try
        {
            for (int s = 0; s < sentences.Count;)
            {
                // A chunk: whole sentences, at least ChunkTokens tokens unless the document ends first.
                int chunkFirst = sentences[s].FirstToken, e = s;
                while (e < sentences.Count && (e == s || sentences[e].EndToken - chunkFirst <= ChunkTokens))
                {
                    e++;
                }

                int chunkEnd = sentences[e - 1].EndToken;
                int windowFirst = Math.Max(0, chunkFirst - Margin), windowEnd = Math.Min(n, chunkEnd + Margin);
                if (factsArray.Length < windowEnd - windowFirst)
                {
                    WorkArrays.Return(factsArray);
                    factsArray = WorkArrays.Rent<TokenFacts>(windowEnd - windowFirst);
                }

                Span<TokenFacts> facts = factsArray.AsSpan(0, windowEnd - windowFirst);
                NerFeatures.ComputeFacts(text, rows[windowFirst..windowEnd], model.Lexicon, facts, cancellationToken);
                for (; s < e; s++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    TokenRange sentence = sentences[s];
                    Span<TokenFacts> sf = facts.Slice(sentence.FirstToken - windowFirst, sentence.TokenCount);
                    NerFeatures.MarkSentence(sf);
                    for (int i = 0; i < sf.Length; i++)
                    {
                        if ((i & (CancellationStride - 1)) == CancellationStride - 1)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                        }

                        int count = LocalBuckets(w, sf, i, hashes, buckets);
                        w.AddScores(buckets[..count], local.Slice((sentence.FirstToken + i) * K, K));
                        if (lower is not null)
                        {
                            lower[sentence.FirstToken + i] = sf[i].Lower;
                            flags![sentence.FirstToken + i] = sf[i].Flags;
                        }
                    }
                }
            }
        }
        finally
        {
            WorkArrays.Return(factsArray);
        }
    }

    private static int MaxSentenceTokens(IReadOnlyList<TokenRange> sentences)
    {
        int max = 1;
        foreach (TokenRange sentence in sentences)
        {
            max = Math.Max(max, sentence.TokenCount);
        }

        return max;
    }

    /// <summary>Adds the document-feature weights of one token to its scores; returns the buckets used (count).</summary>
    public static int AddDocumentScores(AveragedPerceptron w, in TokenFacts f, ReadOnlySpan<int> counts, Span<ulong> hashes, Span<int> buckets, Span<float> scores) =>
        AddDocumentScores(w, f.Flags, counts, hashes, buckets, scores);

    /// <summary>Adds the document-feature weights of a token with <paramref name="flags"/> to its scores; returns the buckets used (count).</summary>
    public static int AddDocumentScores(AveragedPerceptron w, TokenFlags flags, ReadOnlySpan<int> counts, Span<ulong> hashes, Span<int> buckets, Span<float> scores)
    {
        int n = NerFeatures.Document(flags, counts, hashes);
        for (int j = 0; j < n; j++)
        {
            buckets[j] = w.BucketOf(hashes[j]);
        }

        w.AddScores(buckets[..n], scores);
        return n;
    }
}

/// <summary>Receives each sentence of a tagged document with its final labels and scores (<c>tokens × 17</c>), in text order.</summary>
internal interface ISentenceScoresSink
{
    /// <summary>One sentence's final labels and scores (valid only during the call).</summary>
    void Final(TokenRange sentence, ReadOnlySpan<int> labels, ReadOnlySpan<float> scores);
}

/// <summary>Copies the final scores into one document-wide array (<c>tokens × 17</c>).</summary>
internal sealed class CopyScores(float[] scores) : ISentenceScoresSink
{
    public void Final(TokenRange sentence, ReadOnlySpan<int> labels, ReadOnlySpan<float> scores1) =>
        scores1.CopyTo(scores.AsSpan(sentence.FirstToken * BilouLabels.Count));
}
