using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// An inverted closing report whose subject is a common noun carried on by prepositional phrases to the sentence end —
/// <c>…, suggests a report into the council's finances.</c>, <c>…, says the head of the regional health board.</c>,
/// <c>…, says the boss of the body that cleared them.</c> — names its source in the whole of that tail. The phrase finder
/// stops at the first preposition, so the tagger's reading (the subject as the content) stood. The tail after the head
/// noun phrase is one or more prepositional phrases (no comma, quotation, auxiliary or verb of saying), ending at most
/// in one short relative clause (<c>that</c>, <c>who</c> or <c>which</c>, then a lower-case verb).
/// </summary>
internal static class InvertedSubjectTail
{
    /// <summary>Prepositions that carry on a speaking noun (<c>the head of</c>, <c>a report into</c>, <c>a study by</c>).</summary>
    private static readonly string[] Prepositions = ["of", "into", "by", "from", "on", "at", "for", "in", "with"];

    /// <summary>A final relative clause is at most this many tokens long, its relative word included.</summary>
    private const int MaxRelativeTokens = 9;

    /// <summary>
    /// True when the head noun phrase <c>[first, e)</c> after an inverted cue is a common noun (its first word lower-case)
    /// and <c>[e, end)</c> is such a tail.
    /// </summary>
    public static bool RunsTo(DocumentView v, int first, int e, int end)
    {
        if (first < 0 || e <= first || e >= end - 1 || v.Shapes[first] != TokenShape.Lower || v.Shapes[e] != TokenShape.Lower)
        {
            return false;
        }

        // The tail opens with a preposition, or with the relative clause when the phrase finder kept the prepositional
        // phrase ("the boss of the body | that cleared them").
        if (!v.TextIsAny(e, Prepositions) && !(IsRelative(v, e) && HoldsPreposition(v, first + 1, e)))
        {
            return false;
        }

        for (int t = e; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.Dash or TokenShape.SentenceEnd)
            {
                return false;
            }

            if (IsRelative(v, t))
            {
                // "… the body that cleared them": one short relative clause closes the tail.
                return (t > e + 1 || t == e) && end - t <= MaxRelativeTokens && end - t >= 2 && v.Shapes[t + 1] == TokenShape.Lower
                    && !v.Is(t + 1, WordClass.CueVerb) && NoVerbOfSaying(v, t + 1, end);
            }

            if (v.Is(t, WordClass.Auxiliary | WordClass.CueVerb) && !v.Is(t, WordClass.RoleNoun | WordClass.CueNoun) && !v.IsApostropheS(t))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRelative(DocumentView v, int t) => v.Shapes[t] == TokenShape.Lower && (v.Is(t, WordClass.That) || v.TextIs(t, "who") || v.TextIs(t, "which"));

    private static bool HoldsPreposition(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, Prepositions))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NoVerbOfSaying(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon
                || v.Is(t, WordClass.CueVerb) && !v.Is(t, WordClass.CueNoun))
            {
                return false;
            }
        }

        return true;
    }
}
