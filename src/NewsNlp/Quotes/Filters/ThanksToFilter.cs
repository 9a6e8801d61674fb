namespace NewsNlp.Quotes.Filters;

/// <summary>
/// <c>thanks to</c> is a preposition, not a verb of thanking: <c>the economy grew last year thanks to a "strong recovery in
/// rubber"</c>. A reported or mixed draft whose cue is the lower-case word <c>thanks</c> followed by <c>to</c> reports
/// nothing: an action.
/// </summary>
internal sealed class ThanksToFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "thanks-to";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int cue = draft.CueEnd - 1;
        return draft.Kind != Documents.QuoteKind.Direct && draft.HasCue && v.Shapes[cue] == TokenShape.Lower && v.TextIs(cue, "thanks")
            && cue + 1 < v.Count && v.TextIs(cue + 1, "to")
            ? FilterVerdict.Action
            : FilterVerdict.Keep;
    }
}
