using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A cue word right after a determiner is a noun, not a verb of saying: <c>all claims would be processed overseas</c>,
/// <c>he will have the final say on his future</c>, <c>she backed the proposed laws "in principle"</c>. A reported (not
/// quoted) clause whose cue's first word follows a determiner, a possessive or a quantifier (<c>the</c>, <c>his</c>,
/// <c>all</c>, <c>final</c>) is an action, unless that word alone is the source (<c>Another said …</c>, <c>Some say
/// …</c>; but <c>some estimates putting …</c>: a cue word in -s after a plural quantifier is a plural noun); so is a cue word before "of" when no one is the source (<c>reports of more casualties are still coming
/// through</c>): it reports no statement by default (noun cues such as <c>his claim
/// that …</c> are still reported with every act). So is a cue word where only a noun can stand (after "of", a number or a
/// noun-only adjective, <c>call centre</c>, <c>marketing calls</c>), and a noun cue whose only source is the quantifier
/// before it (<c>Other allegations … included</c>).
/// </summary>
internal sealed class CueNounFilter : IAttributionFilter
{
    // Prepositions after which a cue word in -s can only be a plural noun: "after talks with", "amid calls for".
    private static readonly string[] NounPrepositions = ["after", "amid", "amidst", "following", "despite", "during", "before", "in"];

    private static readonly string[] Quantifiers = ["all", "final", "last", "first", "many", "most", "few", "several", "such", "no"];

    // Adjectives that stand before nouns only: "similar claims", "fresh allegations", "repeated calls".
    private static readonly string[] NounAdjectives =
    [
        "similar", "fresh", "further", "recent", "false", "repeated", "growing", "mounting", "conflicting", "unconfirmed", "previous",
        "numerous", "persistent", "separate", "anonymous", "unsolicited", "earlier", "latest", "initial", "renewed",
    ];

    // Nouns compounded with "call(s)": "phone calls", "cold calls", "marketing calls".
    private static readonly string[] CallModifiers = ["phone", "telephone", "cold", "marketing", "nuisance", "sales", "prank", "conference", "emergency", "roll"];

    private static readonly string[] PossessiveDeterminers = ["his", "her", "its", "their", "our", "my", "your"];

    private static readonly string[] PluralQuantifiers = ["some", "many", "most", "few", "several", "both", "all", "other", "these", "those"];

    /// <inheritdoc />
    public string Name => "cue-noun";

    /// <summary>
    /// A cue-verb form where only a noun can stand: right after "of" (<c>the number of calls to …</c>; not a gerund in
    /// -ing), after a number when it ends in -s (<c>more than 1,000 similar claims</c>: <c>1,000 claims</c>), after an
    /// adjective that only modifies nouns (<c>similar</c>, <c>fresh</c>, <c>repeated</c> …), and <c>call</c> in the
    /// compound nouns <c>call centre</c>, <c>phone calls</c>, <c>marketing calls</c>.
    /// </summary>
    private static bool IsNounPosition(DocumentView v, int cue)
    {
        ReadOnlySpan<char> word = v.Chars(cue);
        int before = cue - 1;
        if (v.SentenceOf[before] != v.SentenceOf[cue])
        {
            return false;
        }

        bool plural = word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal);
        if ((v.TextIs(before, "of") && !word.EndsWith("ing", StringComparison.Ordinal)) || (plural && v.Shapes[before] == TokenShape.Number))
        {
            return true;
        }

        foreach (string adjective in NounAdjectives)
        {
            if (v.TextIs(before, adjective))
            {
                return true;
            }
        }

        if (word.Equals("call", StringComparison.OrdinalIgnoreCase) || word.Equals("calls", StringComparison.OrdinalIgnoreCase))
        {
            if (v.TextIs(cue + 1, "centre") || v.TextIs(cue + 1, "centres") || v.TextIs(cue + 1, "center") || v.TextIs(cue + 1, "centers"))
            {
                return true;
            }

            foreach (string modifier in CallModifiers)
            {
                if (v.TextIs(before, modifier))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Session 25: <c>Francisco Gros said after talks with its 14-bank advisory committee …</c>, <c>amid calls for
    /// calm</c>: a cue word in -s right after a preposition that takes a noun (in its sentence) is a plural noun, whether
    /// or not the word lists know it as a cue.
    /// </summary>
    private static bool IsPluralAfterPreposition(DocumentView v, int cue)
    {
        ReadOnlySpan<char> word = v.Chars(cue);
        return word.Length > 2 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)
            && v.SentenceOf[cue - 1] == v.SentenceOf[cue] && v.TextIsAny(cue - 1, NounPrepositions);
    }

    private static bool IsPossessiveDeterminer(DocumentView v, int t) => v.TextIsAny(t, PossessiveDeterminers);

    /// <summary>
    /// A cue of a lower-case cue word and "of" or "for", with no source: a noun naming what is talked about (<c>reports
    /// of</c>, <c>allegations of</c>, <c>demand for</c>), not someone reporting it.
    /// </summary>
    private static bool IsTopicNoun(DocumentView v, QuoteDraft draft) =>
        !draft.HasSource && draft.CueEnd - draft.CueFirst >= 2 && (v.TextIs(draft.CueEnd - 1, "of") || v.TextIs(draft.CueEnd - 1, "for"))
        && v.Is(draft.CueEnd - 2, WordClass.CueVerb | WordClass.CueNoun) && v.Shapes[draft.CueEnd - 2] == TokenShape.Lower
        && !v.Is(draft.CueEnd - 2, WordClass.Auxiliary) && !v.TextIs(draft.CueFirst - 1, "to");

    private static bool IsPluralQuantifier(DocumentView v, int t) => v.TextIsAny(t, PluralQuantifiers);

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.ClosedBySpeech || draft.CueFirst < 1
            || v.Shapes[draft.CueFirst] != TokenShape.Lower || v.Is(draft.CueFirst, WordClass.Auxiliary))
        {
            return FilterVerdict.Keep;
        }

        // "… and reports of more casualties are still coming through", "allegations of improper bookkeeping", "While demand for
        // new homes is far from booming": a cue word before "of" or "for", with no one reporting, is a noun naming a topic.
        if (IsTopicNoun(v, draft))
        {
            return FilterVerdict.Action;
        }

        // "His welcome address had to be postponed": a possessive is never the subject of the word after it.
        if (draft.SourceFirst == draft.CueFirst - 1 && draft.SourceEnd == draft.CueFirst && IsPossessiveDeterminer(v, draft.SourceFirst)
            && v.SentenceOf[draft.SourceFirst] == v.SentenceOf[draft.CueFirst])
        {
            return FilterVerdict.Action;
        }

        if (IsPluralAfterPreposition(v, draft.CueFirst))
        {
            return FilterVerdict.Action;
        }

        if (!v.Is(draft.CueFirst, WordClass.CueVerb))
        {
            // "Other allegations involving the crew included …": a noun cue whose only "source" is the quantifier before
            // it names a topic; no one is speaking.
            int q = draft.CueFirst - 1;
            return v.Is(draft.CueFirst, WordClass.CueNoun) && draft.SourceFirst == q && draft.SourceEnd == q + 1 && v.SentenceOf[q] == v.SentenceOf[draft.CueFirst]
                && (IsPluralQuantifier(v, q) || v.Is(q, WordClass.Determiner))
                ? FilterVerdict.Action
                : FilterVerdict.Keep;
        }

        if (IsNounPosition(v, draft.CueFirst))
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
