using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// The object of a preposition is not what was said: in <c>Mr Tallis said at a council hearing on the ferry bill.</c> the
/// words <c>the ferry bill</c> close a place phrase. A reported (not quoted) clause after its cue, a verb of saying that
/// takes a clause (<c>said</c>, <c>told</c> …; a topic after <c>despair over</c> or <c>plans for</c> is another matter),
/// whose first token follows
/// a preposition (<c>on</c>, <c>at</c>, <c>about</c> …) and which is a bare noun phrase (no auxiliary, verb, pronoun,
/// "that" or quotation mark; see <see cref="NounPhraseContentFilter.IsBareNounPhraseClosingSentence"/>) of at most eight words
/// closing its sentence is no attribution.
/// </summary>
internal sealed class PrepositionObjectContentFilter : IAttributionFilter
{
    private const int MaxWords = 8;

    private static readonly string[] Prepositions =
    [
        "on", "at", "in", "about", "for", "with", "from", "by", "over", "into", "during", "after", "before", "under", "against", "of",
        "to", "near", "outside", "inside", "across", "through", "without",
    ];

    /// <inheritdoc />
    public string Name => "preposition-object-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || first < 1 || end <= first || end - first > MaxWords
            || draft.CueEnd > first - 1 || v.SentenceOf[first - 1] != v.SentenceOf[first] || !IsPreposition(v, first - 1)
            || !HasClauseVerb(v, draft.CueFirst, draft.CueEnd))
        {
            return FilterVerdict.Keep;
        }

        return NounPhraseContentFilter.IsBareNounPhraseClosingSentence(v, first, end) ? FilterVerdict.Reject : FilterVerdict.Keep;
    }

    private static bool HasClauseVerb(DocumentView v, int first, int end)
    {
        for (int t = Math.Max(0, first); t < end && t < v.Count; t++)
        {
            if (Reported.IndirectSpeechRules.IsClauseVerb(v, t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPreposition(DocumentView v, int t)
    {
        if (v.Shapes[t] != TokenShape.Lower)
        {
            return false;
        }

        foreach (string p in Prepositions)
        {
            if (v.TextIs(t, p))
            {
                return true;
            }
        }

        return false;
    }
}
