using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 21: <c>It helps, said Mr Burke, that people are …</c>, <c>… and local authority TV, too says BT.</c> — a verb of
/// saying put after its clause is followed by its own subject; the words right before it that the finder took are no
/// subject: a lone adverb ("too", "also") or a pronoun with its verb ("It helps"). The inverted subject after the cue is
/// the source (a name or a determiner's phrase that ends at a comma or the sentence's end,
/// <see cref="InvertedCueSource.SubjectAfter"/>). Only verbs that take no object ("said", "says", "added" …): after "told"
/// the name is whom the speaker told.
/// </summary>
internal static class InvertedCueAfterNonSubject
{
    /// <summary>Verbs of saying whose inverted subject follows them directly.</summary>
    private static readonly string[] InvertingCues = ["said", "says", "added", "adds", "explained", "explains", "continued", "noted", "notes", "argued", "argues", "insisted", "insists", "wrote", "writes"];

    /// <summary>Adverbs that close a clause and are in no word list ("…, too says BT").</summary>
    private static readonly string[] AddingAdverbs = ["too", "also", "again", "though"];

    /// <summary>Re-points the source of <paramref name="d"/> to the subject after its cue when the source before the cue is no subject; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.CueEnd != d.CueFirst + 1 || d.CueEnd >= v.Count || d.SourceEnd > d.CueFirst
            || v.Shapes[d.CueFirst] != TokenShape.Lower || !v.TextIsAny(d.CueFirst, InvertingCues) || v.InQuote(d.SourceFirst))
        {
            return false;
        }

        // The source ends right before the cue ("too says") or before the comma right before it ("It helps, said"), the
        // comma taken along or not.
        int end = d.SourceEnd > d.SourceFirst + 1 && v.Shapes[d.SourceEnd - 1] == TokenShape.Comma ? d.SourceEnd - 1 : d.SourceEnd;
        int gap = d.CueFirst - end;
        if (gap > 1 || (gap == 1 && v.Shapes[end] != TokenShape.Comma))
        {
            return false;
        }

        bool loneAdverb = end - d.SourceFirst == 1 && v.Shapes[d.SourceFirst] == TokenShape.Lower
            && (v.Is(d.SourceFirst, WordClass.Adverb) || v.TextIsAny(d.SourceFirst, AddingAdverbs) || SourceFinder.IsLyAdverb(v, d.SourceFirst));
        // A pronoun and its verb only before a comma: a subject is never cut from its own verb by a comma alone ("They both
        // said the plan, …" keeps "They").
        bool comma = end < d.SourceEnd || gap == 1;
        bool pronounClause = comma && end - d.SourceFirst == 2 && v.Is(d.SourceFirst, WordClass.SubjectPronoun) && v.Shapes[d.SourceFirst + 1] == TokenShape.Lower
            && !v.Is(d.SourceFirst + 1, WordClass.Adverb | WordClass.Auxiliary);
        if (!loneAdverb && !pronounClause)
        {
            return false;
        }

        (int f, int e) = InvertedCueSource.SubjectAfter(v, d.CueEnd);
        if (f < 0 || v.Is(f, WordClass.TimeWord))
        {
            return false; // "said Monday": a time word, no subject
        }

        d.SetSource(f, e);
        return true;
    }
}
