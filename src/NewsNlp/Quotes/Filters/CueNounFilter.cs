using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A cue word right after a determiner is a noun, not a verb of saying: <c>all claims would be processed overseas</c>,
/// <c>he will have the final say on his future</c>, <c>she backed the proposed laws "in principle"</c>. A reported (not
/// quoted) clause whose cue's first word follows a determiner, a possessive or a quantifier (<c>the</c>, <c>his</c>,
/// <c>all</c>, <c>final</c>) is an action, unless that word alone is the source (<c>Another said …</c>, <c>Some say
/// …</c>; but <c>some estimates putting …</c>: a cue word in -s after a plural quantifier is a plural noun); so is a cue word before "of" when no one is the source (<c>reports of more casualties are still coming
/// through</c>): it reports no statement by default (noun cues such as <c>his claim
/// that …</c> are still reported with every act).
/// </summary>
internal sealed class CueNounFilter : IAttributionFilter
{
    private static readonly string[] Quantifiers = ["all", "final", "last", "first", "many", "most", "few", "several", "such", "no"];

    private static readonly string[] PluralQuantifiers = ["some", "many", "most", "few", "several", "both", "all", "other", "these", "those"];

    /// <inheritdoc />
    public string Name => "cue-noun";

    private static bool IsPluralQuantifier(DocumentView v, int t)
    {
        foreach (string word in PluralQuantifiers)
        {
            if (v.TextIs(t, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.ClosedBySpeech || draft.CueFirst < 1
            || v.Shapes[draft.CueFirst] != TokenShape.Lower || v.Is(draft.CueFirst, WordClass.Auxiliary) || !v.Is(draft.CueFirst, WordClass.CueVerb))
        {
            return FilterVerdict.Keep;
        }

        // "… and reports of more casualties are still coming through": a cue word before "of", with no one reporting, is a
        // noun naming a topic ("reports of", "claims of", "allegations of").
        if (!draft.HasSource && draft.CueEnd - draft.CueFirst >= 2 && v.TextIs(draft.CueEnd - 1, "of")
            && v.Is(draft.CueEnd - 2, WordClass.CueVerb | WordClass.CueNoun) && v.Shapes[draft.CueEnd - 2] == TokenShape.Lower)
        {
            return FilterVerdict.Action;
        }

        // "a call by Lord Mackay to publish …": a request noun with its maker after "by" reports what was asked for.
        if (draft.HasSource && draft.CueEnd < v.Count && v.TextIs(draft.CueEnd, "by") && draft.SourceFirst > draft.CueEnd && draft.SourceEnd <= draft.FirstToken)
        {
            return FilterVerdict.Keep;
        }

        int before = draft.CueFirst - 1;

        // "with some estimates putting …": after a plural quantifier a cue word in -s is a plural noun (the verb would be
        // "some estimate").
        if (IsPluralQuantifier(v, before) && v.Chars(draft.CueFirst).EndsWith("s", StringComparison.Ordinal) && !v.Chars(draft.CueFirst).EndsWith("ss", StringComparison.Ordinal))
        {
            return FilterVerdict.Action;
        }

        // "Another said …", "Some say …": a determiner standing alone as the source is a pronoun subject.
        if (v.SentenceOf[before] != v.SentenceOf[draft.CueFirst] || (draft.SourceFirst == before && draft.SourceEnd == before + 1))
        {
            return FilterVerdict.Keep;
        }

        if (v.Is(before, WordClass.Determiner))
        {
            return FilterVerdict.Action;
        }

        foreach (string word in Quantifiers)
        {
            if (v.TextIs(before, word))
            {
                return FilterVerdict.Action;
            }
        }

        return FilterVerdict.Keep;
    }
}
