using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// The words after "told" or "said" that close the sentence with no clause are a person, not what was said: the
/// addressee in <c>"…," Ms Lund told BBC Radio 4's Today programme.</c> or <c>she told the Norland Herald
/// newspaper.</c>, the speaker in the inverted <c>Sales have tripled, said market analysts Chart-Track.</c> A reported
/// (not quoted) clause whose cue (or the name right before it) follows a quotation or a comma, whose cue is a form of "tell"
/// or "say" and whose content is a phrase of at most eight words with no sign of a clause (auxiliary, cue verb, "that",
/// pronoun subject, -ed/-ing word, quotation mark) ending its sentence is not an attribution. A clause after a plain
/// <c>X told reporters</c> or <c>analysts have said</c> is left alone: its verb may show no sign (<c>the purchases
/// stand at …</c>).
/// </summary>
internal sealed class ClauselessSayingContentFilter : IAttributionFilter
{
    private const int MaxWords = 8;

    /// <inheritdoc />
    public string Name => "clauseless-saying-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || first < 0 || end <= first || end - first > MaxWords
            || !IsSaying(v, draft.CueFirst, draft.CueEnd))
        {
            return FilterVerdict.Keep;
        }

        // '"…," Ms Lund told …' and '…, said analysts …': the cue closes a quotation or a clause.
        // Going back from the cue past a name (Mr Knapman, Ms Lund) must reach the quotation's mark or a comma.
        int back = draft.CueFirst - 1;
        while (back >= 0 && back >= draft.CueFirst - 5 && v.Shapes[back] == TokenShape.Capitalised && v.SentenceOf[back] == v.SentenceOf[draft.CueFirst])
        {
            back--;
        }

        if (back < 0 || v.Shapes[back] is not (TokenShape.Comma or TokenShape.QuoteMark))
        {
            return FilterVerdict.Keep;
        }

        return NounPhraseContentFilter.IsBareNounPhraseClosingSentence(v, first, end) ? FilterVerdict.Reject : FilterVerdict.Keep;
    }

    private static bool IsSaying(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.TextIs(t, "told") || v.TextIs(t, "tell") || v.TextIs(t, "tells") || v.TextIs(t, "telling")
                || v.TextIs(t, "said") || v.TextIs(t, "say") || v.TextIs(t, "says"))
            {
                return true;
            }
        }

        return false;
    }
}
