using NewsNlp.Documents;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A report of a report holds the inner one whole: in <c>Ministry officials said Foreign Minister Tom Hale said that
/// exports would rise</c> the tagger's content of the first <c>said</c> was the inner speaker alone (<c>Foreign Minister
/// Tom Hale</c>), no statement, and the inner report took the outer speaker. An indirect content of at most six tokens
/// opening with a capitalised word, right after its cue, that another report's cue follows at once, runs on over that
/// cue and content; the inner report, kept too (both are attributions), gets those words as its source.
/// </summary>
internal static class NestedReport
{
    private const int MaxSpeakerTokens = 6;

    /// <summary>Extends every indirect content that stops at the speaker of a report inside it.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        List<QuoteDraft> drafts = state.Drafts;
        Dictionary<int, QuoteDraft>? byCue = null;
        foreach (QuoteDraft d in drafts)
        {
            if (!d.Dropped && d.Kind != QuoteKind.Direct && d.HasCue && d.FirstToken >= d.CueEnd)
            {
                byCue ??= [];
                byCue.TryAdd(d.CueFirst, d);
            }
        }

        if (byCue is null)
        {
            return;
        }

        foreach (QuoteDraft outer in drafts)
        {
            int first = outer.FirstToken, end = outer.EndToken;
            if (outer.Dropped || outer.Kind != QuoteKind.Indirect || outer.Content.Count != 1 || !outer.HasCue || outer.CueEnd != first
                || end - first > MaxSpeakerTokens || v.Shapes[first] != TokenShape.Capitalised || !byCue.TryGetValue(end, out QuoteDraft? inner) || inner == outer)
            {
                continue;
            }

            outer.EndToken = inner.EndToken;
            outer.Content[0] = new TextSpan(outer.Content[0].Start, v.Ends[inner.EndToken - 1]);
            inner.SetSource(first, end);
        }
    }
}
