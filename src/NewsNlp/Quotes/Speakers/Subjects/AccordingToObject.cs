using NewsNlp.Documents;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>According to a new book, Jon Hale's Britain by journalist Ana Ruiz, Mr Berg went back on a pledge …</c>: when the
/// cue is a sentence-opening <c>According to</c> itself, its object up to the first comma is the source; a name in the
/// reported words after the comma is talked about.
/// </summary>
internal static class AccordingToObject
{
    /// <summary>Most tokens of the <c>according to</c> object.</summary>
    private const int MaxPhrase = 10;

    /// <summary>The object of the draft's sentence-opening <c>According to</c> cue when the draft's source lies after its comma; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.CueFirst + 2 >= v.Count || !v.TextIs(d.CueFirst, "according") || !v.TextIs(d.CueFirst + 1, "to")
            || Grammar.Clauses.SentenceFirst(v, d.CueFirst) != d.CueFirst || v.InQuote(d.CueFirst))
        {
            return (-1, -1);
        }

        int start = d.CueFirst + 2, comma = start;
        while (comma < v.Count && comma - start <= MaxPhrase && v.Shapes[comma] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number && !v.InQuote(comma)
            && v.SentenceOf[comma] == v.SentenceOf[start])
        {
            comma++;
        }

        return comma > start && comma < v.Count && v.Shapes[comma] == TokenShape.Comma && d.SourceFirst > comma && v.SentenceOf[d.SourceFirst] == v.SentenceOf[start]
            ? (start, comma) : (-1, -1);
    }
}
