using NewsNlp.Documents;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Session 28: a few quoted words inside a headline's noun phrase mark a term, not a speaker's words: <c>MPs demand
/// 'Budget leak' answers</c>, <c>Council seeks 'fair deal' talks</c>. A quotation with no source of at most
/// <see cref="MaxWords"/> tokens in the headline, whose closing mark is followed by a word of the same headline (the
/// phrase goes on), is dropped. A headline quotation followed by its speaker's verb (<c>'We will win,' says Blair</c>) has
/// a source or ends the line, and is kept.
/// </summary>
internal sealed class HeadlineTermQuoteFilter : IAttributionFilter
{
    /// <summary>The longest quoted term, in tokens.</summary>
    private const int MaxWords = 4;

    /// <inheritdoc />
    public string Name => "headline-term-quote";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != QuoteKind.Direct || draft.HasSource || first < 0 || end <= first || end - first > MaxWords + 2
            || context.PartOf(first) != DocumentPartKind.Headline)
        {
            return FilterVerdict.Keep;
        }

        int close = end;
        while (close < v.Count && close - end <= 1 && v.Shapes[close] != TokenShape.QuoteMark)
        {
            close++;
        }

        int next = close + 1;
        if (close >= v.Count || v.Shapes[close] != TokenShape.QuoteMark || next >= v.Count || context.PartOf(next) != DocumentPartKind.Headline
            || v.Shapes[next] is not (TokenShape.Lower or TokenShape.Capitalised))
        {
            return FilterVerdict.Keep;
        }

        int words = 0;
        for (int t = first; t < end; t++)
        {
            words += v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number ? 1 : 0;
        }

        return words <= MaxWords && v.SentenceOf[next] == v.SentenceOf[close] ? FilterVerdict.Reject : FilterVerdict.Keep;
    }
}
