using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// <c>A spokesman for the Kral Shipping Company (KSC) said …</c>: the source mention is the whole phrase up to the cue,
/// the organisation and its acronym in brackets included, as PolNeAR marks it; a mention cut at the spokes-noun
/// (<c>A spokesman</c>) loses the organisation the speaker rules read from it.
/// </summary>
internal sealed class SpokespersonForSourceFilter : IAttributionFilter
{
    /// <summary>Most tokens of the organisation's phrase after <c>for</c>.</summary>
    private const int MaxOrganisation = 12;

    /// <inheritdoc />
    public string Name => "spokesperson-for-source";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int head = draft.SourceEnd - 1;
        if (!draft.HasSource || !draft.HasCue || draft.CueFirst <= draft.SourceEnd + 2 || !SpeakerWords.IsSpokesNoun(v.Chars(head))
            || !(v.TextIs(draft.SourceEnd, "for") || v.TextIs(draft.SourceEnd, "of")))
        {
            return FilterVerdict.Keep;
        }

        // The organisation runs from "for" to the cue: capitalised words (and "the", "of", "and"), closed by an
        // acronym in brackets; nothing else may stand between it and the cue.
        int end = draft.CueFirst;
        while (end > draft.SourceEnd && v.Is(end - 1, WordClass.Adverb | WordClass.Auxiliary))
        {
            end--;
        }

        if (end - draft.SourceEnd > MaxOrganisation + 1 || v.Shapes[end - 1] != TokenShape.CloseBracket)
        {
            return FilterVerdict.Keep;
        }

        bool bracket = false;
        for (int t = draft.SourceEnd + 1; t < end; t++)
        {
            bool ok = v.IsNameToken(t) || v.TextIs(t, "the") || v.TextIs(t, "of") || v.TextIs(t, "and") || v.TextIs(t, "&")
                || v.Shapes[t] is TokenShape.OpenBracket or TokenShape.CloseBracket;
            if (!ok || v.InQuote(t) || v.SentenceOf[t] != v.SentenceOf[head])
            {
                return FilterVerdict.Keep;
            }

            bracket |= v.Shapes[t] == TokenShape.OpenBracket;
        }

        if (bracket)
        {
            draft.SetSource(draft.SourceFirst, end);
        }

        return FilterVerdict.Keep;
    }
}
