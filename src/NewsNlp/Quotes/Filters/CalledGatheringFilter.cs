namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Calling a gathering is an action, not speech: <c>X called a meeting</c>, <c>called the media to a small room</c>,
/// <c>called a snap election</c>, <c>called off the strike</c>. A draft whose cue is call/convene/summon and whose
/// content opens (within a determiner and two modifiers) with a gathering noun, or with "off", is dropped;
/// <c>called for …</c> and <c>called the plan “reckless”</c> stay.
/// </summary>
internal sealed class CalledGatheringFilter : IAttributionFilter
{
    private static readonly string[] Gatherings =
    [
        "meeting", "meetings", "media", "press", "reporters", "journalists", "conference", "session", "summit", "election", "elections",
        "vote", "referendum", "strike", "rally", "hearing", "halt", "recess", "ambulance", "police", "doctor", "taxi", "news",
    ];

    /// <inheritdoc />
    public string Name => "called-gathering";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || draft.Kind == Documents.QuoteKind.Direct || !IsCallCue(v, draft.CueFirst, draft.CueEnd))
        {
            return FilterVerdict.Keep;
        }

        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (first < 0 || first >= end)
        {
            return FilterVerdict.Keep;
        }

        if (v.TextIs(first, "off"))
        {
            return FilterVerdict.Action;
        }

        // "a meeting", "the media", "an emergency session", "a snap election"; not "her vote a mistake".
        if (!v.TextIs(first, "a") && !v.TextIs(first, "an") && !v.TextIs(first, "the"))
        {
            return FilterVerdict.Keep;
        }

        for (int t = first + 1; t < end && t < first + 4; t++)
        {
            foreach (string g in Gatherings)
            {
                if (v.TextIs(t, g))
                {
                    return FilterVerdict.Action;
                }
            }

            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised) || v.TextIs(t, "for") || v.TextIs(t, "on"))
            {
                break;
            }
        }

        return FilterVerdict.Keep;
    }

    private static bool IsCallCue(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.TextIs(t, "called") || v.TextIs(t, "call") || v.TextIs(t, "calls") || v.TextIs(t, "calling") || v.TextIs(t, "convened")
                || v.TextIs(t, "convenes") || v.TextIs(t, "summoned") || v.TextIs(t, "summons"))
            {
                return true;
            }
        }

        return false;
    }
}
