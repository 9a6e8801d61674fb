using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 27: <c>Separately, the Halifax said prices rose. The UK's biggest mortgage lender said …</c> — the tagger's
/// source was the organisation noun alone ("lender"), so the speaker was the bare word, not the firm the description
/// stands for. A source that is one lower-case organisation noun right before its cue, after up to four lower-case modifiers and a possessive name or
/// none, opening with "the" at the clause's start ("The UK's biggest mortgage lender", "the country's largest carmaker",
/// "the state-owned lender"), is resolved as the whole subject (the organisation-noun rule then finds the firm named earlier). The
/// quote's source span is left as it is.
/// </summary>
internal static class DescribedOrganisationNoun
{
    /// <summary>Most words between the determiner and the noun, and most words of a possessive name.</summary>
    private const int MaxModifiers = 4;

    /// <summary>The definite subject the organisation-noun source heads, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceFirst < 0 || d.SourceEnd != d.SourceFirst + 1 || d.SourceEnd > d.CueFirst || d.CueFirst >= v.Count
            || v.Shapes[d.SourceFirst] != TokenShape.Lower || !SpeakerWords.IsOrgNoun(v.Chars(d.SourceFirst)) || NounPhrases.IsPlural(v.Chars(d.SourceFirst)))
        {
            return (-1, -1);
        }

        int limit = NounPhrases.SentenceStart(v, d.CueFirst);
        int f = d.SourceFirst - 1, modifiers = 0;
        while (f > limit && modifiers < MaxModifiers && v.Shapes[f] == TokenShape.Lower && !v.InQuote(f)
            && !v.Is(f, WordClass.CueVerb | WordClass.Boundary | WordClass.Determiner | WordClass.Auxiliary) && !SpeakerWords.IsPreposition(v.Chars(f)))
        {
            f--;
            modifiers++;
        }

        // "the UK's": a possessive name between the determiner and the modifiers.
        if (f > limit && SpeakerWords.IsPossessive(v.Chars(f)))
        {
            int n = f - 1;
            while (n > limit && f - n <= MaxModifiers && v.IsNameToken(n) && !v.InQuote(n))
            {
                n--;
            }

            f = n < f - 1 ? n : -1;
        }

        if (f < limit || f >= d.SourceFirst || !(v.TextIs(f, "the") || v.TextIs(f, "The")) || (f > limit && v.Shapes[f - 1] != TokenShape.Comma))
        {
            return (-1, -1);
        }

        int e = d.SourceEnd;
        return (f, e);
    }
}
