using NewsNlp.Documents;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Market reports use <c>add</c> for a price that went up: <c>Brent crude also rose in London trading, adding $1.89 to
/// $48.62 at the close.</c>, <c>the index added 12 points to 5,210</c>. A reported (not quoted) clause whose cue is a form
/// of <c>add</c> and whose content opens with an amount — an optional currency sign, a number, an optional unit word
/// (<c>pct</c>, <c>points</c>, <c>cents</c> …) — followed by <c>to</c>, <c>at</c>, <c>in</c>, <c>on</c>, a comma or the
/// content's end is a price move, not speech: rejected. A clause with the amount as its subject stays (<c>he added 10
/// percent of the staff would go</c>: <c>of</c> follows the amount).
/// </summary>
internal sealed class PriceMoveFilter : IAttributionFilter
{
    private static readonly string[] AddForms = ["add", "adds", "added", "adding"];

    private static readonly string[] Units =
    [
        "pct", "percent", "per", "cent", "point", "points", "cents", "pence", "p", "dlrs", "dollars", "dollar", "yen", "euros",
        "pounds", "mln", "million", "bln", "billion", "basis",
    ];

    private static readonly string[] Followers = ["to", "at", "in", "on"];

    /// <inheritdoc />
    public string Name => "price-move";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind != QuoteKind.Indirect || !draft.HasCue || draft.FirstToken < draft.CueEnd || draft.FirstToken - draft.CueEnd > 1
            || v.Shapes[draft.CueEnd - 1] != TokenShape.Lower || !v.TextIsAny(draft.CueEnd - 1, AddForms))
        {
            return FilterVerdict.Keep;
        }

        int t = draft.FirstToken;
        if (t < draft.EndToken && v.Shapes[t] == TokenShape.Other && !char.IsLetterOrDigit(v.Chars(t)[0]))
        {
            t++; // a currency sign: "$", "£", "€"
        }

        if (t >= draft.EndToken || v.Shapes[t] != TokenShape.Number)
        {
            return FilterVerdict.Keep;
        }

        t++;
        for (int k = 0; k < 2 && t < draft.EndToken && (v.TextIsAny(t, Units) || v.TextIs(t, "%")); k++)
        {
            t++;
        }

        return t >= draft.EndToken || v.Shapes[t] == TokenShape.Comma || v.TextIsAny(t, Followers) ? FilterVerdict.Reject : FilterVerdict.Keep;
    }
}
