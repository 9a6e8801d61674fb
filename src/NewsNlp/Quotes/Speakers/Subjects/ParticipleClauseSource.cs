using NewsNlp.Quotes.Grammar;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 22: a participle cue after a comma (<c>…, adding …</c>) whose source is a sentence-opening word cut short by
/// "and" or "or" (<c>Work and pensions minister Alan Johnson said …, adding they would "work as a team"</c>: "Work"): the
/// participle hangs on the clause whose own cue verb stands before it, so the source that verb's quote found (after the
/// learned ranker: "Alan Johnson") is the participle's too.
/// </summary>
internal static class ParticipleClauseSource
{
    /// <summary>The source of the same clause's earlier quote, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d, List<QuoteDraft> drafts)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd >= d.CueFirst || d.SourceEnd >= v.Count || v.InQuote(d.SourceFirst)
            || !(v.TextIs(d.SourceEnd, "and") || v.TextIs(d.SourceEnd, "or")) || d.CueFirst < 1 || v.Shapes[d.CueFirst - 1] != TokenShape.Comma
            || !Clauses.IsParticiple(v, d.CueFirst))
        {
            return (-1, -1);
        }

        foreach (QuoteDraft other in drafts)
        {
            if (!ReferenceEquals(other, d) && other.HasSource && other.HasCue && other.SourceFirst > d.SourceEnd && other.SourceEnd <= other.CueFirst
                && other.CueEnd < d.CueFirst && v.SentenceOf[other.CueFirst] == v.SentenceOf[d.CueFirst] && v.SentenceOf[other.SourceFirst] == v.SentenceOf[d.SourceFirst]
                && v.Shapes[other.SourceFirst] == TokenShape.Capitalised)
            {
                return (other.SourceFirst, other.SourceEnd);
            }
        }

        return (-1, -1);
    }
}
