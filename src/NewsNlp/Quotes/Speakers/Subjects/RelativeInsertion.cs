using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>Former captain Jon Hale, who now plays for Al-Madina in Qatar, says …</c>, <c>However, Mr Ruiz, who plans to launch
/// the firm next month, vowed to fight back, saying …</c>: a relative clause set off by commas after the sentence's
/// subject describes the subject; a name inside it (a club, a firm, a colleague) is talked about. The subject before
/// <c>, who</c> is who speaks, with the cue that follows the clause or a participle after the subject's verb.
/// </summary>
internal static class RelativeInsertion
{
    /// <summary>Most tokens looked at inside the relative clause, and between its closing comma and the cue.</summary>
    private const int MaxClause = 20;

    /// <summary>Most words opening the sentence before its subject ("However ,", "But").</summary>
    private const int MaxOpening = 3;

    /// <summary>
    /// The subject opening the sentence when the draft's source lies inside a relative clause (<c>, who|which|whose|whom
    /// … ,</c>) right after that subject and the cue comes after the clause; else (-1, -1).
    /// </summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst || d.CueFirst >= v.Count || v.InQuote(d.SourceFirst) || d.SourceFirst < 3)
        {
            return (-1, -1);
        }

        int sentence = v.SentenceOf[d.CueFirst];
        int start = NounPhrases.SentenceStart(v, d.CueFirst);

        // The relative word before the source, with a comma before it and no comma between.
        int relative = -1;
        for (int t = d.SourceFirst - 1; t > start && d.SourceFirst - t <= MaxClause; t--)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.Colon or TokenShape.Semicolon)
            {
                break;
            }

            if (IsRelativeWord(v, t))
            {
                relative = t;
                break;
            }
        }

        if (relative < 0 || v.Shapes[relative - 1] != TokenShape.Comma)
        {
            return (-1, -1);
        }

        // The comma closing the clause, before the cue; between it and the cue no name, pronoun or quotation (the cue's
        // subject is still the sentence's: "…, vowed to fight back, saying").
        int close = d.SourceEnd;
        while (close < d.CueFirst && close - d.SourceEnd <= MaxClause && v.Shapes[close] != TokenShape.Comma && !v.InQuote(close))
        {
            close++;
        }

        if (close >= d.CueFirst || v.Shapes[close] != TokenShape.Comma || d.CueFirst - close > MaxClause)
        {
            return (-1, -1);
        }

        for (int t = close + 1; t < d.CueFirst; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon || (v.IsNameToken(t) && !v.Is(t, WordClass.CapitalisedFunctionWord))
                || v.Is(t, WordClass.SingularPronoun | WordClass.PluralPronoun | WordClass.Relative) || v.TextIs(t, "and") || v.TextIs(t, "but"))
            {
                return (-1, -1);
            }
        }

        // The subject ends right before the comma that opens the clause and opens the sentence.
        (int first, int end) = SourceFinder.PhraseEndingAt(v, relative - 2, start);
        if (first < 0 || end != relative - 1 || v.SentenceOf[first] != sentence)
        {
            return (-1, -1);
        }

        for (int t = start; t < first; t++)
        {
            // A sentence adverb before a comma ("However,", "Meanwhile,") or a listed adverb or conjunction ("But", "Now").
            bool adverb = v.Shapes[t] == TokenShape.Comma || v.Is(t, WordClass.Adverb | WordClass.CapitalisedFunctionWord) || SourceFinder.IsLyAdverb(v, t)
                || (t == start && v.Shapes[t] == TokenShape.Capitalised && v.Shapes[t + 1] == TokenShape.Comma);
            if (t - start >= MaxOpening || !adverb)
            {
                return (-1, -1);
            }
        }

        return (first, end);
    }

    private static bool IsRelativeWord(DocumentView v, int t) =>
        v.Shapes[t] == TokenShape.Lower && (v.Is(t, WordClass.Relative) || v.TextIs(t, "whose") || v.TextIs(t, "whom"));
}
