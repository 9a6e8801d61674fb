using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A passive cue before a to-infinitive reports a rumour, an estimate or a forecast about its subject, not what someone
/// said: <c>the deal is estimated to have cost 8 million</c>, <c>growth was forecast to slow</c>, <c>the award is said to
/// help a film's chances</c>, <c>she is expected to resign</c>. A reported clause whose cue is a form of "be" with a past
/// participle (adverbs allowed) and whose content opens with "to" is an action (the passive subject is no speaker), as
/// is any passive cue with no source at all (<c>the firm was declared insolvent</c>, <c>what was described as "3G on
/// steroids"</c>, <c>the mayor has been accused of hiding the cost</c>, <c>the minister was asked about the report</c>,
/// <c>an amendment was narrowly rejected by MPs</c>); a clause a later speech cue closes (<c>…, Brandt said.</c>) stays speech,
/// and so does a passive <c>told by</c> a speaking agent before the clause (<c>The court was told by a police officer that …</c>).
/// </summary>
internal sealed class RaisedPassiveFilter : IAttributionFilter
{
    private static readonly string[] BeForms = ["is", "are", "was", "were", "be", "been", "being", "'s", "’s"];

    /// <inheritdoc />
    public string Name => "raised-passive";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.ClosedBySpeech || first < 0 || first >= v.Count
            || (!v.TextIs(first, "to") && draft.HasSource) || (draft.Kind == Documents.QuoteKind.Mixed && draft.HasSource))
        {
            return FilterVerdict.Keep;
        }

        // "The court was told by a police officer that …": the agent speaks (PassiveAgentSourceFilter makes it the source).
        if (!draft.HasSource && PassiveAgentSourceFilter.AgentBeforeClause(v, draft, out _, out _))
        {
            return FilterVerdict.Keep;
        }

        // The cue's last word is the participle; a form of "be" stands before it (past adverbs and auxiliaries).
        int participle = draft.CueEnd - 1;
        if (participle > draft.CueFirst && v.Shapes[participle] == TokenShape.Lower && (SpeakerWords.IsPreposition(v.Chars(participle)) || v.TextIs(participle, "about")))
        {
            // "has been accused of", "was charged with", "was asked about": the participle stands before its preposition.
            participle--;
        }

        if (participle < 0 || v.Shapes[participle] != TokenShape.Lower || !IsParticiple(v.Chars(participle)))
        {
            return FilterVerdict.Keep;
        }

        for (int t = participle - 1; t >= 0 && t >= participle - 3 && v.SentenceOf[t] == v.SentenceOf[participle]; t--)
        {
            if (IsBe(v, t))
            {
                return FilterVerdict.Action;
            }

            // "was narrowly rejected", "was originally proposed": an adverb in -ly may stand between.
            if (!v.Is(t, WordClass.Adverb) && !v.Is(t, WordClass.Auxiliary) && !Sources.SourceFinder.IsLyAdverb(v, t))
            {
                break;
            }
        }

        return FilterVerdict.Keep;
    }

    /// <summary>A past participle: a regular -ed form or one of the irregular ones cue verbs take (said, thought, told …).</summary>
    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.Equals("said", StringComparison.OrdinalIgnoreCase)
        || word.Equals("thought", StringComparison.OrdinalIgnoreCase) || word.Equals("told", StringComparison.OrdinalIgnoreCase)
        || word.Equals("forecast", StringComparison.OrdinalIgnoreCase) || word.Equals("known", StringComparison.OrdinalIgnoreCase)
        || word.Equals("seen", StringComparison.OrdinalIgnoreCase) || word.Equals("understood", StringComparison.OrdinalIgnoreCase);

    private static bool IsBe(DocumentView v, int t) => v.TextIsAny(t, BeForms);
}
