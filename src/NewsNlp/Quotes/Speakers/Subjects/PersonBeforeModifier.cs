using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>One source at a bank involved in the deal said, "…"</c>: a subject that opens its sentence with a person noun
/// ("source", "trader", "official") and goes on with a modifier — a prepositional phrase and a participle phrase — up to
/// the cue. The source finder took the last noun before the cue ("the deal"), a thing the modifier mentions; the person
/// the sentence opens with speaks. The quote's source span is left as it is; the speaker is resolved from the returned
/// phrase (the opening words up to the person noun).
/// </summary>
internal static class PersonBeforeModifier
{
    /// <summary>Most words before the person noun ("One | senior foreign exchange | dealer").</summary>
    private const int MaxOpening = 5;

    /// <summary>Most tokens of the modifier between the person noun and the source.</summary>
    private const int MaxModifier = 12;

    /// <summary>The opening person phrase of the draft's sentence when its source is a thing inside that phrase's modifier; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd != d.CueFirst || d.SourceEnd > v.Count || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        // The source is a thing: a lower-case noun head that names no person and no organisation.
        int sourceHead = d.SourceEnd - 1;
        if (v.Shapes[sourceHead] != TokenShape.Lower || PersonNouns.IsRoleHead(v, sourceHead) || SpeakerWords.IsOrgNoun(v.Chars(sourceHead))
            || SpeakerWords.IsSpokesNoun(v.Chars(sourceHead)) || NounPhrases.IsPlural(v.Chars(sourceHead)))
        {
            return (-1, -1);
        }

        int start = NounPhrases.SentenceStart(v, d.SourceFirst);
        if (v.Is(start, WordClass.CapitalisedFunctionWord) && (v.TextIs(start, "but") || v.TextIs(start, "and")))
        {
            start++;
        }

        // A determiner or number, up to a few modifiers, the person noun, then a preposition.
        int head = -1;
        for (int t = start + 1; t < d.SourceFirst && t - start <= MaxOpening; t++)
        {
            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised) || v.InQuote(t))
            {
                return (-1, -1);
            }

            if (PersonNouns.IsRoleHead(v, t) && !NounPhrases.IsPlural(v.Chars(t)) && t + 1 < d.SourceFirst && v.Shapes[t + 1] == TokenShape.Lower
                && SpeakerWords.IsPreposition(v.Chars(t + 1)))
            {
                head = t;
                break;
            }
        }

        if (head < 0 || !(v.Is(start, WordClass.Determiner) || v.Shapes[start] == TokenShape.Number || v.TextIs(start, "one")))
        {
            return (-1, -1);
        }

        // The modifier: words, determiners and prepositions only — no comma, quotation, verb of saying, auxiliary or relative.
        if (d.SourceFirst - head > MaxModifier)
        {
            return (-1, -1);
        }

        for (int t = head + 1; t < d.SourceFirst; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number)
                || v.Is(t, WordClass.Auxiliary | WordClass.Relative | WordClass.That | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.SingularPronoun | WordClass.PluralPronoun))
            {
                return (-1, -1);
            }
        }

        return (start, head + 1);
    }
}
