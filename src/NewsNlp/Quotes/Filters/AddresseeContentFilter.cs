using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// The words after "told" that close the sentence with no clause are its addressee, not what was said: in
/// <c>"…," Ms Lund told BBC Radio 4's Today programme.</c> or <c>she told the Norland Herald newspaper.</c> the
/// quotation is the speech and the programme its audience. A reported (not quoted) clause whose cue is a form of
/// "tell" and whose content is a phrase of at most eight words with no sign of a clause (auxiliary, cue verb, "that",
/// pronoun subject, -ed/-ing word, quotation mark) ending its sentence is not an attribution.
/// </summary>
internal sealed class AddresseeContentFilter : IAttributionFilter
{
    private const int MaxWords = 8;

    /// <inheritdoc />
    public string Name => "addressee-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || first < 0 || end <= first || end - first > MaxWords
            || !IsTell(v, draft.CueFirst, draft.CueEnd))
        {
            return FilterVerdict.Keep;
        }

        bool endsSentence = end >= v.Count || v.SentenceOf[end] != v.SentenceOf[end - 1] || v.Shapes[end] == TokenShape.SentenceEnd;
        if (!endsSentence)
        {
            return FilterVerdict.Keep;
        }

        for (int t = first; t < end; t++)
        {
            if (IsPossessive(v, t, first, end))
            {
                continue;
            }

            if (v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.That | WordClass.Relative
                    | WordClass.SingularPronoun | WordClass.PluralPronoun | WordClass.ItPronoun)
                || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon
                || (v.Shapes[t] == TokenShape.Lower && (v.Chars(t).EndsWith("ed", StringComparison.Ordinal) || v.Chars(t).EndsWith("ing", StringComparison.Ordinal))))
            {
                return FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Reject;
    }

    /// <summary>"'s" inside the phrase before a word is a possessive ("Radio 4's Today programme"), not "is".</summary>
    private static bool IsPossessive(DocumentView v, int t, int first, int end) =>
        t > first && t + 1 < end && (v.TextIs(t, "'s") || v.TextIs(t, "’s")) && v.Shapes[t + 1] is TokenShape.Capitalised or TokenShape.Lower;

    private static bool IsTell(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.TextIs(t, "told") || v.TextIs(t, "tell") || v.TextIs(t, "tells") || v.TextIs(t, "telling"))
            {
                return true;
            }
        }

        return false;
    }
}
