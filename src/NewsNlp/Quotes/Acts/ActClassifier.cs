using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Acts;

/// <summary>
/// Types an attribution by its act from its cue word and the cue's frame: <c>said</c>, <c>told</c>, <c>according
/// to</c> speech; <c>wrote</c>, <c>tweeted</c> writing; <c>believes</c>, <c>hopes that</c> thought; <c>plans to</c>,
/// <c>hopes to</c> intention; <c>saw</c>, <c>can feel the …</c> perception; <c>refused to</c>, <c>shows …</c> another
/// act; <c>made it clear</c> speech. A speech cue whose source names a document (<c>the report says</c>) is writing. A
/// quotation in a sentence of its own is speech even when the tagger linked it to a thought, intention or perception cue
/// in a sentence before.
/// </summary>
internal static class ActClassifier
{
    /// <summary>The act of <paramref name="draft"/>; a quotation continuing an earlier one takes that one's act.</summary>
    public static AttributionAct Classify(DocumentView v, QuoteDraft draft)
    {
        if (draft.ActionBy is not null)
        {
            return AttributionAct.Other;
        }

        if (draft.ClosedBySpeech)
        {
            return SourceIsDocument(v, draft) ? AttributionAct.Writing : AttributionAct.Speech;
        }

        if (!draft.HasCue)
        {
            if (draft.ContinuesFrom is { } earlier)
            {
                return draft.Kind == QuoteKind.Direct && earlier.Act is not AttributionAct.Writing ? AttributionAct.Speech : earlier.Act;
            }

            return SourceIsDocument(v, draft) ? AttributionAct.Writing : AttributionAct.Speech;
        }

        AttributionAct act = CueAct(v, draft.CueFirst, draft.CueEnd, out bool listed);

        // Words in quotation marks were said or written: an unlisted cue of a direct quote does not make it another act.
        if (draft.Kind != QuoteKind.Indirect && (!listed || act == AttributionAct.Other))
        {
            act = AttributionAct.Speech;
        }

        // "Coach Ames wants the team to play more on clay. "I think it will help them," …": words in quotation marks in a
        // sentence of their own were said, whatever the wish, belief or perception a sentence before reports.
        if (draft.Kind == QuoteKind.Direct && act is AttributionAct.Thought or AttributionAct.Intention or AttributionAct.Perception
            && CueInOtherSentence(v, draft))
        {
            act = AttributionAct.Speech;
        }

        // "South Korean firms … fear the move may hurt exports, company officials said": a speech verb right after the
        // source (or right before it, "said X") reports the whole clause, whatever verb the content holds.
        if (act is not (AttributionAct.Speech or AttributionAct.Writing) && draft.ActionBy is null && SpeechVerbBesideSource(v, draft))
        {
            act = AttributionAct.Speech;
        }

        // A document that says, shows or finds something states it in writing ("the report says", "the poll shows",
        // "It found that …" of a survey).
        return act is AttributionAct.Speech or AttributionAct.Other or AttributionAct.Thought && (SourceIsDocument(v, draft) || SpeakerIsDocument(draft))
            ? AttributionAct.Writing
            : act;
    }

    /// <summary>
    /// The act of the cue <c>[first, end)</c>: its first listed word (auxiliaries and adverbs are not listed), read in
    /// its frame (a following <c>to</c> or a determiner-led object, past <c>not</c> and adverbs). A cue of punctuation
    /// (a colon or a dash) is speech; a cue with no listed word is another act, with <paramref name="listed"/> false.
    /// </summary>
    public static AttributionAct CueAct(DocumentView v, int first, int end, out bool listed)
    {
        listed = false;
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised) || v.Is(t, WordClass.Auxiliary)
                || !ActLexicon.TryGet(v.Chars(t), out ActLexicon.Entry entry))
            {
                continue;
            }

            listed = true;
            int next = t + 1;
            while (next < v.Count && (v.Is(next, WordClass.Adverb) || v.TextIs(next, "not")) && v.SentenceOf[next] == v.SentenceOf[t])
            {
                next++;
            }

            if (next < v.Count && v.SentenceOf[next] == v.SentenceOf[t])
            {
                if (v.TextIs(next, "to"))
                {
                    return entry.BeforeTo;
                }

                if (IsObjectDeterminer(v, next))
                {
                    return entry.BeforeObject;
                }
            }

            return entry.Act;
        }

        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] is TokenShape.Colon or TokenShape.Dash)
            {
                listed = true;
                return AttributionAct.Speech;
            }
        }

        if (MakesItClear(v, first, end))
        {
            listed = true;
            return AttributionAct.Speech;
        }

        return AttributionAct.Other;
    }

    /// <summary>True when the cue lies in a sentence before the quotation's first word (one after it may be another speaker's).</summary>
    private static bool CueInOtherSentence(DocumentView v, QuoteDraft draft) =>
        draft.CueFirst >= 0 && draft.CueFirst < v.Count && draft.FirstToken >= 0 && draft.FirstToken < v.Count
        && v.SentenceOf[draft.CueFirst] < v.SentenceOf[draft.FirstToken];

    /// <summary>True when the cue holds <c>made it clear</c> or <c>make it plain</c> (any form of "make"): a statement.</summary>
    private static bool MakesItClear(DocumentView v, int first, int end)
    {
        for (int t = first; t + 2 < end; t++)
        {
            if ((v.TextIs(t, "made") || v.TextIs(t, "make") || v.TextIs(t, "makes") || v.TextIs(t, "making")) && v.TextIs(t + 1, "it")
                && (v.TextIs(t + 2, "clear") || v.TextIs(t + 2, "plain")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the source's head names a document: <c>the report</c>, <c>The joint statement</c>, <c>a study by …</c>.</summary>
    public static bool SourceIsDocument(DocumentView v, QuoteDraft draft)
    {
        if (!draft.HasSource)
        {
            return false;
        }

        int head = -1;
        for (int t = draft.SourceFirst; t < draft.SourceEnd; t++)
        {
            if (v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised)
            {
                if (head >= 0 && (v.TextIs(t, "of") || v.TextIs(t, "by") || v.TextIs(t, "from")))
                {
                    break;
                }

                head = t;
            }
        }

        return head >= 0 && SpeakerWords.IsAnyDocumentNoun(v.Chars(head));
    }

    /// <summary>True when the resolved speaker's name ends with a document noun ("survey", "the Tower Commission report").</summary>
    private static bool SpeakerIsDocument(QuoteDraft draft)
    {
        if (draft.Speaker?.Name is not { Length: > 0 } name)
        {
            return false;
        }

        int space = name.LastIndexOf(' ');
        return SpeakerWords.IsAnyDocumentNoun(name.AsSpan(space + 1));
    }

    /// <summary>
    /// For a source after the content (<c>…, company officials said.</c>, <c>…, said X.</c>): a speech verb right after
    /// the source (past auxiliaries and adverbs) that ends the clause, or right before the source.
    /// </summary>
    private static bool SpeechVerbBesideSource(DocumentView v, QuoteDraft draft)
    {
        if (!draft.HasSource || draft.SourceFirst < draft.EndToken)
        {
            return false;
        }

        int after = draft.SourceEnd;
        while (after < v.Count && (v.Is(after, WordClass.Auxiliary) || v.Is(after, WordClass.Adverb)))
        {
            after++;
        }

        bool endsClause = after + 1 >= v.Count || v.Shapes[after + 1] is TokenShape.SentenceEnd or TokenShape.Comma;
        return (endsClause && IsSpeechVerbOutside(v, draft, after)) || IsSpeechVerbOutside(v, draft, draft.SourceFirst - 1);
    }

    private static bool IsSpeechVerbOutside(DocumentView v, QuoteDraft draft, int t) =>
        t >= 0 && t < v.Count && (t < draft.FirstToken || t >= draft.EndToken) && v.Shapes[t] == TokenShape.Lower
        && v.SentenceOf[t] == v.SentenceOf[draft.SourceFirst] && v.Is(t, WordClass.CueVerb)
        && ActLexicon.TryGet(v.Chars(t), out ActLexicon.Entry e) && e.Act is AttributionAct.Speech or AttributionAct.Writing;

    private static bool IsObjectDeterminer(DocumentView v, int t) =>
        v.TextIs(t, "the") || v.TextIs(t, "a") || v.TextIs(t, "an") || v.TextIs(t, "these") || v.TextIs(t, "those");
}
