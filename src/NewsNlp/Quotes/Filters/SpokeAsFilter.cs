namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Speaking "as" something names a role or an occasion, not what was said: <c>He spoke as part of a discussion panel,
/// then led …</c>, <c>she spoke as a guest of the society</c>. A reported or mixed draft whose cue ends in <c>as</c> right
/// after a form of <c>speak</c> is an action.
/// </summary>
internal sealed class SpokeAsFilter : IAttributionFilter
{
    private static readonly string[] SpeakForms = ["speak", "speaks", "spoke", "spoken", "speaking"];

    /// <inheritdoc />
    public string Name => "spoke-as";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int last = draft.CueEnd - 1;
        return draft.Kind != Documents.QuoteKind.Direct && draft.HasCue && last > draft.CueFirst && v.TextIs(last, "as") && v.TextIsAny(last - 1, SpeakForms)
            ? FilterVerdict.Action
            : FilterVerdict.Keep;
    }
}
