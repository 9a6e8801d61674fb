using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>Former captain Jon Hale, who now plays for Al-Madina in Qatar, says …</c>: a relative clause set off by commas
/// between a subject and its verb describes the subject; a name inside it (the club, a colleague) is talked about. The
/// subject before <c>, who</c> is who speaks.
/// </summary>
internal static class RelativeInsertion
{
    /// <summary>
    /// The subject of the draft's cue when that subject is followed by <c>, who|which|whose|whom</c> and the draft's
    /// source lies inside the relative clause that ends with the comma before the cue; else (-1, -1).
    /// </summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst || d.CueFirst >= v.Count || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        (int first, int end) = SourceFinder.SubjectBefore(v, d.CueFirst, NounPhrases.SentenceStart(v, d.CueFirst));
        if (first < 0 || end + 1 >= d.SourceFirst || v.Shapes[end] != TokenShape.Comma || !(v.Is(end + 1, WordClass.Relative) || v.TextIs(end + 1, "whose") || v.TextIs(end + 1, "whom")))
        {
            return (-1, -1);
        }

        // The clause runs from the relative word to the comma right before the cue (past adverbs and auxiliaries).
        int close = d.CueFirst - 1;
        while (close > d.SourceEnd && v.Shapes[close] != TokenShape.Comma)
        {
            close--;
        }

        return close >= d.SourceEnd && v.Shapes[close] == TokenShape.Comma ? (first, end) : (-1, -1);
    }
}
