namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A scale word after a figure belongs to the amount, not to the speakers after it: <c>the minimum $20 million experts
/// say is needed</c> had the source <c>million experts</c>. A source opening with <c>million</c>, <c>billion</c>,
/// <c>trillion</c>, <c>thousand</c> or <c>hundred</c> right after a number loses that word.
/// </summary>
internal sealed class AmountSourceFilter : IAttributionFilter
{
    private static readonly string[] ScaleWords = ["million", "billion", "trillion", "thousand", "hundred", "bn", "mn"];

    /// <inheritdoc />
    public string Name => "amount-source";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.SourceFirst;
        if (draft.HasSource && first > 0 && draft.SourceEnd - first >= 2 && IsScaleWord(v, first) && v.Shapes[first - 1] is TokenShape.Number or TokenShape.Other
            && v.Chars(first - 1).ContainsAnyInRange('0', '9') && v.SentenceOf[first - 1] == v.SentenceOf[first])
        {
            draft.SetSource(first + 1, draft.SourceEnd);
        }

        return FilterVerdict.Keep;
    }

    private static bool IsScaleWord(DocumentView v, int t) => v.TextIsAny(t, ScaleWords);
}
