using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// A role noun whose possessor the source mention left out: in <c>The dockers' lawyer argued that …</c> a source of only
/// "lawyer" names no one (any lawyer of the story); the speaker is the whole phrase "the dockers' lawyer". The quote's
/// source span is left as it is; the speaker is resolved from the returned phrase.
/// </summary>
internal static class PossessorSource
{
    /// <summary>
    /// The phrase from the possessor to the source's end when the source opens with a lower-case word right after a
    /// possessive ("'s", "'") whose possessor phrase is in the same sentence; else (-1, -1).
    /// </summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || d.SourceFirst < 2 || d.SourceEnd > v.Count || v.Shapes[d.SourceFirst] != TokenShape.Lower || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        int possessive = d.SourceFirst - 1;
        if (!SpeakerWords.IsPossessive(v.Chars(possessive)) || v.InQuote(possessive))
        {
            return (-1, -1);
        }

        // The source must name a role ("lawyer", "chief economist"), and the possessor must be a phrase of its own: opening
        // with a determiner or the sentence, or a name ("evaluate Mr. Trump's broader proposals" is a verb's object).
        int limit = NounPhrases.SentenceStart(v, d.SourceFirst);
        if (!PersonNouns.IsRoleHead(v, d.SourceEnd - 1))
        {
            return (-1, -1);
        }

        (int first, int end) = SourceFinder.PhraseEndingAt(v, possessive - 1, limit);
        bool opens = first >= 0 && (first == limit || v.Is(first, WordClass.Determiner) || AllNames(v, first, end));
        return opens && end == possessive && v.SentenceOf[first] == v.SentenceOf[d.SourceFirst] ? (first, d.SourceEnd) : (-1, -1);
    }

    private static bool AllNames(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (!v.IsNameToken(t))
            {
                return false;
            }
        }

        return true;
    }
}
