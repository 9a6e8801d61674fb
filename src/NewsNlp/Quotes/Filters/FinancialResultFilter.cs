using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A company that reports, posts or announces its results publishes figures, it does not make a statement: <c>the firm
/// reported earnings of 5.95 dlrs per share</c>, <c>it posted a net loss of …</c>, <c>Acme announced record profits</c>. A
/// reported (not quoted) clause whose cue is a form of <c>report</c>, <c>post</c>, <c>record</c> or <c>announce</c> and
/// whose content opens with a results noun (<c>earnings</c>, <c>profit</c>, <c>loss</c>, <c>revenue</c>, <c>sales</c> …)
/// within its first words, before any verb or <c>that</c>, is an action (reported with every act only) — unless the noun's
/// own verb follows it (<c>Acme announced profits rose 12%</c> reports a clause). A posted, recorded or reported change
/// of a figure is the same (<c>Makers of consumer goods posted a 1-1/2 pct year-on-year rise in the two-month period</c>):
/// with those verbs (not <c>announce</c>, which also makes a decision known) a change noun (<c>rise</c>, <c>fall</c>,
/// <c>increase</c> …) counts as a results noun.
/// </summary>
internal sealed class FinancialResultFilter : IAttributionFilter
{
    private static readonly string[] Verbs = ["report", "post", "record", "announc"];

    private static readonly string[] ResultNouns =
    [
        "earnings", "profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "income", "turnover", "dividend", "dividends",
        "surplus", "deficit", "results", "margin", "margins",
    ];

    private static readonly string[] ChangeNouns =
    [
        "rise", "rises", "fall", "falls", "increase", "increases", "decrease", "decreases", "drop", "drops", "decline", "declines",
        "gain", "gains", "jump", "growth", "slump", "surge",
    ];

    /// <summary>Words of the content read for the results noun (determiner, figures and adjectives before it; hyphens and <c>%</c> do not count).</summary>
    private const int MaxLead = 4;

    /// <summary>Words of the content read for a change noun (<c>a 1-1/2 pct year-on-year rise</c>).</summary>
    private const int MaxChangeLead = 7;

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

        bool announce = v.Chars(draft.CueEnd - 1).StartsWith("announc", StringComparison.Ordinal);
        for (int t = draft.FirstToken, words = 0; t < draft.EndToken && words < (announce ? MaxLead : MaxChangeLead); t++)
        {
            if (v.IsClosedUpDash(t) || v.TextIs(t, "%"))
            {
                continue; // "year-on-year" is split at its hyphens; "3 %"
            }

            words++;
            if (v.Is(t, WordClass.That | WordClass.CueVerb | WordClass.Auxiliary | WordClass.SubjectPronoun)
                || v.Shapes[t] is not (TokenShape.Lower or TokenShape.Number or TokenShape.Other))
            {
                return FilterVerdict.Keep;
            }

            if ((words <= MaxLead && IsResultNoun(v.Chars(t))) || (!announce && v.TextIsAny(t, ChangeNouns)))
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
