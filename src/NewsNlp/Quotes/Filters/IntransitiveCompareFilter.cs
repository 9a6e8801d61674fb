namespace NewsNlp.Quotes.Filters;

/// <summary>
/// <c>compares with</c> measures one figure against another; nobody is reported: <c>he saw the one pct figure, which
/// compares with 1.8 pct last year, as …</c>, <c>Sales rose 5 pct, compared with 3 pct a year earlier</c>. A reported or
/// mixed draft whose cue ends in a form of <c>compare</c> followed right away by <c>with</c> or <c>to</c> (no object
/// between: <c>compared the plan to a surrender</c> has one) is an action.
/// </summary>
internal sealed class IntransitiveCompareFilter : IAttributionFilter
{
    private static readonly string[] CompareForms = ["compare", "compares", "compared", "comparing"];

    /// <inheritdoc />
    public string Name => "intransitive-compare";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int last = draft.CueEnd - 1;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || last < 0 || last + 1 >= v.Count || v.Shapes[last] != TokenShape.Lower)
        {
            return FilterVerdict.Keep;
        }

        int compare = v.TextIsAny(last, CompareForms) ? last : last > draft.CueFirst && v.TextIsAny(last - 1, CompareForms) ? last - 1 : -1;
        return compare >= 0 && (v.TextIs(compare + 1, "with") || v.TextIs(compare + 1, "to")) ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
