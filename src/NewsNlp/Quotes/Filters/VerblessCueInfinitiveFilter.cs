using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A plan put off or dropped is an action, not a report: <c>The Army has delayed the purchase to cut costs</c>, <c>the
/// firm shelved a plan to float its unit</c>. A reported or mixed draft whose cue holds no word of saying
/// (no cue noun, <c>according</c>, cue verb or weak cue verb; a cue-verb form right after a determiner is a noun) and
/// whose content opens with a lower-case <c>to</c> and a verb right after the cue (not <c>put it in a statement | to my
/// colleague</c>, a preposition before its object) is an action.
/// </summary>
internal sealed class VerblessCueInfinitiveFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "verbless-cue-infinitive";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.ClosedBySpeech || first != draft.CueEnd || first + 1 >= v.Count
            || v.Shapes[first] != TokenShape.Lower || !v.TextIs(first, "to") || v.InQuote(first) || v.Shapes[first + 1] != TokenShape.Lower
            || v.Is(first + 1, WordClass.Determiner | WordClass.ObjectPronoun | WordClass.SubjectPronoun))
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t < draft.CueEnd; t++)
        {
            if (v.Is(t, WordClass.CueNoun | WordClass.According)
                || (v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.EvaluativeCue) && !(t > draft.CueFirst && v.Is(t - 1, WordClass.Determiner))))
            {
                return FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Action;
    }
}
