namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A short title in quotation marks is a name, not a quotation: the film <c>"Harbour Lights Over Kestrel"</c>, the
/// pamphlet <c>"Cheap Travel in Norland."</c>. A direct quote with no cue in its own sentence (an uncued quote, a
/// continuation, or one the tagger linked to the next sentence's cue) whose content is at most eight words in title
/// case is dropped.
/// </summary>
internal sealed class TitleQuoteFilter : IAttributionFilter
{
    private const int MaxWords = 8;

    /// <inheritdoc />
    public string Name => "title-quote";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Direct || first < 0 || end <= first
            || (draft.HasCue && v.SentenceOf[draft.CueFirst] == v.SentenceOf[first]))
        {
            return FilterVerdict.Keep;
        }

        int words = 0, capitalised = 0;
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] == TokenShape.Capitalised)
            {
                words++;
                capitalised++;
            }
            else if (v.Shapes[t] == TokenShape.Lower)
            {
                words++;

                // Short function words stay lower case in titles ("in", "of", "the").
                if (v.Chars(t).Length > 3)
                {
                    return FilterVerdict.Keep;
                }
            }
            else if (v.Shapes[t] is not (TokenShape.SentenceEnd or TokenShape.Number))
            {
                return FilterVerdict.Keep;
            }
        }

        return words is >= 2 and <= MaxWords && capitalised * 10 >= words * 6 ? FilterVerdict.Reject : FilterVerdict.Keep;
    }
}
