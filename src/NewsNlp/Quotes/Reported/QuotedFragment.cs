using NewsNlp.Documents;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A rule quote that is only a quoted fragment of a reported clause the learned tagger read whole: in <c>Ruiz says she
/// admired Vale's courage through what she calls a "war of words."</c> the rules give <c>a "war of words."</c> (after
/// <c>calls</c>), the tagger the clause <c>she admired … words."</c> after <c>says</c>; in <c>She asked the crowd to
/// welcome the mayor - "my new best friend."</c> the rules give the quotation alone. The tagger's piece takes the
/// fragment's place when the fragment is the only rule quote over the piece (its cue and source aside), lies inside it,
/// opens lower-case and not right after a comma or colon (a fragment, not a sentence or the second half of a split
/// quotation), the piece starts before it and the piece's own cue ends
/// before the piece, outside quotation marks (the cue opens the clause the fragment belongs to).
/// </summary>
internal static class QuotedFragment
{
    /// <summary>The one rule quote covering tokens of the piece <c>[first, end)</c>, when it is such a fragment; else null. Pieces are asked in text order (<paramref name="drafts"/> sweeps forward).</summary>
    public static QuoteDraft? Inside(DocumentView v, AttributionState state, DraftExtentSweep drafts, int first, int end)
    {
        if (drafts.CountOverlapping(first, end, out QuoteDraft? found) != 1)
        {
            return null;
        }

        if (found is null || found.DecidedBy == RuleNames.LearnedTagger)
        {
            return null;
        }

        (int ff, int fe) = DraftExtentSweep.Extent(found);
        if (ff <= first || fe > end || !OpensLowerCase(v, found) || AfterCommaOrColon(v, ff))
        {
            return null;
        }

        for (int t = first; t < end; t++)
        {
            if (state.IsCovered(t) && (t < ff || t >= fe) && !(t >= found.CueFirst && t < found.CueEnd) && !(t >= found.SourceFirst && t < found.SourceEnd))
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>True when the piece's cue <c>[cueFirst, cueEnd)</c> ends before the piece starting at <paramref name="pieceFirst"/>, outside quotation marks.</summary>
    public static bool OpensClause(DocumentView v, QuoteDraft fragment, int cueFirst, int cueEnd, int pieceFirst) =>
        cueEnd <= pieceFirst && !v.InQuote(cueFirst) && v.SentenceOf[cueFirst] == v.SentenceOf[pieceFirst] && fragment.FirstToken > pieceFirst;

    /// <summary>Drops <paramref name="fragment"/> (when not null): the tagger's clause replaces it.</summary>
    public static void Drop(QuoteDraft? fragment)
    {
        if (fragment is not null)
        {
            fragment.Dropped = true;
            fragment.DecidedBy = RuleNames.Merged;
        }
    }

    /// <summary>
    /// A quotation right after a comma or a colon is a sentence part of its own (<c>"We will win," he said, "because …"</c>,
    /// <c>he said: "we …"</c>), not a fragment inside the clause.
    /// </summary>
    private static bool AfterCommaOrColon(DocumentView v, int first) =>
        first > 0 && v.Shapes[first - 1] is TokenShape.Comma or TokenShape.Colon;

    /// <summary>The quote's first word (past an opening quotation mark) is lower-case.</summary>
    private static bool OpensLowerCase(DocumentView v, QuoteDraft d)
    {
        int t = d.OpenToken >= 0 ? Math.Min(d.OpenToken, d.FirstToken) : d.FirstToken;
        while (t < v.Count && v.Shapes[t] == TokenShape.QuoteMark)
        {
            t++;
        }

        return t < v.Count && v.Shapes[t] == TokenShape.Lower;
    }
}
