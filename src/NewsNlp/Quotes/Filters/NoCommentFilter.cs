namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Declining to comment is not a quotation: <c>Maersk declined to comment</c>, <c>refused to comment on the
/// report</c>, <c>as part of a policy not to comment</c>, <c>did not respond to a request for comment</c>.
/// A draft whose cue holds "no comment" (or "no immediate / further / official comment") or "declined / refused to comment" (or
/// elaborate, respond …: <c>has repeatedly declined to elaborate on what it calls "…"</c>), whose content opens with "to comment" (or respond, elaborate, speculate) or holds "not to comment",
/// "declined/refused to comment" or "for comment" is an action, as is a request for anonymity (<c>who asked not to
/// be identified</c>, <c>requested anonymity</c>).
/// </summary>
internal sealed class NoCommentFilter : IAttributionFilter
{
    private static readonly string[] CommentAdjectives = ["immediate", "further", "official", "public", "other", "direct"];

    /// <inheritdoc />
    public string Name => "no-comment";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind == Documents.QuoteKind.Direct || first < 0 || first >= end)
        {
            return FilterVerdict.Keep;
        }

        // "had no comment on the story", "had no immediate comment on …": the cue itself declines.
        for (int t = Math.Max(0, draft.CueFirst); t + 1 < draft.CueEnd; t++)
        {
            if (v.TextIs(t, "no") && (v.TextIs(t + 1, "comment") || (t + 2 < draft.CueEnd && v.TextIsAny(t + 1, CommentAdjectives) && v.TextIs(t + 2, "comment"))))
            {
                return FilterVerdict.Action;
            }
        }

        if (v.TextIs(first, "to") && first + 1 < end && IsCommentVerb(v, first + 1))
        {
            return FilterVerdict.Action;
        }

        // "Delta has repeatedly declined to elaborate on what it calls …": the cue itself declines to comment.
        for (int t = Math.Max(0, draft.CueFirst); t + 2 < draft.CueEnd; t++)
        {
            if (IsRefusal(v, t) && v.TextIs(t + 1, "to") && IsCommentVerb(v, t + 2))
            {
                return FilterVerdict.Action;
            }
        }

        // "who asked not to be identified", "requested anonymity": a condition of the interview, not its content.
        int words = first;
        while (words < end && (v.TextIs(words, "not") || v.TextIs(words, "to") || v.TextIs(words, "be")))
        {
            words++;
        }

        if ((words > first && words < end && (v.TextIs(words, "identified") || v.TextIs(words, "named")))
            || v.TextIs(first, "anonymity"))
        {
            return FilterVerdict.Action;
        }

        for (int t = first + 1; t < end; t++)
        {
            if (!v.TextIs(t, "comment") && !v.TextIs(t, "comments"))
            {
                continue;
            }

            int before = t - 1;
            if (v.TextIs(before, "for") && (v.TextIs(before - 1, "request") || v.TextIs(before - 1, "requests") || v.TextIs(before - 1, "reached")
                || v.TextIs(before - 1, "available") || v.TextIs(before - 1, "immediately")))
            {
                return FilterVerdict.Action;
            }

            if (v.TextIs(before, "to") && before - 1 >= first
                && (v.TextIs(before - 1, "not") || v.TextIs(before - 1, "declined") || v.TextIs(before - 1, "refused") || v.TextIs(before - 1, "declines")
                    || v.TextIs(before - 1, "refuses") || v.TextIs(before - 1, "decline") || v.TextIs(before - 1, "refuse")))
            {
                return FilterVerdict.Action;
            }
        }

        return FilterVerdict.Keep;
    }

    private static bool IsRefusal(DocumentView v, int t) =>
        v.TextIs(t, "declined") || v.TextIs(t, "refused") || v.TextIs(t, "declines") || v.TextIs(t, "refuses") || v.TextIs(t, "decline") || v.TextIs(t, "refuse");

    private static bool IsCommentVerb(DocumentView v, int t) =>
        v.TextIs(t, "comment") || v.TextIs(t, "respond") || v.TextIs(t, "elaborate") || v.TextIs(t, "speculate") || v.TextIs(t, "discuss");
}
