using NewsNlp.Documents;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// A quotation that ends its sentence is not the quote of a verb of saying in a later sentence that reports a clause of
/// its own: in <c>Ana Ruiz said she hoped to lead the party by May. "I think that is enough time." But a party
/// spokesman said that would be impossible.</c> the spokesman's "said" has its object ("that would be impossible"), so the
/// quotation before it goes on with the speaker before it. Applied to the quotations the tagger gave such a later cue.
/// </summary>
internal static class OwnClauseCue
{
    /// <summary>Makes each such quotation in <paramref name="kept"/> (text order) a continuation of the quote before it; returns how many.</summary>
    public static int Apply(DocumentView v, List<QuoteDraft> kept)
    {
        int changed = 0;
        for (int i = 1; i < kept.Count; i++)
        {
            QuoteDraft d = kept[i];
            if (d.Dropped || d.Kind != QuoteKind.Direct || d.DecidedBy != RuleNames.LearnedCue || !d.HasCue || d.OpenToken < 0 || d.CueFirst >= v.Count)
            {
                continue;
            }

            int last = Math.Min(v.Count, Math.Max(d.EndToken, d.CloseEnd)) - 1;
            if (last < 0 || d.CueFirst <= last || v.SentenceOf[d.CueFirst] == v.SentenceOf[last] || !ReportsOwnClause(kept, d))
            {
                continue;
            }

            QuoteDraft? previous = PreviousSpeaking(v, kept, i);
            if (previous is null)
            {
                continue;
            }

            d.SetCue(-1, -1);
            d.SetSource(-1, -1);
            d.ContinuesFrom = previous.ContinuesFrom ?? previous;
            d.DecidedBy = RuleNames.ContinuationReportedSpeaker;
            d.Confidence = 0.65;
            changed++;
        }

        return changed;
    }

    /// <summary>True when another kept quote has the same cue with its content after the cue ("said that would be impossible").</summary>
    private static bool ReportsOwnClause(List<QuoteDraft> kept, QuoteDraft d)
    {
        foreach (QuoteDraft o in kept)
        {
            if (o != d && !o.Dropped && o.Kind != QuoteKind.Direct && o.HasCue && o.CueFirst == d.CueFirst && o.FirstToken >= d.CueEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kept quote right before <c>kept[i]</c> when it has a speaker and ends before it in its paragraph or the one before; else null.</summary>
    private static QuoteDraft? PreviousSpeaking(DocumentView v, List<QuoteDraft> kept, int i)
    {
        QuoteDraft d = kept[i];
        for (int j = i - 1; j >= 0; j--)
        {
            QuoteDraft p = kept[j];
            if (p.Dropped)
            {
                continue;
            }

            bool speaks = p.HasSource || p.ContinuesFrom is { HasSource: true };
            return speaks && p.EndToken > 0 && p.EndToken <= d.OpenToken && v.ParagraphOf[d.OpenToken] - v.ParagraphOf[p.EndToken - 1] <= 1 ? p : null;
        }

        return null;
    }
}
