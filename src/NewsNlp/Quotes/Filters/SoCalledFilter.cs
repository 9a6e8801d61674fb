namespace NewsNlp.Quotes.Filters;

/// <summary>
/// <c>so-called</c> is an adjective, not a report: <c>so-called Personal Area Networks that let gadgets swap data</c> had
/// the cue <c>called</c> and the source before it. A draft whose cue opens with <c>called</c> written right after
/// <c>so-</c> is an action.
/// </summary>
internal sealed class SoCalledFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "so-called";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        return draft.HasCue && v.TextIs(draft.CueFirst, "called") && FollowsSoHyphen(v.Text, v.Starts[draft.CueFirst])
            ? FilterVerdict.Action
            : FilterVerdict.Keep;
    }

    /// <summary>True when <c>so-</c> (a whole word) is written right before <paramref name="start"/>.</summary>
    private static bool FollowsSoHyphen(string text, int start) =>
        start >= 3 && text[start - 1] is '-' or '‐' or '‑' && (text[start - 2] is 'o' or 'O') && (text[start - 3] is 's' or 'S')
        && (start == 3 || !char.IsLetter(text[start - 4]));
}
