using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// The subject of a participle cue after "with": in <c>He has released one single, with the label saying the album was
/// due in May</c> the label says it, not the sentence's subject "He" (an absolute clause has a subject of its own).
/// </summary>
internal static class WithParticiple
{
    /// <summary>
    /// The noun phrase between "with" and the draft's "-ing" cue when the source lies outside it; else (-1, -1).
    /// </summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasCue || !d.HasSource || d.CueFirst < 2 || d.CueFirst >= v.Count || v.Shapes[d.CueFirst] != TokenShape.Lower
            || !v.Chars(d.CueFirst).EndsWith("ing", StringComparison.Ordinal))
        {
            return (-1, -1);
        }

        int limit = NounPhrases.SentenceStart(v, d.CueFirst);
        (int first, int end) = SourceFinder.PhraseEndingAt(v, d.CueFirst - 1, limit);
        if (first < limit + 1 || end != d.CueFirst || v.Shapes[first - 1] != TokenShape.Lower || !v.TextIs(first - 1, "with")
            || (d.SourceFirst >= first && d.SourceEnd <= end))
        {
            return (-1, -1);
        }

        return (first, end);
    }
}
