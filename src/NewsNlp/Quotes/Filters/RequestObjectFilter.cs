using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Session 28: asking someone to do something is a request, not a statement of what is so: <c>Its founder asked
/// customers in the region to register for the new service by Friday.</c>, <c>The bank asked them to submit bids by
/// this morning.</c> had the quote <c>customers … to register …</c>. A reported draft whose cue ends in <c>asked</c>,
/// <c>asks</c> or <c>asking</c> (no other verb of saying) and whose content is an object noun phrase of at most six
/// plain tokens (no verb of saying, auxiliary, comma or quotation) followed by <c>to</c> and a lower-case word is an
/// action. The real-news gold leaves such requests unmarked; <c>urged X to …</c> and <c>called on X to …</c> (appeals,
/// which that gold marks as reported speech) are left alone, as are questions (<c>asked whether …</c>), the bare
/// <c>ask</c> of a plan (<c>will ask firms to …</c>, which a report of its own usually carries) and quoted requests.
/// </summary>
internal sealed class RequestObjectFilter : IAttributionFilter
{
    /// <summary>Most tokens of the object before <c>to</c>.</summary>
    private const int MaxObjectTokens = 6;

    private static readonly string[] AskForms = ["asked", "asks", "asking"];

    /// <inheritdoc />
    public string Name => "request-object";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, cueEnd = draft.CueEnd;
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || first < 0 || cueEnd <= 0 || first != cueEnd || first >= v.Count
            || !v.TextIsAny(cueEnd - 1, AskForms))
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t < cueEnd - 1; t++)
        {
            if (v.Is(t, WordClass.CueVerb))
            {
                return FilterVerdict.Keep;
            }
        }

        int end = Math.Min(draft.EndToken, v.Count);
        for (int t = first; t < end && t - first <= MaxObjectTokens; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.SentenceEnd
                || v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | WordClass.That) || v.TextIs(t, "whether") || v.TextIs(t, "if"))
            {
                return FilterVerdict.Keep;
            }

            if (t > first && v.Shapes[t] == TokenShape.Lower && v.TextIs(t, "to"))
            {
                return t + 1 < end && v.Shapes[t + 1] == TokenShape.Lower && !v.InQuote(t + 1) ? FilterVerdict.Action : FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Keep;
    }
}
