using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// Session 25: <c>The problem with Mel Gibson's film, he believed, was that …. "Hollywood doesn't …," he said.</c>: a name
/// before a reporting parenthetical whose subject is the same he/she as the pronoun being resolved (", he believed,",
/// ", she said,") stands in what that he/she reports — someone talked about, not the one who goes on talking. The
/// parenthetical's pronoun carries on the earlier speaker, so a later he/she does too.
/// </summary>
internal static class ParentheticalReportContent
{
    /// <summary>Most tokens from the end of the name to the parenthetical's comma.</summary>
    private const int MaxGap = 10;

    /// <summary>
    /// True when, in the sentence of the mention ending at <paramref name="end"/>, a comma, the same pronoun as
    /// <paramref name="pronoun"/> (that pronoun itself, or one before it), one or two lower-case words and another comma
    /// follow the name (outside quotations).
    /// </summary>
    public static bool Holds(DocumentView v, int first, int end, int pronoun)
    {
        if (end >= v.Count || v.InQuote(first) || !v.Is(pronoun, WordClass.SingularPronoun))
        {
            return false;
        }

        int sentence = v.SentenceOf[first];
        for (int t = end; t < pronoun && t - end <= MaxGap && v.SentenceOf[t] == sentence && !v.InQuote(t); t++)
        {
            if (v.Shapes[t] != TokenShape.Comma || t + 1 > pronoun || !v.Chars(t + 1).Equals(v.Chars(pronoun), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int w = t + 2;
            while (w < t + 4 && w < v.Count && v.Shapes[w] == TokenShape.Lower && !v.Is(w, WordClass.Boundary))
            {
                w++;
            }

            if (w > t + 2 && w < v.Count && v.Shapes[w] == TokenShape.Comma)
            {
                return true;
            }
        }

        return false;
    }
}
