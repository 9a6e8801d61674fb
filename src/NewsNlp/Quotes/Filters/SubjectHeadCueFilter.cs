using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Session 28: a cue word heading the subject of the clause it seems to report is a noun: <c>The production forecast for
/// wheat has been lowered to two mln tonnes.</c> had the quote <c>wheat has been lowered …</c> with the cue
/// <c>forecast for</c> and the source <c>The production</c>. A reported draft whose cue is one lower-case cue word followed
/// by a preposition (<c>for</c>, <c>of</c>, <c>on</c>; in the cue or opening the content), right after a source of a determiner and lower-case words, and whose
/// content goes on, after at most four words of the preposition's object, with an auxiliary (<c>has been lowered</c>,
/// <c>was cut</c>) is no attribution: the subject <c>The production forecast for wheat</c> is a noun phrase. A verb of
/// saying with a time phrase (<c>The firm forecast for next year a rise in sales</c>) has no auxiliary there and is kept.
/// </summary>
internal sealed class SubjectHeadCueFilter : IAttributionFilter
{
    /// <summary>Most words of the preposition's object before the auxiliary.</summary>
    private const int MaxObjectWords = 4;

    private static readonly string[] Prepositions = ["for", "of", "on"];

    /// <inheritdoc />
    public string Name => "subject-head-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int cue = draft.CueFirst, first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || !draft.HasSource || draft.CueEnd - cue > 2 || draft.SourceEnd != cue
            || draft.SourceEnd - draft.SourceFirst < 2 || first != draft.CueEnd || end - first < 3 || cue + 1 >= v.Count
            || v.Shapes[cue] != TokenShape.Lower || !v.Is(cue, WordClass.CueVerb) || !v.TextIsAny(cue + 1, Prepositions))
        {
            return FilterVerdict.Keep;
        }

        // The preposition is the cue's second word ("forecast for") or the content's first ("forecast" | "for 1986/87 …").
        int objectFirst = cue + 2;

        if (!v.Is(draft.SourceFirst, WordClass.Determiner))
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.SourceFirst + 1; t < draft.SourceEnd; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower || v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | CompoundNounCueFilter.NotAModifier))
            {
                return FilterVerdict.Keep;
            }
        }

        for (int t = objectFirst; t < end && t - objectFirst <= MaxObjectWords; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark || v.Is(t, WordClass.That | WordClass.SubjectPronoun))
            {
                return FilterVerdict.Keep;
            }

            if (t > objectFirst && v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.Auxiliary))
            {
                return FilterVerdict.Reject;
            }
        }

        return FilterVerdict.Keep;
    }
}
