using NewsNlp.Documents;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A role phrase in apposition before its source describes the source; it is not what was said: in <c>The council's
/// leader, Rob Hennessy, said the authority had no choice</c> the words before the first comma tell who Hennessy is (the
/// tagger took them for content when a possessive opened them). A reported or mixed draft whose source lies between two
/// commas right before its cue (<c>, Rob Hennessy, said</c>) loses a content part that opens its sentence (or follows a
/// comma) and ends at the comma before the source, when more content follows the cue, and is no attribution (dropped) when
/// that part is all it has.
/// </summary>
internal sealed class AppositiveRoleContentFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "appositive-role-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == QuoteKind.Direct || !draft.HasCue || !draft.HasSource || draft.Content.Count == 0)
        {
            return FilterVerdict.Keep;
        }

        int open = draft.SourceFirst - 1, close = draft.SourceEnd;
        if (open < 1 || close >= v.Count || close + 1 != draft.CueFirst || v.Shapes[open] != TokenShape.Comma || v.Shapes[close] != TokenShape.Comma
            || v.SentenceOf[open] != v.SentenceOf[draft.CueFirst] || draft.FirstToken >= open)
        {
            return FilterVerdict.Keep;
        }

        // The first content part must end at the comma before the source and open the sentence or follow a comma.
        TextSpan part = draft.Content[0];
        int first = draft.FirstToken;
        if (part.End > v.Starts[open] || part.End <= v.Starts[open - 1] || !(first == Grammar.Clauses.SentenceFirst(v, first)
            || (first > 0 && v.Shapes[first - 1] == TokenShape.Comma)))
        {
            return FilterVerdict.Keep;
        }

        for (int t = first; t <= close; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.SentenceEnd)
            {
                return FilterVerdict.Keep;
            }
        }

        if (draft.Content.Count == 1)
        {
            return FilterVerdict.Reject;
        }

        int start = draft.Content[1].Start;
        if (start < v.Ends[draft.CueEnd - 1])
        {
            return FilterVerdict.Keep;
        }

        AppositiveContentFilter.StartContentAt(v, draft, start, draft.CueEnd);
        return FilterVerdict.Keep;
    }
}
