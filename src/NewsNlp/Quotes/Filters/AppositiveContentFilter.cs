namespace NewsNlp.Quotes.Filters;

/// <summary>
/// An appositive between a source and its cue describes the source; it is not what was said: in <c>Council member
/// Raymond Okafor, one of the two votes against the plan, said the city was …</c> the words between the commas tell who
/// Okafor is. A reported or mixed draft whose content opens between a comma right after its source mention and a comma
/// right before its cue (in one sentence, outside quotation marks) loses the parts inside the appositive when more of
/// it follows the cue, and is no attribution (dropped) when its whole content lies there.
/// </summary>
internal sealed class AppositiveContentFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "appositive-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || !draft.HasSource || draft.Content.Count == 0)
        {
            return FilterVerdict.Keep;
        }

        int comma = draft.SourceEnd, before = draft.CueFirst - 1;
        if (comma >= draft.FirstToken || draft.FirstToken >= before || before >= v.Count || v.Shapes[comma] != TokenShape.Comma
            || v.Shapes[before] != TokenShape.Comma || v.SentenceOf[comma] != v.SentenceOf[draft.CueFirst])
        {
            return FilterVerdict.Keep;
        }

        for (int t = comma; t <= before; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.SentenceEnd)
            {
                return FilterVerdict.Keep;
            }
        }

        if (draft.EndToken <= before)
        {
            return FilterVerdict.Reject;
        }

        // "the plan | the city was …": the parts after the cue are the report.
        int after = draft.Content.FindIndex(p => p.Start >= v.Ends[draft.CueEnd - 1]);
        if (after < 0 || draft.Content.Take(after).Any(p => p.End > v.Starts[before]))
        {
            return FilterVerdict.Keep;
        }

        StartContentAt(v, draft, draft.Content[after].Start, draft.CueEnd);
        return FilterVerdict.Keep;
    }

    /// <summary>
    /// Starts <paramref name="draft"/>'s content at character <paramref name="start"/> and its first token at the first
    /// token from <paramref name="from"/> on that does not begin before it.
    /// </summary>
    internal static void StartContentAt(DocumentView v, QuoteDraft draft, int start, int from)
    {
        int first = from;
        while (first < v.Count && v.Starts[first] < start)
        {
            first++;
        }

        draft.StartContentAt(start);
        draft.FirstToken = first;
    }
}
