namespace NewsNlp.Stance.Features;

/// <summary>
/// What the body sentences most aligned with the target say about it: refuting, hedging, supporting and negation words in
/// the best sentence and the best three (by TF-IDF cosine with the target), a negation scoping over a shared word (up to
/// four words before it), the best cosine of a sentence that refutes, negates or hedges, those words within three words of
/// a shared word, and the share of overlapping sentences that refute or hedge. A refutation is said in the sentence that
/// restates the claim ("The photo of the spider is a hoax"); counts over the whole body also catch the words of other stories.
/// </summary>
/// <remarks>Thread-safe: all state is per call.</remarks>
internal static class AlignedSentenceFeatures
{
    /// <summary>Words before a shared word in which a negation scopes over it.</summary>
    private const int NegationScope = 4;

    /// <summary>Half-width (in words) of the tight window around shared words.</summary>
    private const int TightWindow = 3;

    /// <summary>Best sentences pooled in the top-k counts.</summary>
    private const int TopSentences = 3;

    /// <summary>Lexicon bits of <see cref="PreparedText.LexMask"/> in the order of the per-sentence counts.</summary>
    private static readonly string[] Kinds = ["refute", "hedge", "support", "negate"];

    /// <summary>Feature names, in the order <see cref="Compute"/> writes them.</summary>
    public static IReadOnlyList<string> Names { get; } = BuildNames();

    /// <summary>Writes the features of (<paramref name="target"/>, <paramref name="body"/>) into <paramref name="values"/> (length <see cref="Names"/>.Count).</summary>
    public static void Compute(PreparedText target, PreparedText body, IdfTable idf, BodyStats stats, Span<float> values)
    {
        Dictionary<string, int> tCounts = target.ContentCounts;
        double tNorm = 0;
        foreach ((string stem, int c) in tCounts)
        {
            double w = c * idf[stem];
            tNorm += w * w;
        }

        tNorm = Math.Sqrt(tNorm);
        int n = body.Words.Length, sentences = body.SentenceCount;
        var aligned = new bool[n];
        for (int i = 0; i < n; i++)
        {
            aligned[i] = body.IsContent[i] && tCounts.ContainsKey(body.Stems[i]);
        }

        var cos = new double[sentences];
        var shared = new int[sentences];
        var counts = new int[sentences, Kinds.Length];
        var negScope = new int[sentences];
        Span<int> tight = stackalloc int[3];
        tight.Clear();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < sentences; s++)
        {
            int start = body.SentenceStarts[s], end = body.SentenceEnd(s);
            double dot = 0;
            seen.Clear();
            for (int i = start; i < end; i++)
            {
                byte mask = body.LexMask[i];
                for (int bit = 0; bit < Kinds.Length; bit++)
                {
                    if ((mask & (1 << bit)) != 0)
                    {
                        counts[s, bit]++;
                    }
                }

                if (aligned[i])
                {
                    double w = idf[body.Stems[i]];
                    dot += w * tCounts[body.Stems[i]] * w;
                    seen.Add(body.Stems[i]);
                }

                if ((mask & 8) != 0 && AnyAligned(aligned, i + 1, Math.Min(end - 1, i + NegationScope)))
                {
                    negScope[s]++;
                }

                if (mask != 0 && AnyAligned(aligned, Math.Max(start, i - TightWindow), Math.Min(end - 1, i + TightWindow)))
                {
                    tight[0] += mask & 1;
                    tight[1] += (mask >> 3) & 1;
                    tight[2] += (mask >> 1) & 1;
                }
            }

            cos[s] = tNorm <= 0 || stats.SentenceNorms[s] <= 0 ? 0 : dot / (tNorm * stats.SentenceNorms[s]);
            shared[s] = seen.Count;
        }

        int[] order = [.. Enumerable.Range(0, sentences).OrderByDescending(s => cos[s]).ThenBy(s => s)];
        int k = 0;
        for (int top = 1; top <= TopSentences; top += TopSentences - 1)
        {
            for (int bit = 0; bit < Kinds.Length; bit++)
            {
                int sum = 0;
                for (int j = 0; j < Math.Min(top, sentences); j++)
                {
                    sum += counts[order[j], bit];
                }

                values[k++] = sum;
            }

            int scope = 0;
            for (int j = 0; j < Math.Min(top, sentences); j++)
            {
                scope += negScope[order[j]];
            }

            values[k++] = scope;
        }

        double maxRefute = 0, maxNegate = 0, maxHedge = 0, maxScope = 0;
        int overlapping = 0, refuting = 0, hedging = 0;
        for (int s = 0; s < sentences; s++)
        {
            maxRefute = counts[s, 0] > 0 ? Math.Max(maxRefute, cos[s]) : maxRefute;
            maxNegate = counts[s, 3] > 0 ? Math.Max(maxNegate, cos[s]) : maxNegate;
            maxHedge = counts[s, 1] > 0 ? Math.Max(maxHedge, cos[s]) : maxHedge;
            maxScope = negScope[s] > 0 ? Math.Max(maxScope, cos[s]) : maxScope;
            if (shared[s] >= 2)
            {
                overlapping++;
                refuting += counts[s, 0] > 0 ? 1 : 0;
                hedging += counts[s, 1] > 0 ? 1 : 0;
            }
        }

        values[k++] = (float)maxRefute;
        values[k++] = (float)maxNegate;
        values[k++] = (float)maxHedge;
        values[k++] = (float)maxScope;
        values[k++] = tight[0];
        values[k++] = tight[1];
        values[k++] = tight[2];
        values[k++] = sentences > 0 ? shared[order[0]] : 0;
        values[k++] = overlapping == 0 ? 0 : (float)refuting / overlapping;
        values[k++] = overlapping == 0 ? 0 : (float)hedging / overlapping;
        values[k++] = TargetAndLeadRefute(target, body) ? 1 : 0;
    }

    private static bool AnyAligned(bool[] aligned, int from, int to)
    {
        for (int j = from; j <= to; j++)
        {
            if (aligned[j])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A refuting word in the target and one in the body's first three sentences ("Hoax: …" reported as a hoax).</summary>
    private static bool TargetAndLeadRefute(PreparedText target, PreparedText body)
    {
        bool inTarget = false;
        for (int i = 0; i < target.Words.Length && !inTarget; i++)
        {
            inTarget = (target.LexMask[i] & 1) != 0;
        }

        if (!inTarget || body.SentenceCount == 0)
        {
            return false;
        }

        int leadEnd = body.SentenceEnd(Math.Min(2, body.SentenceCount - 1));
        for (int i = 0; i < leadEnd; i++)
        {
            if ((body.LexMask[i] & 1) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string[] BuildNames()
    {
        var names = new List<string>();
        foreach (string top in new[] { "best1", "best3" })
        {
            names.AddRange(Kinds.Select(k => $"{top}_{k}"));
            names.Add($"{top}_negation_scope");
        }

        names.AddRange(["maxcos_refute", "maxcos_negate", "maxcos_hedge", "maxcos_negation_scope", "w3_refute", "w3_negate", "w3_hedge",
            "best1_shared", "refute_sentence_frac", "hedge_sentence_frac", "t_refute_and_lead_refute"]);
        return [.. names];
    }
}
