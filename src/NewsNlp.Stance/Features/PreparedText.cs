namespace NewsNlp.Stance.Features;

/// <summary>A text reduced to what the stance features read: lower-cased words, their light stems, sentences and term counts.</summary>
internal sealed class PreparedText
{
    public PreparedText(WordInfo[] words, int[] sentenceStarts, int questionMarks, int quoteMarks, int[]? colons = null, int[]? shouted = null)
    {
        Colons = colons ?? [];
        Shouted = shouted ?? [];
        int n = words.Length;
        Words = new string[n];
        Stems = new string[n];
        IsContent = new bool[n];
        LexMask = new byte[n];
        IndicatorIds = new short[n];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            WordInfo w = words[i];
            Words[i] = w.Word;
            Stems[i] = w.Stem;
            IsContent[i] = w.IsContent;
            LexMask[i] = w.LexMask;
            IndicatorIds[i] = w.IndicatorId;
            if (w.IsContent)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, w.Stem, out _)++;
            }
        }

        ContentCounts = counts;
        SentenceStarts = sentenceStarts;
        QuestionMarks = questionMarks;
        QuoteMarks = quoteMarks;
    }

    /// <summary>Lower-cased words (apostrophes kept inside words).</summary>
    public string[] Words { get; }

    /// <summary>Light stems of <see cref="Words"/>.</summary>
    public string[] Stems { get; }

    /// <summary>True for words that are not stop words.</summary>
    public bool[] IsContent { get; }

    /// <summary>Token index where each sentence starts (the first is 0 when there is any token).</summary>
    public int[] SentenceStarts { get; }

    /// <summary>Number of '?' characters.</summary>
    public int QuestionMarks { get; }

    /// <summary>Per ':' in the text, the number of words before it ("Report: …" → 1).</summary>
    public int[] Colons { get; }

    /// <summary>Indices of words written in capitals in the text, three letters or more ("NOT", "FAKE", "CONFIRMED").</summary>
    public int[] Shouted { get; }

    /// <summary>Number of quotation marks.</summary>
    public int QuoteMarks { get; }

    /// <summary>Counts of content stems.</summary>
    public Dictionary<string, int> ContentCounts { get; }

    /// <summary>Sentence-encoder vectors attached by <see cref="EncoderInput.Attach"/> (null until then).</summary>
    public EncodedText? Encoded { get; set; }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => SentenceStarts.Length;

    /// <summary>End (exclusive token index) of sentence <paramref name="s"/>.</summary>
    public int SentenceEnd(int s) => s + 1 < SentenceStarts.Length ? SentenceStarts[s + 1] : Words.Length;

    /// <summary>Per word: bit 0 refuting, 1 hedging, 2 supporting, 3 negation.</summary>
    public byte[] LexMask { get; }

    /// <summary>Per word: index in <see cref="Lexicons.IndicatorStems"/>, or -1.</summary>
    public short[] IndicatorIds { get; }

    /// <summary>Hashed bag of content stems (log(1 + count), or 1 when <paramref name="binary"/>, per bucket), computed once per text and size.</summary>
    public float[] Bag(int buckets, bool binary)
    {
        BagCache? cached = Volatile.Read(ref _bag);
        if (cached is not null && cached.Buckets == buckets && cached.Binary == binary)
        {
            return cached.Values;
        }

        var values = new float[buckets];
        foreach ((string stem, int c) in ContentCounts)
        {
            int b = NewsNlp.Learning.StableHash.Bucket(NewsNlp.Learning.StableHash.Of(stem), buckets);
            values[b] = binary ? 1 : values[b] + (float)Math.Log(1 + c);
        }

        Volatile.Write(ref _bag, new BagCache(buckets, binary, values));
        return values;
    }

    private BagCache? _bag;

    private sealed record BagCache(int Buckets, bool Binary, float[] Values);

    /// <summary>Target-independent statistics of this text as a body under <paramref name="idf"/>, computed once per IDF table.</summary>
    public BodyStats Stats(IdfTable idf, int leadSentences)
    {
        BodyStats? cached = Volatile.Read(ref _stats);
        if (cached is not null && ReferenceEquals(cached.Idf, idf) && cached.LeadSentences == leadSentences)
        {
            return cached;
        }

        int n = Words.Length;
        var tokenIdf = new float[n];
        for (int i = 0; i < n; i++)
        {
            tokenIdf[i] = IsContent[i] ? idf[Stems[i]] : 0;
        }

        double bodyNorm = 0;
        foreach ((string stem, int c) in ContentCounts)
        {
            double w = c * idf[stem];
            bodyNorm += w * w;
        }

        var sentenceNorms = new double[SentenceCount];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var leadCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < SentenceCount; s++)
        {
            counts.Clear();
            int end = SentenceEnd(s);
            for (int i = SentenceStarts[s]; i < end; i++)
            {
                if (IsContent[i])
                {
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, Stems[i], out _)++;
                    if (s < leadSentences)
                    {
                        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(leadCounts, Stems[i], out _)++;
                    }
                }
            }

            sentenceNorms[s] = Norm(counts, idf);
        }

        var stats = new BodyStats(idf, leadSentences, tokenIdf, Math.Sqrt(bodyNorm), sentenceNorms, Norm(leadCounts, idf));
        Volatile.Write(ref _stats, stats);
        return stats;
    }

    private static double Norm(Dictionary<string, int> counts, IdfTable idf)
    {
        double norm = 0;
        foreach ((string stem, int c) in counts)
        {
            double w = c * idf[stem];
            norm += w * w;
        }

        return Math.Sqrt(norm);
    }

    private BodyStats? _stats;
}

/// <summary>Target-independent statistics of a body: per-word IDF, TF-IDF norms of the body, each sentence and the lead.</summary>
internal sealed record BodyStats(IdfTable Idf, int LeadSentences, float[] TokenIdf, double BodyNorm, double[] SentenceNorms, double LeadNorm);
