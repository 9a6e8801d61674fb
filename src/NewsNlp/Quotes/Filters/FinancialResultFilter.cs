using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A company that reports, posts or announces its results publishes figures, it does not make a statement: <c>the firm
/// reported earnings of 5.95 dlrs per share</c>, <c>it posted a net loss of …</c>, <c>Acme announced record profits</c>. A
/// reported (not quoted) clause whose cue is a form of <c>report</c>, <c>post</c>, <c>record</c> or <c>announce</c> and
/// whose content opens with a results noun (<c>earnings</c>, <c>profit</c>, <c>loss</c>, <c>revenue</c>, <c>sales</c> …)
/// within its first words, before any verb or <c>that</c>, is an action (reported with every act only) — unless the noun's
/// own verb follows it (<c>Acme announced profits rose 12%</c> reports a clause).
/// </summary>
internal sealed class FinancialResultFilter : IAttributionFilter
{
    private static readonly string[] Verbs = ["report", "post", "record", "announc"];

    private static readonly string[] ResultNouns =
    [
        "earnings", "profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "income", "turnover", "dividend", "dividends",
        "surplus", "deficit", "results", "margin", "margins",
    ];

    /// <summary>Words of the content read for the results noun (determiner, figures and adjectives before it).</summary>
    private const int MaxLead = 4;

    /// <inheritdoc />
    public string Name => "financial-result";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || draft.FirstToken < draft.CueEnd || !IsResultVerb(v, draft.CueEnd - 1))
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.FirstToken; t < draft.EndToken && t - draft.FirstToken < MaxLead; t++)
        {
            if (v.Is(t, WordClass.That | WordClass.CueVerb | WordClass.Auxiliary | WordClass.SubjectPronoun)
                || v.Shapes[t] is not (TokenShape.Lower or TokenShape.Number or TokenShape.Other))
            {
                return FilterVerdict.Keep;
            }

            if (IsResultNoun(v.Chars(t)))
            {
                // "announced profits rose 12%": the noun is the subject of a reported clause when its verb follows it.
                return StartsClause(v, t + 1, draft.EndToken) ? FilterVerdict.Keep : FilterVerdict.Action;
            }
        }

        return FilterVerdict.Keep;
    }

    /// <summary>An auxiliary or a past form (<see cref="Clauses.IsFiniteVerbWord"/>) right after the results noun: its verb.</summary>
    private static bool StartsClause(DocumentView v, int t, int end) => t < end && Clauses.IsFiniteVerbWord(v, t);

    private static bool IsResultVerb(DocumentView v, int t)
    {
        if (t < 0 || v.Shapes[t] != TokenShape.Lower)
        {
            return false;
        }

        ReadOnlySpan<char> w = v.Chars(t);
        foreach (string stem in Verbs)
        {
            if (w.StartsWith(stem, StringComparison.Ordinal) && w.Length <= stem.Length + 4 && !w.EndsWith("er", StringComparison.Ordinal) && !w.EndsWith("ers", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsResultNoun(ReadOnlySpan<char> word)
    {
        foreach (string noun in ResultNouns)
        {
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
