namespace NewsNlp.Quotes.Filters;

/// <summary>
/// How something seems is no one's report: <c>The survey seems to fly in the face of recent evidence</c>, <c>X's comments
/// seem to me to be a thoughtful analysis</c>, <c>However it appears that he has misunderstood the term</c>. A reported or
/// mixed draft whose cue holds <c>seem</c>, <c>seems</c> or <c>seemed</c> followed by <c>to</c>, or <c>it appears</c> /
/// <c>it appeared</c> followed by <c>that</c>, is an action.
/// </summary>
internal sealed class SeemCueFilter : IAttributionFilter
{
    private static readonly string[] SeemForms = ["seem", "seems", "seemed"];

    private static readonly string[] AppearForms = ["appears", "appeared"];

    /// <inheritdoc />
    public string Name => "seem-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue)
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t < draft.CueEnd && t + 1 < v.Count; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower)
            {
                continue;
            }

            if (v.TextIsAny(t, SeemForms) && v.TextIs(t + 1, "to"))
            {
                return FilterVerdict.Action;
            }

            if (v.TextIsAny(t, AppearForms) && t > 0 && v.TextIs(t - 1, "it") && v.TextIs(t + 1, "that"))
            {
                return FilterVerdict.Action;
            }
        }

        return FilterVerdict.Keep;
    }
}
