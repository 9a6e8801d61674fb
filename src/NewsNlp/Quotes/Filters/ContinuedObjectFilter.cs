using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Session 25: <c>continued</c> with a noun phrase as its object tells what went on being done, not what was said: <c>They
/// continued the process of multilateral surveillance of their economies</c>, <c>the army continues its advance</c>.
/// (<c>"…," he continued</c> closes a quotation; <c>continued to insist that …</c> is left to
/// <see cref="ContinuedInfinitiveFilter"/>.) A reported or mixed draft whose cue ends in a form of <c>continue</c> and
/// whose content starts right after it with a determiner or possessive (not <c>that</c>, not inside a quotation) is an
/// action.
/// </summary>
internal sealed class ContinuedObjectFilter : IAttributionFilter
{
    private static readonly string[] ContinueForms = ["continue", "continues", "continued", "continuing"];

    /// <inheritdoc />
    public string Name => "continued-object";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.ClosedBySpeech || first != draft.CueEnd
            || first >= v.Count || !v.TextIsAny(draft.CueEnd - 1, ContinueForms))
        {
            return FilterVerdict.Keep;
        }

        return v.Shapes[first] == TokenShape.Lower && !v.InQuote(first) && v.Is(first, WordClass.Determiner) && !v.Is(first, WordClass.That)
            ? FilterVerdict.Action
            : FilterVerdict.Keep;
    }
}
