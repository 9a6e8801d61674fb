namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A "think tank" speaks; it does not think: <c>the Paris-based economics think tank said it believed …</c> had the cue
/// <c>economics think tank said</c> (a thought) and the source <c>the Paris-based</c>. A reported or mixed draft whose
/// cue holds <c>think tank</c> (or <c>think-tank</c>) followed by more cue words gets the words up to <c>tank</c> as its
/// source (with the source read right before them) and the rest as its cue.
/// </summary>
internal sealed class ThinkTankSourceFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "think-tank-source";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue)
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t < draft.CueEnd - 1; t++)
        {
            int end = TankEnd(v, t);
            if (end > 0 && end < draft.CueEnd)
            {
                int first = draft.HasSource && draft.SourceEnd <= t && draft.SourceEnd >= draft.CueFirst - 1 ? Math.Min(draft.SourceFirst, draft.CueFirst) : draft.CueFirst;
                draft.SetSource(first, end);
                draft.SetCue(end, draft.CueEnd);
                return FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Keep;
    }

    /// <summary>The end of <c>think tank(s)</c> or <c>think-tank(s)</c> starting at <paramref name="t"/>, or -1.</summary>
    private static int TankEnd(DocumentView v, int t)
    {
        if (!v.TextIs(t, "think") || v.Shapes[t] != TokenShape.Lower)
        {
            return -1;
        }

        int k = v.IsClosedUpDash(t + 1) ? t + 2 : t + 1;
        return v.TextIs(k, "tank") || v.TextIs(k, "tanks") ? k + 1 : -1;
    }
}
