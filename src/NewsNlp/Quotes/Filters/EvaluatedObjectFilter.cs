using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Judging a thing is not reporting what someone said when the "content" is only the thing judged: <c>the defence
/// questioned her credibility</c>, <c>he praised the results</c>, <c>critics slammed the plan</c>. A reported clause
/// whose cue is an evaluative verb and whose content is a short noun phrase (at most five words, opening with a
/// determiner or possessive, no clause inside) is an action.
/// </summary>
internal sealed class EvaluatedObjectFilter : IAttributionFilter
{
    private const int MaxWords = 5;

    // Stems of the evaluative verbs (a final "e" dropped, so "prais" matches praise, praised, praises, praising).
    private static readonly string[] EvaluativeStems =
    [
        "prais", "question", "criticiz", "criticis", "welcom", "condemn", "reject", "dismiss", "challeng", "blast", "slam", "attack",
        "defend", "support", "oppos", "hail", "applaud", "denounc", "decr", "disput", "doubt", "back", "endors", "laud",
    ];

    /// <inheritdoc />
    public string Name => "evaluated-object";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || first < 0 || end - first > MaxWords || end <= first
            || !v.Is(first, WordClass.Determiner) || !IsEvaluativeCue(v, draft.CueFirst, draft.CueEnd))
        {
            return FilterVerdict.Keep;
        }

        for (int t = first; t < end; t++)
        {
            if (v.Is(t, WordClass.That | WordClass.Auxiliary | WordClass.CueVerb | WordClass.Relative) || v.Shapes[t] == TokenShape.QuoteMark)
            {
                return FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Action;
    }

    private static bool IsEvaluativeCue(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            ReadOnlySpan<char> word = v.Chars(t);
            foreach (string stem in EvaluativeStems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && word.Length - stem.Length <= 3)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
