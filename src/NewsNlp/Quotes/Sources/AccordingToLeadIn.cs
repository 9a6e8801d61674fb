using NewsNlp.Documents;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// <c>According to the newspaper, the prime minister told aides that …</c>: a nested report. The words after the cue are
/// the inner speaker's (the cue's own subject), the <c>according to</c> phrase only says who passed them on; so a source
/// mention inside a sentence-opening <c>According to X,</c> moves to the subject between that comma and the cue.
/// </summary>
internal static class AccordingToLeadIn
{
    /// <summary>Most tokens of the <c>according to</c> phrase.</summary>
    private const int MaxPhrase = 15;

    /// <summary>Re-points the source of <paramref name="d"/> to its cue's own subject when it sits in an opening <c>According to X,</c>; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst)
        {
            return false;
        }

        int sentenceFirst = Grammar.Clauses.SentenceFirst(v, d.CueFirst);
        if (d.SourceFirst < sentenceFirst + 2 || !v.TextIs(sentenceFirst, "according") || !v.TextIs(sentenceFirst + 1, "to"))
        {
            return false;
        }

        int comma = -1;
        for (int t = sentenceFirst + 2; t < d.CueFirst && t - sentenceFirst <= MaxPhrase; t++)
        {
            if (v.Shapes[t] == TokenShape.Comma)
            {
                comma = t;
                break;
            }
        }

        if (comma < 0 || d.SourceFirst > comma)
        {
            return false;
        }

        (int first, int end) = SourceFinder.SubjectBefore(v, d.CueFirst, comma + 1);
        if (first <= comma || end > d.CueFirst)
        {
            return false;
        }

        d.SetSource(first, end);
        return true;
    }
}
