using System.Runtime.CompilerServices;
using NewsNlp.Documents;
using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>Per-token facts computed once per document and shared by every feature template.</summary>
internal struct TokenFacts
{
    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong P1, P2, P3, P4;
    public ulong S1, S2, S3, S4;
    public int Cluster;
    public int Coarse;
    public int CaseProfile;
    public ulong Gazetteer;
    public TokenFlags Flags;
}

/// <summary>Coarse orthographic flags of a token.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    HasLetter = 4,
    HasDigit = 8,
    Headline = 16,
    SentenceStart = 32,
}

/// <summary>
/// The recognizer's feature templates. Local features depend only on the tokens; document features on the labels the
/// model gave the same word elsewhere in the document. Every feature is a stable 64-bit hash mapped to a perceptron bucket.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Upper bound of local features per token.</summary>
    public const int MaxLocal = 128;

    /// <summary>Upper bound of document features per token.</summary>
    public const int MaxDocument = 4;

    private const int Window = 2;

    // Template ids: arbitrary distinct constants mixed into each feature hash. Changing one changes the model format.
    private const ulong TBias = 1, TWord = 2, TLower = 3, TLowerM1 = 4, TLowerP1 = 5, TLowerM2 = 6, TLowerP2 = 7, TBiM = 8, TBiP = 9;
    private const ulong TShape = 10, TShapeM = 11, TShapeP = 12, TShape3 = 13, TPre = 14, TSuf = 18, TCaps = 22, TFirst = 23;
    private const ulong THeadLower = 24, THeadShape = 25, TClus = 26, TCoarse = 27, TClusM = 28, TClusP = 29, TCoarseBi = 30;
    private const ulong TGaz = 31, TGazM = 32, TGazP = 33, TWordM1 = 34, TWordP1 = 35, TNoCluster = 36, TLowerShapeM = 37, TLowerShapeP = 38;
    private const ulong TCase = 43, TCaseCap = 44, TCaseM = 45;
    private const ulong THist = 40, THistHead = 41, THistAny = 42;

    private static readonly ulong BoundaryM = StableHash.Of("<S>");
    private static readonly ulong BoundaryP = StableHash.Of("</S>");

    /// <summary>Fills <paramref name="facts"/> for every token of <paramref name="text"/> described by <paramref name="rows"/>.</summary>
    public static void ComputeFacts(string text, ReadOnlySpan<TokenRow> rows, NerLexicon lexicon, Span<TokenFacts> facts, CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < rows.Length; i++)
        {
            if ((i & (NerDecoder.CancellationStride - 1)) == NerDecoder.CancellationStride - 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ReadOnlySpan<char> w = text.AsSpan(rows[i].Start, rows[i].Length);
            ref TokenFacts f = ref facts[i];
            f = default;
            f.Word = StableHash.Of(w);
            ulong lower = StableHash.Seed;
            ulong shape = StableHash.Seed;
            char lastShape = '\0';
            int letters = 0, uppers = 0, shapeLen = 0;
            bool digit = false;
            for (int c = 0; c < w.Length; c++)
            {
                char ch = w[c];
                char l = StableHash.LowerInvariant(ch);
                lower = StableHash.Add(lower, l);
                if (c < 4)
                {
                    SetPrefix(ref f, c, lower);
                }

                char s;
                if (char.IsLetter(ch))
                {
                    letters++;
                    if (char.IsUpper(ch))
                    {
                        uppers++;
                        s = 'X';
                    }
                    else
                    {
                        s = 'x';
                    }
                }
                else if (char.IsDigit(ch))
                {
                    digit = true;
                    s = 'd';
                }
                else
                {
                    s = ch;
                }

                if (s != lastShape && shapeLen < 12)
                {
                    shape = StableHash.Add(shape, s);
                    lastShape = s;
                    shapeLen++;
                }
            }

            f.Lower = lower;
            f.Shape = shape;
            ulong suffix = StableHash.Seed;
            for (int k = 1; k <= 4 && k <= w.Length; k++)
            {
                suffix = StableHash.Add(suffix, StableHash.LowerInvariant(w[^k]));
                SetSuffix(ref f, k, suffix);
            }

            if (w.Length < 4)
            {
                // Short words: the missing affixes repeat the whole word so templates stay comparable.
                for (int k = w.Length; k < 4; k++)
                {
                    SetPrefix(ref f, k, lower ^ 0x5555);
                    SetSuffix(ref f, k + 1, lower ^ 0xAAAA);
                }
            }

            TokenFlags flags = TokenFlags.None;
            if (letters > 0)
            {
                flags |= TokenFlags.HasLetter;
                if (char.IsUpper(w[FirstLetter(w)]))
                {
                    flags |= TokenFlags.Capitalized;
                }

                if (uppers == letters)
                {
                    flags |= TokenFlags.AllCaps;
                }
            }

            if (digit)
            {
                flags |= TokenFlags.HasDigit;
            }

            f.Flags = flags;
            (f.Cluster, f.Coarse, f.CaseProfile) = NerLexicon.Unpack(lexicon.Clusters.Get(lower, 0));
        }

        MarkGazetteers(lexicon, facts);
    }

    /// <summary>Marks every sentence of the document (<see cref="MarkSentence"/>).</summary>
    public static void MarkDocument(Span<TokenFacts> facts, IReadOnlyList<TokenRange> sentences)
    {
        foreach (TokenRange sentence in sentences)
        {
            MarkSentence(facts[sentence.FirstToken..sentence.EndToken]);
        }
    }

    /// <summary>Sets the headline and sentence-start flags of one sentence's tokens.</summary>
    public static void MarkSentence(Span<TokenFacts> sentence)
    {
        int letterTokens = 0, capsTokens = 0, letters = 0;
        foreach (ref readonly TokenFacts f in sentence)
        {
            if ((f.Flags & TokenFlags.HasLetter) != 0)
            {
                letterTokens++;
                if ((f.Flags & TokenFlags.AllCaps) != 0)
                {
                    capsTokens++;
                }
            }
        }

        letters = letterTokens;
        bool headline = letters > 0 && capsTokens == letterTokens && (letterTokens >= 2 || sentence.Length <= 3);
        for (int i = 0; i < sentence.Length; i++)
        {
            if (headline)
            {
                sentence[i].Flags |= TokenFlags.Headline;
            }

            if (i == 0)
            {
                sentence[i].Flags |= TokenFlags.SentenceStart;
            }
        }
    }

    /// <summary>Writes the local feature hashes of token <paramref name="i"/> of <paramref name="sentence"/>; returns how many.</summary>
    public static int Local(ReadOnlySpan<TokenFacts> sentence, int i, Span<ulong> output)
    {
        int n = 0;
        ref readonly TokenFacts f = ref sentence[i];
        ulong lm1 = i > 0 ? sentence[i - 1].Lower : BoundaryM;
        ulong lm2 = i > 1 ? sentence[i - 2].Lower : BoundaryM;
        ulong lp1 = i + 1 < sentence.Length ? sentence[i + 1].Lower : BoundaryP;
        ulong lp2 = i + 2 < sentence.Length ? sentence[i + 2].Lower : BoundaryP;
        ulong sm1 = i > 0 ? sentence[i - 1].Shape : BoundaryM;
        ulong sp1 = i + 1 < sentence.Length ? sentence[i + 1].Shape : BoundaryP;
        bool headline = (f.Flags & TokenFlags.Headline) != 0;

        output[n++] = TBias;
        output[n++] = H(TWord, f.Word);
        output[n++] = H(TLower, f.Lower);
        output[n++] = H(TLowerM1, lm1);
        output[n++] = H(TLowerP1, lp1);
        output[n++] = H(TLowerM2, lm2);
        output[n++] = H(TLowerP2, lp2);
        output[n++] = H(H(TBiM, lm1), f.Lower);
        output[n++] = H(H(TBiP, f.Lower), lp1);
        output[n++] = H(TShape, f.Shape);
        output[n++] = H(H(TShapeM, sm1), f.Shape);
        output[n++] = H(H(TShapeP, f.Shape), sp1);
        output[n++] = H(H(H(TShape3, sm1), f.Shape), sp1);
        output[n++] = H(TPre, f.P1);
        output[n++] = H(TPre + 1, f.P2);
        output[n++] = H(TPre + 2, f.P3);
        output[n++] = H(TPre + 3, f.P4);
        output[n++] = H(TSuf, f.S1);
        output[n++] = H(TSuf + 1, f.S2);
        output[n++] = H(TSuf + 2, f.S3);
        output[n++] = H(TSuf + 3, f.S4);
        ulong caps = (uint)Cap(sentence, i - 1) | ((uint)Cap(sentence, i) << 2) | ((uint)Cap(sentence, i + 1) << 4) | (headline ? 64U : 0U);
        output[n++] = H(TCaps, caps);
        output[n++] = H(H(TFirst, (f.Flags & TokenFlags.SentenceStart) != 0 ? 1UL : 0UL), f.Shape);
        if (headline)
        {
            output[n++] = H(THeadLower, f.Lower);
            output[n++] = H(H(THeadShape, sm1), sp1);
        }
        else
        {
            output[n++] = H(TLowerShapeM, H(lm1, f.Shape));
            output[n++] = H(TLowerShapeP, H(f.Shape, lp1));
        }

        if (i > 0)
        {
            output[n++] = H(TWordM1, sentence[i - 1].Word);
        }

        if (i + 1 < sentence.Length)
        {
            output[n++] = H(TWordP1, sentence[i + 1].Word);
        }

        if (f.Cluster > 0)
        {
            output[n++] = H(TClus, (ulong)f.Cluster);
            output[n++] = H(TCoarse, (ulong)f.Coarse);
        }
        else
        {
            output[n++] = H(TNoCluster, f.Shape);
        }

        output[n++] = H(TCase, (ulong)f.CaseProfile);
        output[n++] = H(H(TCaseCap, (ulong)(uint)f.CaseProfile), (uint)Cap(sentence, i) | (headline ? 64U : 0U));
        output[n++] = H(H(TCaseM, (ulong)(uint)(i > 0 ? sentence[i - 1].CaseProfile : 9)), (ulong)(uint)f.CaseProfile);

        int cm = i > 0 ? sentence[i - 1].Cluster : -1;
        int cp = i + 1 < sentence.Length ? sentence[i + 1].Cluster : -1;
        output[n++] = H(TClusM, (ulong)(uint)cm);
        output[n++] = H(TClusP, (ulong)(uint)cp);
        output[n++] = H(H(TCoarseBi, (ulong)(uint)(i > 0 ? sentence[i - 1].Coarse : -1)), (ulong)f.Coarse);

        n = AddGazetteer(f.Gazetteer, TGaz, headline, (f.Flags & TokenFlags.Capitalized) != 0, output, n);
        if (i > 0)
        {
            n = AddGazetteer(sentence[i - 1].Gazetteer, TGazM, false, false, output, n);
        }

        if (i + 1 < sentence.Length)
        {
            n = AddGazetteer(sentence[i + 1].Gazetteer, TGazP, false, false, output, n);
        }

        return n;
    }

    /// <summary>
    /// Writes document features of a token from label counts of the same word elsewhere in the document
    /// (<paramref name="counts"/>: O, PER, ORG, LOC, MISC). Returns how many.
    /// </summary>
    public static int Document(in TokenFacts f, ReadOnlySpan<int> counts, Span<ulong> output) => Document(f.Flags, counts, output);

    /// <summary>Writes document features of a token with <paramref name="flags"/> (see <see cref="Document(in TokenFacts, ReadOnlySpan{int}, Span{ulong})"/>).</summary>
    public static int Document(TokenFlags flags, ReadOnlySpan<int> counts, Span<ulong> output)
    {
        if ((flags & (TokenFlags.Capitalized | TokenFlags.Headline)) == 0)
        {
            return 0;
        }

        int total = 0, best = 0;
        for (int k = 0; k < 5; k++)
        {
            total += counts[k];
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }

        if (total == 0)
        {
            return 0;
        }

        int n = 0;
        bool headline = (flags & TokenFlags.Headline) != 0;
        output[n++] = H(THist, (ulong)best);
        output[n++] = H(H(THistHead, (ulong)best), headline ? 1UL : 0UL);
        int entityBest = -1;
        for (int k = 1; k < 5; k++)
        {
            if (counts[k] > 0 && (entityBest < 0 || counts[k] > counts[entityBest]))
            {
                entityBest = k;
            }
        }

        if (entityBest > 0)
        {
            output[n++] = H(THistAny, (ulong)entityBest);
        }

        return n;
    }

    /// <summary>The stable hash of a template id with a value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong H(ulong template, ulong value) => StableHash.Combine(template, value);

    private static int AddGazetteer(ulong gaz, ulong template, bool headline, bool capitalized, Span<ulong> output, int n)
    {
        while (gaz != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(gaz);
            int category = bit / 4;
            ulong position = (gaz >> (category * 4)) & 0xF;
            gaz &= ~(0xFUL << (category * 4));
            ulong key = ((ulong)category << 4) | position;
            output[n++] = H(template, key);
            if (capitalized)
            {
                output[n++] = H(template + 200, key);
            }

            if (template == TGaz && headline)
            {
                output[n++] = H(template + 100, key);
            }
        }

        return n;
    }

    private static int Cap(ReadOnlySpan<TokenFacts> sentence, int i)
    {
        if (i < 0 || i >= sentence.Length)
        {
            return 3;
        }

        TokenFlags fl = sentence[i].Flags;
        return (fl & TokenFlags.AllCaps) != 0 ? 2 : (fl & TokenFlags.Capitalized) != 0 ? 1 : 0;
    }

    private static int FirstLetter(ReadOnlySpan<char> w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            if (char.IsLetter(w[i]))
            {
                return i;
            }
        }

        return 0;
    }

    private static void SetPrefix(ref TokenFacts f, int index, ulong value)
    {
        switch (index)
        {
            case 0: f.P1 = value; break;
            case 1: f.P2 = value; break;
            case 2: f.P3 = value; break;
            default: f.P4 = value; break;
        }
    }

    private static void SetSuffix(ref TokenFacts f, int length, ulong value)
    {
        switch (length)
        {
            case 1: f.S1 = value; break;
            case 2: f.S2 = value; break;
            case 3: f.S3 = value; break;
            default: f.S4 = value; break;
        }
    }

    /// <summary>Marks each token with the BILU position (1-4) of the longest gazetteer phrase of each category covering it.</summary>
    private static void MarkGazetteers(NerLexicon lexicon, Span<TokenFacts> facts)
    {
        if (lexicon.Gazetteer.Count == 0)
        {
            return;
        }

        Span<int> longest = stackalloc int[16];
        for (int i = 0; i < facts.Length; i++)
        {
            longest.Clear();
            ulong phrase = NerLexicon.PhraseStart(facts[i].Lower);
            for (int len = 1; len <= NerLexicon.MaxPhraseTokens && i + len <= facts.Length; len++)
            {
                if (len > 1)
                {
                    phrase = NerLexicon.PhraseNext(phrase, facts[i + len - 1].Lower);
                }

                int value = lexicon.Gazetteer.Get(phrase, 0);
                if (value == 0)
                {
                    break;
                }

                int cats = value & ~NerLexicon.PrefixBit;
                while (cats != 0)
                {
                    int c = System.Numerics.BitOperations.TrailingZeroCount(cats);
                    cats &= cats - 1;
                    longest[c] = len;
                }

                if ((value & NerLexicon.PrefixBit) == 0)
                {
                    break;
                }
            }

            for (int c = 0; c < 11; c++)
            {
                int len = longest[c];
                if (len == 0)
                {
                    continue;
                }

                for (int k = 0; k < len; k++)
                {
                    ref TokenFacts t = ref facts[i + k];
                    if (((t.Gazetteer >> (c * 4)) & 0xF) != 0)
                    {
                        continue;
                    }

                    ulong position = len == 1 ? 4UL : k == 0 ? 1UL : k == len - 1 ? 3UL : 2UL;
                    t.Gazetteer |= position << (c * 4);
                }
            }
        }
    }
}
