namespace NewsNlp.Quotes.Filters;

/// <summary>
/// What someone responds to was said by others: <c>Mr Hale, responding to calls for the agency to be scrapped, said …</c>,
/// <c>She responded to claims that the plan had failed</c>, <c>reacting to criticism that …</c>. A reported or mixed draft
/// whose cue holds <c>responding</c>, <c>responded</c>, <c>responds</c>, <c>respond</c>, <c>reacting</c>, <c>reacted</c>,
/// <c>replying</c>, <c>replied</c>, <c>response</c> or <c>reaction</c> followed by <c>to</c> and then more cue words (the
/// calls, claims or criticism the content belongs to) does not report the subject's words: an action; not when the cue
/// goes on with <c>by</c> (<c>reacted to his warning by saying …</c>: the subject's words after all). The same holds
/// when the cue ends in the response word and the content is the noun phrase after its <c>to</c> (<c>The United
/// States, responding to the kidnapping of a journalist, insisted …</c>); <c>responded to say …</c> stays.
/// </summary>
internal sealed class ResponseToOthersFilter : IAttributionFilter
{
    private static readonly string[] ResponseWords =
        ["responding", "responded", "responds", "respond", "reacting", "reacted", "replying", "replied", "response", "reaction"];

    /// <inheritdoc />
    public string Name => "response-to-others";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue)
        {
            return FilterVerdict.Keep;
        }

        // "responding to calls for": the response word, "to", and the others' words after it, all inside the cue.
        for (int t = draft.CueFirst; t + 2 < draft.CueEnd; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, ResponseWords) && v.TextIs(t + 1, "to"))
            {
                return RespondsBySaying(v, t + 2, draft.CueEnd) ? FilterVerdict.Keep : FilterVerdict.Action;
            }
        }

        // "responding to the kidnapping of …": the cue ends in the response word and the content is the object of the
        // "to" after it, a noun phrase (not "responded to say …").
        int last = draft.CueEnd - 1;
        int first = draft.FirstToken;
        if (first == draft.CueEnd + 1 && first < v.Count && v.Shapes[last] == TokenShape.Lower && v.TextIsAny(last, ResponseWords)
            && v.TextIs(draft.CueEnd, "to") && !v.InQuote(first)
            && (v.Is(first, Lexicon.WordClass.Determiner) || v.Shapes[first] == TokenShape.Capitalised)
            && !RespondsBySaying(v, first, Math.Min(draft.EndToken, v.Count)))
        {
            return FilterVerdict.Action;
        }

        return FilterVerdict.Keep;
    }

    /// <summary>"reacted to his warning by saying …": the response is the subject's own words after all.</summary>
    private static bool RespondsBySaying(DocumentView v, int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            if (v.TextIs(t, "by"))
            {
                return true;
            }
        }

        return false;
    }
}
