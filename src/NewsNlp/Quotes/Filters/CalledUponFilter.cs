using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Being called upon to do something is being asked, not saying: <c>The orchestra is often called upon to play when the
/// speeches run on</c> had the cue <c>is often called upon</c> and no source. A reported clause opening with <c>to</c>
/// whose cue is a passive <c>called upon</c> or <c>called on</c> (a form of "be", adverbs, <c>called</c>, then
/// <c>upon</c>/<c>on</c>) is an action.
/// </summary>
internal sealed class CalledUponFilter : IAttributionFilter
{
    private static readonly string[] BeForms = ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re"];

    /// <inheritdoc />
    public string Name => "called-upon";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || draft.Kind == Documents.QuoteKind.Direct || draft.CueEnd - draft.CueFirst < 3 || !v.TextIs(draft.FirstToken, "to")
            || !(v.TextIs(draft.CueEnd - 1, "upon") || v.TextIs(draft.CueEnd - 1, "on")) || !v.TextIs(draft.CueEnd - 2, "called"))
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueEnd - 3; t >= draft.CueFirst; t--)
        {
            if (IsBeForm(v, t))
            {
                return FilterVerdict.Action;
            }

            if (!v.Is(t, WordClass.Adverb | WordClass.Auxiliary))
            {
                return FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Keep;
    }

    private static bool IsBeForm(DocumentView v, int t) => v.TextIsAny(t, BeForms);
}
