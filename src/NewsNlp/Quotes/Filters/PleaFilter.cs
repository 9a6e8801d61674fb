namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A plea in court is a legal act, not a statement reported: <c>three former managers have pleaded guilty to fraud</c>,
/// <c>he pleaded not guilty to all 12 charges</c>, <c>the firm pled no contest</c>. A reported clause whose cue is a form
/// of "plead" followed (in the cue or the content's first words) by guilty, innocent or "no contest" is an action.
/// </summary>
internal sealed class PleaFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "plea";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue)
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t < draft.CueEnd; t++)
        {
            if (!(v.TextIs(t, "plead") || v.TextIs(t, "pleads") || v.TextIs(t, "pleaded") || v.TextIs(t, "pled") || v.TextIs(t, "pleading")))
            {
                continue;
            }

            // The plea's words follow the verb in the cue or open the content ("pleaded | guilty to fraud").
            int limit = Math.Min(v.Count, Math.Max(t + 4, Math.Min(draft.FirstToken + 3, draft.EndToken)));
            for (int k = t + 1; k < limit; k++)
            {
                if (v.TextIs(k, "guilty") || v.TextIs(k, "innocent") || (v.TextIs(k, "no") && v.TextIs(k + 1, "contest")))
                {
                    return FilterVerdict.Action;
                }
            }
        }

        return FilterVerdict.Keep;
    }
}
