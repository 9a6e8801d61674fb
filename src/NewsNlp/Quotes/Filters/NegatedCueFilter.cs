using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Not saying something is not speech: <c>he did not say whether the talks had failed</c>, <c>the agency has not said
/// how much the system will cost</c>, <c>she would not respond to "tittle-tattle" about her future</c>, <c>the minister never
/// explained his reasons</c>, <c>the BBC is yet to confirm …</c>. A reported clause whose cue verb is negated (<c>not</c>, <c>n't</c> or <c>never</c>
/// right before it, past adverbs; not <c>not only said</c>; or <c>yet to</c> before it) is an action, whatever its content (<c>did not say that he
/// would resign</c> reports no statement either). A clause a later speech cue closes (<c>…, he said.</c>) or an earlier
/// one holds (<c>the paper quoted the source as saying Lund did not tell the board …</c>) stays speech.
/// </summary>
internal sealed class NegatedCueFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "negated-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.ClosedBySpeech || first < 0 || first >= v.Count
            || !IsNegated(v, draft.CueFirst, draft.CueEnd) || FollowsSpeechCue(v, Math.Min(draft.CueFirst, draft.HasSource ? draft.SourceFirst : draft.CueFirst)))
        {
            return FilterVerdict.Keep;
        }

        return FilterVerdict.Action;
    }

    /// <summary>True when the cue's first verb (past auxiliaries and adverbs) follows a negation inside or right before the cue.</summary>
    private static bool IsNegated(DocumentView v, int cueFirst, int cueEnd)
    {
        if (IsYetTo(v, cueFirst, cueEnd))
        {
            return true;
        }

        int verb = cueFirst;
        while (verb < cueEnd && (v.Is(verb, WordClass.Auxiliary) || v.Is(verb, WordClass.Adverb) || IsNegation(v, verb)))
        {
            verb++;
        }

        if (verb >= cueEnd)
        {
            return false;
        }

        int before = verb - 1;
        while (before >= 0 && before >= cueFirst - 2 && v.Is(before, WordClass.Adverb) && !IsNegation(v, before))
        {
            if (v.TextIs(before, "only") || v.TextIs(before, "just") || v.TextIs(before, "merely"))
            {
                return false; // "not only said …" says it
            }

            before--;
        }

        return before >= 0 && before >= cueFirst - 2 && v.SentenceOf[before] == v.SentenceOf[verb] && IsNegation(v, before);
    }

    /// <summary>
    /// Session 25: <c>The BBC is yet to confirm the final two stars</c>, <c>the ministry has yet to say when …</c>: <c>yet
    /// to</c> before the cue's verb says it has not been said. True when <c>yet to</c> stands inside the cue or right before
    /// it, in its sentence.
    /// </summary>
    private static bool IsYetTo(DocumentView v, int cueFirst, int cueEnd)
    {
        for (int t = Math.Max(0, cueFirst - 2); t + 1 < cueEnd; t++)
        {
            if (v.TextIs(t, "yet") && v.TextIs(t + 1, "to") && v.SentenceOf[t] == v.SentenceOf[cueEnd - 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a verb of saying stands earlier in the sentence: the negated clause is what someone said.</summary>
    private static bool FollowsSpeechCue(DocumentView v, int from)
    {
        for (int t = from - 1; t >= 0 && v.SentenceOf[t] == v.SentenceOf[from]; t--)
        {
            if (v.Is(t, WordClass.CueVerb) && Acts.ActClassifier.CueAct(v, t, t + 1, out bool listed) is Documents.AttributionAct.Speech or Documents.AttributionAct.Writing && listed)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegation(DocumentView v, int t) => v.TextIs(t, "not") || v.TextIs(t, "n't") || v.TextIs(t, "never") || v.TextIs(t, "cannot") || v.TextIs(t, "’t");
}
