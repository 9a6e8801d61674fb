using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// <c>continued to</c> before a verb of doing tells what went on happening, not what was said: <c>Gasoline continued to
/// trade at a premium</c>, <c>Prices continue to rise</c>. A reported or mixed draft whose cue ends in
/// <c>to</c> after a form of <c>continue</c> and whose content starts right after it with a lower-case word that is no
/// verb of saying (<c>continued to insist that …</c> reads <c>insist</c> as its cue) is an action.
/// </summary>
internal sealed class ContinuedInfinitiveFilter : IAttributionFilter
{
    private static readonly string[] ContinueForms = ["continue", "continues", "continued", "continuing"];

    /// <inheritdoc />
    public string Name => "continued-infinitive";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int to = draft.CueEnd - 1, first = draft.FirstToken;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.ClosedBySpeech || to <= draft.CueFirst || first != draft.CueEnd
            || first >= v.Count || !v.TextIs(to, "to") || !v.TextIsAny(to - 1, ContinueForms))
        {
            return FilterVerdict.Keep;
        }

        return v.Shapes[first] == TokenShape.Lower && !v.InQuote(first) && !v.Is(first, WordClass.CueVerb | WordClass.WeakCueVerb)
            ? FilterVerdict.Action
            : FilterVerdict.Keep;
    }
}
