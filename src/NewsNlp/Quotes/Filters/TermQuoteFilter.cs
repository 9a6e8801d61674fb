using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Quotation marks around the name of a new thing mark a term, not someone's words: <c>The minister proposes "control
/// orders" for suspects who cannot be tried</c>, <c>the bank unveiled a "green mortgage"</c>. A mixed quote whose cue
/// is a verb of proposing or launching (propose, introduce, unveil, launch, outline) and whose content is a noun
/// phrase — an optional determiner, a quoted term of at most four words, then no auxiliary, cue verb, pronoun or further quotation outside the marks before a
/// relative clause or comma (<c>"control orders" for suspects who …</c>) — is an
/// action: the words in quotation marks name what was proposed.
/// </summary>
internal sealed class TermQuoteFilter : IAttributionFilter
{
    private const int MaxTermWords = 4;

    // Stems of the verbs of proposing and launching (a final "e" dropped: "propos" matches propose, proposed, proposing).
    private static readonly string[] ProposalStems = ["propos", "introduc", "unveil", "launch", "outlin"];

    /// <inheritdoc />
    public string Name => "term-quote";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Mixed || !draft.HasCue || first < 0 || end <= first || !IsProposalCue(v, draft.CueFirst, draft.CueEnd))
        {
            return FilterVerdict.Keep;
        }

        int t = v.Is(first, WordClass.Determiner) ? first + 1 : first;
        if (t >= end || v.Shapes[t] != TokenShape.QuoteMark)
        {
            return FilterVerdict.Keep;
        }

        // The quoted term: words up to the closing mark.
        int close = t + 1, words = 0;
        while (close < end && v.Shapes[close] != TokenShape.QuoteMark)
        {
            words += v.Shapes[close] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number ? 1 : 0;
            close++;
        }

        if (close >= end || words is 0 or > MaxTermWords)
        {
            return FilterVerdict.Keep;
        }

        int stop = close + 1;
        while (stop < end && !v.Is(stop, WordClass.Relative | WordClass.That) && v.Shapes[stop] != TokenShape.Comma)
        {
            stop++;
        }

        for (int k = close + 1; k < stop; k++)
        {
            // A verb after the term makes it a clause's subject ("proposes "control orders" would work").
            if (v.Is(k, WordClass.Auxiliary | WordClass.CueVerb | WordClass.SubjectPronoun)
                || v.Shapes[k] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon)
            {
                return FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Action;
    }

    private static bool IsProposalCue(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            ReadOnlySpan<char> w = v.Chars(t);
            foreach (string stem in ProposalStems)
            {
                if (w.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
