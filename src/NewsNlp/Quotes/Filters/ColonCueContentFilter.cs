namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A cue closed by a colon introduces what follows it: in <c>In a statement on the band's website, Lightbody said: "…"</c>
/// the words before the cue (<c>the band's website</c>) are not what was said. A reported (not quoted) clause lying
/// wholly before a cue whose last token is a colon, or that a colon follows, is no attribution.
/// </summary>
internal sealed class ColonCueContentFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "colon-cue-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || draft.FirstToken < 0 || draft.EndToken > draft.CueFirst
            || draft.CueEnd > v.Count || v.InQuote(draft.CueEnd - 1))
        {
            return FilterVerdict.Keep;
        }

        bool colon = v.Shapes[draft.CueEnd - 1] == TokenShape.Colon
            || (draft.CueEnd < v.Count && v.Shapes[draft.CueEnd] == TokenShape.Colon && v.SentenceOf[draft.CueEnd] == v.SentenceOf[draft.CueEnd - 1]);
        return colon ? FilterVerdict.Reject : FilterVerdict.Keep;
    }
}
