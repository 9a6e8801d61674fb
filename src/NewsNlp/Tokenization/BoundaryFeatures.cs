using NewsNlp.Documents;
using NewsNlp.Learning;

namespace NewsNlp.Tokenization;

/// <summary>
/// Hashed features of a candidate sentence boundary after token <c>i</c>: the words, shapes and kinds of tokens
/// <c>i-1 … i+2</c>, abbreviation membership, closing quotes and brackets, white space in the gap, the length of the
/// sentence so far and the tokens left in the paragraph. Allocation-free.
/// </summary>
internal static class BoundaryFeatures
{
    /// <summary>Upper bound of the number of features <see cref="Extract"/> writes.</summary>
    public const int MaxFeatures = 40;

    /// <summary>Characters of a token used for word features (longer tokens are cut).</summary>
    internal const int MaxWordChars = 24;

    /// <summary>
    /// True when the gap after <paramref name="i"/> is worth asking the model about: the token is not a plain word or the
    /// next token does not start with a lower-case letter. Elsewhere a boundary is (almost) never found.
    /// </summary>
    public static bool IsCandidate(in BoundaryContext c, int i)
    {
        ref readonly TokenRow row = ref c.Rows[i];
        if (row.Length == 1 && c.Text[row.Start] == '>' && CharClass.IsLower(c.Text[c.Rows[i + 1].Start]))
        {
            // Session 26: the end of a ticker tag before a lower-case word ("Acme Corp <ACME.N> is in talks …") ends no sentence.
            return false;
        }

        if (row.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Clitic) || c.Text[row.End - 1] == '.')
        {
            return true;
        }

        return !CharClass.IsLower(c.Text[c.Rows[i + 1].Start]);
    }

    /// <summary>Writes the feature hashes of the gap after token <paramref name="i"/>; returns how many.</summary>
    /// <param name="c">The context.</param>
    /// <param name="i">The token before the gap.</param>
    /// <param name="cache">Word and shape hashes of recently seen tokens (one per document, used left to right).</param>
    /// <param name="features">Receives the hashes (at least <see cref="MaxFeatures"/> long).</param>
    public static int Extract(in BoundaryContext c, int i, ref TokenHashCache cache, Span<ulong> features)
    {
        int n = 0;
        ReadOnlySpan<TokenRow> rows = c.Rows;
        string text = c.Text;
        int prev = i - 1 >= c.ParagraphStart ? i - 1 : -1;
        int next = i + 1;
        int next2 = i + 2 < c.ParagraphEnd ? i + 2 : -1;

        cache.Get(c, i, out ulong wCur, out ulong sCur);
        cache.Get(c, next, out ulong wNext, out ulong sNext);
        ulong wPrev = 1, sPrev = 1, sNext2 = 1;
        if (prev >= 0)
        {
            cache.Get(c, prev, out wPrev, out sPrev);
        }

        if (next2 >= 0)
        {
            cache.Get(c, next2, out _, out sNext2);
        }
        ulong kCur = (ulong)rows[i].Kind + 1;
        ulong kNext = (ulong)rows[next].Kind + 1;
        ulong kPrev = prev >= 0 ? (ulong)rows[prev].Kind + 1 : 0;
        ulong caseNext = CaseClass(text[rows[next].Start]);

        features[n++] = F(1, 0);
        features[n++] = F(2, wCur);
        features[n++] = F(3, wNext);
        features[n++] = F(4, wPrev);
        features[n++] = F(5, sCur);
        features[n++] = F(6, sNext);
        features[n++] = F(7, sPrev);
        features[n++] = F(8, sNext2);
        features[n++] = F(9, kCur, kNext);
        features[n++] = F(10, sCur, sNext);
        features[n++] = F(11, wCur, caseNext);
        features[n++] = F(12, sPrev, sCur, caseNext);
        features[n++] = F(13, wPrev, wCur);
        features[n++] = F(14, wCur, wNext);
        features[n++] = F(15, kPrev, kCur, kNext);
        features[n++] = F(16, sCur, wNext);

        // Abbreviation: the token without its final period is in the lexicon, or is an initial / acronym.
        ReadOnlySpan<char> cur = c.Chars(i);
        if (cur.Length > 1 && cur[^1] == '.')
        {
            ReadOnlySpan<char> stem = cur[..^1];
            bool abbreviation = Lexicon.IsAbbreviation(stem, beforeNumber: false);
            features[n++] = F(17, abbreviation ? 1UL : 2UL, caseNext);
            features[n++] = F(18, (ulong)Math.Min(stem.Length, 6), caseNext);
            if (Lexicon.IsSentenceOpener(c.Chars(next)))
            {
                features[n++] = F(19, abbreviation ? 1UL : 2UL);
            }
        }

        // Closing quote or bracket after final punctuation.
        if (prev >= 0 && SentenceSplitter.RuleDecider.IsCloser(c, i))
        {
            int j = c.BeforeCloserRun;

            features[n++] = F(20, j >= c.SentenceStart && SentenceSplitter.RuleDecider.IsFinalPunctuation(c, j) ? TokenHashCache.Shape(c, j) : 0, caseNext);
        }

        // The rule-based decision as a feature.
        features[n++] = F(21, new SentenceSplitter.RuleDecider().IsBoundary(c, i) ? 1UL : 2UL);

        // Gap: no space, space, line break.
        int gapStart = rows[i].End, gapEnd = rows[next].Start;
        ulong gap = gapEnd == gapStart ? 1UL : (rows[i].Traits & TokenTraits.NewlineAfter) != 0 ? 3UL : 2UL;
        features[n++] = F(22, gap, sCur);
        features[n++] = F(23, gap, caseNext);

        // Sentence length so far and tokens left in the paragraph.
        ulong sofar = Bucket(i + 1 - c.SentenceStart);
        ulong left = Bucket(c.ParagraphEnd - i - 1);
        features[n++] = F(24, sofar);
        features[n++] = F(25, left);
        features[n++] = F(26, sofar, sCur);
        features[n++] = F(27, left, sCur);
        features[n++] = F(28, (ulong)c.QuoteDepth, sCur);
        features[n++] = F(29, (ulong)c.QuoteDepth, sCur, sNext);
        features[n++] = F(30, Length(rows[i].Length), sCur);
        if (next2 >= 0)
        {
            features[n++] = F(31, sNext, sNext2);
            features[n++] = F(32, wNext, sNext2);
        }

        return n;
    }

    private static ulong Bucket(int count) => count switch
    {
        <= 3 => (ulong)count,
        <= 5 => 4,
        <= 9 => 5,
        <= 19 => 6,
        <= 39 => 7,
        _ => 8,
    };

    private static ulong Length(int length) => (ulong)Math.Min(length, 6);

    private static ulong CaseClass(char c)
    {
        CharFlags f = CharClass.Of(c);
        return (f & CharFlags.Upper) != 0 ? 1UL : (f & CharFlags.Lower) != 0 ? 2UL : (f & CharFlags.Digit) != 0 ? 3UL : (f & CharFlags.Letter) != 0 ? 4UL : 5UL + c;
    }

    // Feature templates are combined with a multiply-rotate mix (one multiplication per value, the same on every platform);
    // words and shapes are hashed with StableHash.
    private const ulong MixMultiplier = 0x9E3779B97F4A7C15UL;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, ulong value) => System.Numerics.BitOperations.RotateLeft((hash ^ value) * MixMultiplier, 29);

    private static ulong F(ulong template, ulong a) => Mix(Mix(template * MixMultiplier, a), 0xA5);

    private static ulong F(ulong template, ulong a, ulong b) => Mix(Mix(Mix(template * MixMultiplier, a), b), 0xA5);

    private static ulong F(ulong template, ulong a, ulong b, ulong d) => Mix(Mix(Mix(Mix(template * MixMultiplier, a), b), d), 0xA5);
}
