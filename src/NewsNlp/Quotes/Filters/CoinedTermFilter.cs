using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Coining a word names something; it reports no statement: <c>The industry has coined the term "time-shifting" to
/// describe …</c>. A reported or mixed draft whose cue holds a lower-case form of <c>coin</c> (<c>coined</c>,
/// <c>coins</c>, <c>coining</c>) is an action.
/// </summary>
internal sealed class CoinedTermFilter : IAttributionFilter
{
    private static readonly string[] Forms = ["coin", "coins", "coined", "coining"];

    /// <inheritdoc />
    public string Name => "coined-term";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue)
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t < draft.CueEnd; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, Forms))
            {
                return FilterVerdict.Action;
            }
        }

        return FilterVerdict.Keep;
    }
}
