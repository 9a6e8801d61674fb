using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 20: <c>"He was a loving father," his family said</c>, <c>Their lawyers told the court</c>: a source that is
/// only a possessive determiner (<c>his</c>, <c>her</c>, <c>its</c>, <c>their</c>, <c>our</c>, <c>my</c>) before the cue
/// leaves out the noun it determines; the speaker is the whole phrase ("his family"), never the bare possessive.
/// </summary>
internal static class PossessiveDeterminerHead
{
    /// <summary>Most nouns between the possessive and the cue ("his elder brother" has two).</summary>
    private const int MaxNouns = 3;

    private static readonly string[] Possessives = ["his", "her", "its", "their", "our", "my"];

    /// <summary>The possessive and the nouns after it up to the cue, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd - d.SourceFirst != 1 || d.CueFirst <= d.SourceEnd || d.CueFirst - d.SourceEnd > MaxNouns
            || v.InQuote(d.SourceFirst) || !v.TextIsAny(d.SourceFirst, Possessives))
        {
            return (-1, -1);
        }

        // The cue is a verb of its own ("his family said"), not a copula ("his best response was to say": the
        // possessor answers, and the noun is its act).
        if (!v.Is(d.CueFirst, WordClass.CueVerb) || v.Is(d.CueFirst, WordClass.Auxiliary) || v.Is(d.CueFirst - 1, WordClass.CueNoun))
        {
            return (-1, -1);
        }

        for (int k = d.SourceEnd; k < d.CueFirst; k++)
        {
            if (!NounPhrases.IsNounAfter(v, k) || v.SentenceOf[k] != v.SentenceOf[d.SourceFirst])
            {
                return (-1, -1);
            }
        }

        return (d.SourceFirst, d.CueFirst);
    }
}
