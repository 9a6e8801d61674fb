using NewsNlp.Quotes.Grammar;
namespace NewsNlp.Quotes.Filters;

/// <summary>
/// "Find" reports a finding only when someone finds that something is so. <c>Many fans found themselves stranded</c>
/// (a reflexive object) and <c>The 33-year-old was found guilty of doping</c>, <c>The firm was found to have broken the
/// rules</c> (a passive with no one who finds) state what happened to the subject, not what anyone wrote or said. A
/// reported draft whose cue holds a form of "find" and whose content opens with a reflexive pronoun, or whose cue puts a
/// form of "be" before "found" (not the impersonal <c>it was found that …</c>), is an action.
/// </summary>
internal sealed class FoundThingFilter : IAttributionFilter
{
    private static readonly string[] FindForms = ["found", "find", "finds", "finding"];


    private static readonly string[] Reflexives = ["myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"];

    /// <inheritdoc />
    public string Name => "found-thing";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || draft.Kind == Documents.QuoteKind.Direct || draft.Content.Count == 0)
        {
            return FilterVerdict.Keep;
        }

        int find = -1;
        bool passive = false;
        for (int t = draft.CueFirst; t < draft.CueEnd; t++)
        {
            if (v.TextIsAny(t, FindForms))
            {
                find = t;
                break;
            }

            passive |= Clauses.IsBeForm(v, t);
        }

        if (find < 0)
        {
            return FilterVerdict.Keep;
        }

        if (v.TextIsAny(draft.FirstToken, Reflexives))
        {
            return FilterVerdict.Action;
        }

        bool impersonal = draft.HasSource && draft.SourceEnd - draft.SourceFirst == 1 && v.TextIs(draft.SourceFirst, "it");
        return passive && v.TextIs(find, "found") && !impersonal ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
