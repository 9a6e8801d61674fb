using NewsNlp.Documents;
using NewsNlp.Quotes.Acts;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A reported quote whose source and cue both lie inside the content of an earlier reported quote, with a cue that is no
/// verb of saying or writing, is part of that report, not a second speaker: in <c>Campbell said Lord Goldsmith's
/// statement still did not clear up the outstanding issues</c> the tagger's second attribution (source <c>Lord
/// Goldsmith's statement</c>, cue <c>did not clear up</c>) is an action (act other: not reported by default), and is
/// no antecedent for a later "he said". A nested report with a cue of saying (<c>X said an official told him …</c>)
/// stays.
/// </summary>
internal static class NestedCueActions
{
    /// <summary>The name recorded in <see cref="QuoteDraft.ActionBy"/>.</summary>
    public const string Name = "nested-cue";

    /// <summary>Marks such quotes among <paramref name="kept"/> (text order) as actions; linear in the quotes.</summary>
    public static void Mark(DocumentView v, List<QuoteDraft> kept)
    {
        QuoteDraft? enclosing = null;
        foreach (QuoteDraft d in kept)
        {
            if (enclosing is not null && d != enclosing && IsInside(d, enclosing) && !IsSpeechCue(v, d))
            {
                d.ActionBy = Name;
                continue;
            }

            if (d.Kind != QuoteKind.Direct && d.HasCue && d.ActionBy is null && (enclosing is null || d.EndToken > enclosing.EndToken) && IsSpeechCue(v, d))
            {
                enclosing = d;
            }
        }
    }

    private static bool IsInside(QuoteDraft d, QuoteDraft enclosing) =>
        d.Kind != QuoteKind.Direct && d.HasCue && d.HasSource && d.ActionBy is null
        && d.SourceFirst >= enclosing.FirstToken && d.CueEnd <= enclosing.EndToken && d.SourceEnd <= enclosing.EndToken && d.CueFirst >= enclosing.FirstToken;

    private static bool IsSpeechCue(DocumentView v, QuoteDraft d)
    {
        AttributionAct act = ActClassifier.CueAct(v, d.CueFirst, d.CueEnd, out bool listed);
        return listed && act is AttributionAct.Speech or AttributionAct.Writing;
    }
}
