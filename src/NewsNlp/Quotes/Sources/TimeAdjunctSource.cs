using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 20: a time adjunct between a subject and its verb (<c>an arbitration panel in 2001 found …</c>, <c>the court
/// on Monday ruled …</c>) names no speaker: a source that is only the year or day after <c>in</c>, <c>on</c>, <c>at</c>
/// or <c>during</c> moves to the noun phrase before the preposition.
/// </summary>
internal static class TimeAdjunctSource
{
    private static readonly string[] Prepositions = ["in", "on", "at", "during", "since", "by"];

    /// <summary>Re-points the source of <paramref name="d"/> from a time word to the phrase before its preposition; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || d.SourceEnd - d.SourceFirst != 1 || d.SourceFirst < 2 || !IsTimeWord(v, d.SourceFirst))
        {
            return false;
        }

        int preposition = d.SourceFirst - 1;
        if (v.Shapes[preposition] != TokenShape.Lower || !v.TextIsAny(preposition, Prepositions) || v.InQuote(preposition))
        {
            return false;
        }

        int sentenceFirst = Grammar.Clauses.SentenceFirst(v, preposition);
        (int f, int e) = SourceFinder.PhraseEndingAt(v, preposition - 1, sentenceFirst);
        if (f < 0 || e != preposition)
        {
            return false;
        }

        d.SetSource(f, e);
        return true;
    }

    /// <summary>A four-digit year or a listed time word (<c>Monday</c>, <c>May</c>, <c>yesterday</c>).</summary>
    private static bool IsTimeWord(DocumentView v, int t)
    {
        ReadOnlySpan<char> w = v.Chars(t);
        bool year = v.Shapes[t] == TokenShape.Number && w.Length == 4 && (w[0] == '1' || w[0] == '2');
        return year || v.Is(t, WordClass.TimeWord);
    }
}
