using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// A verb of saying coordinated with an earlier verb by "and" shares its subject: in <c>Ana Ruiz accused the council of
/// "wasting money" and said the plan would fail</c> the second report is Ana Ruiz's, not the council's (the object of
/// the first verb, which a source finder reading leftwards from "said" meets first). The quote's source span is left as
/// it is; the speaker is resolved from the earlier report's source.
/// </summary>
internal static class CoordinatedCue
{
    /// <summary>
    /// The source of the earlier report of the same sentence when the cue of the draft at <paramref name="index"/> of
    /// <paramref name="drafts"/> (text order) follows "and" and its source lies between that report's cue and the "and";
    /// else (-1, -1).
    /// </summary>
    public static (int First, int End) Subject(DocumentView v, List<QuoteDraft> drafts, int index)
    {
        QuoteDraft d = drafts[index];
        if (!d.HasCue || !d.HasSource || d.CueFirst < 2 || d.CueFirst >= v.Count)
        {
            return (-1, -1);
        }

        int and = d.CueFirst - 1;
        while (and > 0 && v.Is(and, WordClass.Adverb) && v.Shapes[and] == TokenShape.Lower)
        {
            and--;
        }

        int sentence = v.SentenceOf[d.CueFirst];
        if (v.Shapes[and] != TokenShape.Lower || !v.TextIs(and, "and") || v.SentenceOf[and] != sentence || d.SourceEnd > and || v.InQuote(and))
        {
            return (-1, -1);
        }

        for (int i = index - 1; i >= 0; i--)
        {
            QuoteDraft e = drafts[i];
            if (!e.HasCue || e.CueFirst >= v.Count || v.SentenceOf[e.CueFirst] != sentence)
            {
                continue;
            }

            return e.HasSource && e.SourceEnd <= e.CueFirst && e.CueEnd <= d.SourceFirst ? (e.SourceFirst, e.SourceEnd) : (-1, -1);
        }

        return (-1, -1);
    }
}
