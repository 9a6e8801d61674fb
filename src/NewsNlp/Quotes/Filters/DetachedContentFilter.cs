using NewsNlp.Quotes.Grammar;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// What a verb reports follows it; a phrase after a conjunction that follows the verb is not its complement:
/// in <c>credibility, both on what it promised and what it was expected to deliver</c> the words <c>what it was expected
/// to deliver</c> are not something promised. A reported (not direct) quote whose content starts after its cue with a
/// conjunction (<c>and</c>, <c>or</c>, <c>but</c>) first between them is an action.
/// </summary>
internal sealed class DetachedContentFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "detached-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.ClosedBySpeech || draft.CueEnd > draft.FirstToken || draft.FirstToken >= v.Count)
        {
            return FilterVerdict.Keep;
        }

        int t = draft.CueEnd;
        while (t < draft.FirstToken && v.Shapes[t] == TokenShape.Comma)
        {
            t++;
        }

        return t < draft.FirstToken && Clauses.IsCoordinator(v, t) ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
