using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// A source cut at the hyphen of a compound modifier: <c>said the Cardiff-based athlete</c> gives "the Cardiff" and
/// <c>the U.S.-backed government said</c> gives "backed government". A word joined to a lower-case word by a hyphen
/// written without spaces ("Cardiff-based", "long-serving", "debt-ridden") is one modifier of the noun after it, so the
/// source is the whole phrase: the modifier and the nouns it modifies, with a determiner before it.
/// </summary>
internal static class HyphenatedModifier
{
    /// <summary>Most lower-case nouns taken after the compound ("the Cardiff-based | rugby club").</summary>
    private const int MaxNouns = 3;

    /// <summary>The source widened over a hyphenated modifier it was cut inside; (-1, -1) when the source is not cut so.</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || d.SourceEnd > v.Count || d.SourceFirst >= d.SourceEnd || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        int first = d.SourceFirst, end = d.SourceEnd;

        // "the Cardiff | -based athlete": the modifier's hyphen and lower-case word after the source, then its nouns.
        if (end + 1 < v.Count && NounPhrases.HyphenatedWithLowerWord(v, end) && SameSentence(v, end - 1, end + 1))
        {
            int k = end + 2;
            while (k < v.Count && k - (end + 2) < MaxNouns && IsModifiedNoun(v, k, d) && SameSentence(v, end, k))
            {
                k++;
            }

            // A compound that modifies no noun ("the firm is London-based") does not widen the source.
            if (k == end + 2)
            {
                return (-1, -1);
            }

            end = k;
        }

        // "U.S.- | backed government": the word and hyphen before a lower-case source word; "the London-based | bank": the
        // whole compound before a source noun; and a determiner before them.
        int dash = first >= 2 && v.Shapes[first] == TokenShape.Lower && NounPhrases.HyphenatedWithLowerWord(v, first - 1) ? first - 1
            : first >= 3 && v.Shapes[first] == TokenShape.Lower && NounPhrases.HyphenatedWithLowerWord(v, first - 2) && NounPhrases.IsNounAfter(v, first) ? first - 2
            : -1;
        if (dash > 0 && v.Shapes[dash - 1] is TokenShape.Lower or TokenShape.Capitalised && SameSentence(v, dash - 1, first) && !v.InQuote(dash - 1))
        {
            first = dash - 1;
            if (first >= 1 && v.Is(first - 1, WordClass.Determiner) && v.Shapes[first - 1] is TokenShape.Lower or TokenShape.Capitalised
                && SameSentence(v, first - 1, first) && !v.InQuote(first - 1))
            {
                first--;
            }
        }

        return first == d.SourceFirst && end == d.SourceEnd ? (-1, -1) : (first, end);
    }

    /// <summary>True for a lower-case noun of the phrase at <paramref name="t"/>: not the quote's cue, a verb, a preposition or a function word.</summary>
    private static bool IsModifiedNoun(DocumentView v, int t, QuoteDraft d) =>
        NounPhrases.IsNounAfter(v, t) && !(d.HasCue && t >= d.CueFirst && t < d.CueEnd) && !v.Is(t, WordClass.Relative | WordClass.TimeWord);

    private static bool SameSentence(DocumentView v, int a, int b) => v.SentenceOf[a] == v.SentenceOf[b];
}
