using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A closing report may name its hearer and then where or when it was told: <c>…, Abbas told the Arab League during a
/// visit to Cairo yesterday.</c>, <c>…, the firm told an audience at the trade fair in Leeds last year.</c>. Such a tail
/// is longer than the adjunct a closing report usually carries (six tokens), but it is still no clause: after a cue that
/// takes a hearer (<c>told</c>, <c>informed</c> …) come only the hearer's phrase and prepositional or time phrases —
/// no comma, quotation, "that", relative word, subject pronoun, auxiliary, cue verb, conjunction opening a clause ("and"
/// only inside a name: <c>the Media and Broadcasting Conference</c>), and
/// no lower-case word in -ed or -ing (a verb or participle: <c>told the panel investigating the case</c>), at most
/// twelve tokens.
/// </summary>
internal static class HearerTail
{
    /// <summary>The longest tail read as a hearer and its adjuncts.</summary>
    public const int MaxTokens = 12;

    private static readonly string[] Prepositions =
    [
        "at", "in", "on", "to", "during", "before", "after", "for", "with", "from", "of", "near", "outside", "inside", "ahead", "across",
        "by", "via", "over", "throughout",
    ];

    /// <summary>True when <c>[from, end)</c>, after the cue at <c>from - 1</c>, is a hearer with its adjuncts.</summary>
    public static bool IsAt(DocumentView v, int from, int end)
    {
        if (from < 1 || end - from > MaxTokens || end <= from || !v.Is(from - 1, WordClass.ObjectCue))
        {
            return false;
        }

        for (int t = from; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.Dash
                || v.Is(t, WordClass.That | WordClass.Relative | WordClass.SubjectPronoun
                    | WordClass.Auxiliary | WordClass.CueVerb))
            {
                return false;
            }

            if (v.Shapes[t] != TokenShape.Lower)
            {
                continue;
            }

            ReadOnlySpan<char> word = v.Chars(t);
            if (v.TextIsAny(t, Prepositions) || (v.TextIs(t, "and") && v.Shapes[t - 1] == TokenShape.Capitalised && t + 1 < end && v.Shapes[t + 1] == TokenShape.Capitalised))
            {
                // "and" inside a name ("the Media and Broadcasting Conference").
                continue;
            }

            // A conjunction opening a clause ("because", "while", "and"), a verb or a participle.
            if ((v.Is(t, WordClass.Boundary) && !v.Is(t, WordClass.Determiner)) || word.EndsWith("ed", StringComparison.Ordinal)
                || word.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
