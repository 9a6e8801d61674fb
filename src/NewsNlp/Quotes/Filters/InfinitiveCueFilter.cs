using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A cue in the to-infinitive states a purpose or a plan, not something said: <c>officials met at the port to discuss
/// ways of stopping the leak</c>, <c>the figures help to explain how the firm paid</c>, <c>a tour of the region to
/// highlight new plans</c>, <c>he went to schools to persuade pupils that …</c>. A reported clause whose cue is "to" and
/// a verb is an action, unless the infinitive continues a speaker's account (<c>went on to say</c>, <c>continued to
/// insist</c>, <c>was quick to point out</c>, <c>was the first to say</c>) or a later speech cue closes the clause.
/// </summary>
internal sealed class InfinitiveCueFilter : IAttributionFilter
{
    private static readonly string[] Continuers = ["on", "continued", "continues", "continue", "continuing", "proceeded", "quick", "first", "last", "hastened", "used"];

    /// <inheritdoc />
    public string Name => "infinitive-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.ClosedBySpeech)
        {
            return FilterVerdict.Keep;
        }

        int to = draft.CueFirst;
        while (to < draft.CueEnd && v.Is(to, WordClass.Adverb))
        {
            to++;
        }

        if (to + 1 >= draft.CueEnd + 1 || !v.TextIs(to, "to") || to + 1 >= v.Count || v.Shapes[to + 1] != TokenShape.Lower)
        {
            return FilterVerdict.Keep;
        }

        int before = to - 1;
        if (before >= 0 && v.SentenceOf[before] == v.SentenceOf[to])
        {
            foreach (string word in Continuers)
            {
                if (v.TextIs(before, word))
                {
                    return FilterVerdict.Keep;
                }
            }
        }

        return FilterVerdict.Action;
    }
}
