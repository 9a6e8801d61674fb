using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 28: <c>…, U.S. and Japanese officials said</c>, <c>British and French officials said</c>: two places or
/// nationalities joined by "and" before a plural noun are modifiers of one group; the group speaks, not the first name
/// (the source finder or the entity rule took "U.S." / "British"). The phrase runs from the first name (after a
/// determiner) to the cue and holds no person; it opens its clause (the sentence's start, or after a comma).
/// </summary>
internal static class CoordinatedNationalities
{
    /// <summary>Most name tokens on either side of "and".</summary>
    private const int MaxNameTokens = 3;

    /// <summary>Most lower-case nouns after the second name ("officials", "trade officials").</summary>
    private const int MaxNouns = 2;

    /// <summary>The group phrase [first, end) ending right before the draft's cue that holds its source, or (-1, -1).</summary>
    public static (int First, int End) Phrase(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst || d.CueFirst >= v.Count || v.InQuote(d.SourceFirst) || !v.HasEntities)
        {
            return (-1, -1);
        }

        // Back from the source to the clause's opening: a few name tokens and "and" only.
        int p = d.SourceFirst;
        while (p > 0 && d.SourceFirst - p < 2 * MaxNameTokens + 1 && v.SentenceOf[p - 1] == v.SentenceOf[p] && (Name(v, p - 1) || v.TextIs(p - 1, "and")))
        {
            p--;
        }

        int first = p > 0 && v.SentenceOf[p - 1] == v.SentenceOf[p] && v.TextIs(p - 1, "the") ? p - 1 : p;
        if (first > 0 && v.SentenceOf[first - 1] == v.SentenceOf[first] && v.Shapes[first - 1] != TokenShape.Comma && v.Shapes[first - 1] != TokenShape.Dash)
        {
            return (-1, -1);
        }

        int t = p;
        int names = 0;
        while (t < d.CueFirst && Name(v, t) && names < MaxNameTokens)
        {
            t++;
            names++;
        }

        if (names == 0 || !v.TextIs(t, "and") || v.Shapes[t] != TokenShape.Lower)
        {
            return (-1, -1);
        }

        t++;
        names = 0;
        while (t < d.CueFirst && Name(v, t) && names < MaxNameTokens)
        {
            t++;
            names++;
        }

        int nouns = 0;
        while (t < d.CueFirst && nouns < MaxNouns && NounPhrases.IsNounAfter(v, t))
        {
            t++;
            nouns++;
        }

        return names > 0 && nouns > 0 && t == d.CueFirst && d.SourceFirst >= p && d.SourceEnd <= t && NounPhrases.IsPlural(v.Chars(t - 1))
            && !SpeakerWords.IsOrgNoun(v.Chars(t - 1)) ? (first, t) : (-1, -1);
    }

    /// <summary>True for a token of a place's or nationality's name: a recognised location or miscellaneous name, no person or organisation.</summary>
    private static bool Name(DocumentView v, int t)
    {
        int e = v.EntityOf[t];
        return e >= 0 && v.Document.Entities[e].Type is EntityType.Location or EntityType.Miscellaneous && !v.InQuote(t);
    }
}
