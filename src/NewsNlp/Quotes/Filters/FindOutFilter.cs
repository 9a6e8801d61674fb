namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Finding something out is learning it, not saying or writing it: <c>The players found out they had been dropped</c>,
/// <c>Parents only find out their school has closed when …</c>. A reported or mixed draft whose cue holds a form of
/// "find" followed by <c>out</c> (in the cue or right after it) is an action. A study that finds something
/// (<c>The survey found that …</c>) is left to <see cref="FoundThingFilter"/> and the act classifier.
/// </summary>
internal sealed class FindOutFilter : IAttributionFilter
{
    private static readonly string[] FindForms = ["found", "find", "finds", "finding"];

    /// <inheritdoc />
    public string Name => "find-out";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || draft.Kind == Documents.QuoteKind.Direct)
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t < draft.CueEnd && t + 1 < v.Count; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, FindForms) && v.TextIs(t + 1, "out") && !v.InQuote(t))
            {
                return FilterVerdict.Action;
            }
        }

        return FilterVerdict.Keep;
    }
}
