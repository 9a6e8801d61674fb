using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Reported speech reports a proposition; a bare noun phrase after a cue-like verb is its object: <c>is recommending a
/// group of oil service companies</c>, <c>charges against arbitrager Ann Lee</c>, <c>quoting foreign intelligence
/// sources</c>, <c>quoted the source as saying</c>. A reported clause of at most six words with no sign of a clause
/// (no auxiliary — a possessive "'s" is none —, cue verb, "that", relative or subject pronoun, no -ed or -ing word) that
/// closes its clause (or is followed by a prepositional adjunct: <c>reiterated this position on Wednesday</c>), whose cue
/// is not a verb of
/// saying that takes a clause (<c>said</c>, <c>told</c>, <c>added</c>, <c>according to</c>), or whose content ends
/// with "as saying", is an action.
/// </summary>
internal sealed class NounPhraseContentFilter : IAttributionFilter
{
    private const int MaxWords = 6;

    private static readonly string[] SayingCues = ["say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "according"];

    /// <inheritdoc />
    public string Name => "noun-phrase-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || first < 0 || end <= first || draft.ClosedBySpeech)
        {
            return FilterVerdict.Keep;
        }

        if (end - first >= 2 && v.TextIs(end - 1, "saying") && v.TextIs(end - 2, "as"))
        {
            return FilterVerdict.Action;
        }

        // The phrase must close its clause: one followed by more words is a subject cut off from its verb
        // ("that his talks last week | were aimed at …"); an adjunct may follow ("reiterated this position | on Wednesday").
        bool closes = end >= v.Count || v.SentenceOf[end] != v.SentenceOf[end - 1] || v.Shapes[end] is TokenShape.SentenceEnd or TokenShape.Comma
            || (v.Shapes[end] == TokenShape.Lower && SpeakerWords.IsPreposition(v.Chars(end)));
        if (!closes || end - first > MaxWords || IsSayingCue(v, draft.CueFirst, draft.CueEnd))
        {
            return FilterVerdict.Keep;
        }

        return HasClauseWord(v, first, end, t => IsPossessive(v, t, first)) ? FilterVerdict.Keep : FilterVerdict.Action;
    }

    /// <summary>
    /// Whether tokens [<paramref name="first"/>, <paramref name="end"/>) hold a word a clause needs — an auxiliary, a cue
    /// verb, 'that', a relative, a personal pronoun, a quotation mark, colon or semicolon, a lower-case -ed/-ing form or an irregular past form ("rose") —
    /// skipping the tokens <paramref name="isPossessive"/> accepts; without one the span is a bare noun phrase.
    /// </summary>
    internal static bool HasClauseWord(DocumentView v, int first, int end, Func<int, bool> isPossessive)
    {
        for (int t = first; t < end; t++)
        {
            if (isPossessive(t))
            {
                continue;
            }

            if (v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.That | WordClass.Relative
                    | WordClass.SubjectPronoun)
                || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon
                || (v.Shapes[t] == TokenShape.Lower && (v.Chars(t).EndsWith("ed", StringComparison.Ordinal) || v.Chars(t).EndsWith("ing", StringComparison.Ordinal)
                    || IrregularPastForms.Is(v.Chars(t)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether tokens [<paramref name="first"/>, <paramref name="end"/>) close their sentence as a bare noun phrase (no
    /// <see cref="HasClauseWord"/> word; an "'s" inside the phrase before a word is a possessive, "Radio 4's Today
    /// programme", not "is"): the shape of a phrase after a cue that is no reported clause.
    /// </summary>
    internal static bool IsBareNounPhraseClosingSentence(DocumentView v, int first, int end)
    {
        bool endsSentence = end >= v.Count || v.SentenceOf[end] != v.SentenceOf[end - 1] || v.Shapes[end] == TokenShape.SentenceEnd;
        return endsSentence && !HasClauseWord(v, first, end, t => IsPossessiveInside(v, t, first, end));
    }

    private static bool IsPossessiveInside(DocumentView v, int t, int first, int end) =>
        t > first && t + 1 < end && v.IsApostropheS(t) && v.Shapes[t + 1] is TokenShape.Capitalised or TokenShape.Lower;

    /// <summary>"'s" after a name and before a lower-case word is a possessive ("Ms Kite's credibility"), not "is".</summary>
    private static bool IsPossessive(DocumentView v, int t, int first) =>
        t > first && t + 1 < v.Count && (v.Chars(t).Equals("'s", StringComparison.Ordinal) || v.Chars(t).Equals("’s", StringComparison.Ordinal))
        && v.Shapes[t - 1] == TokenShape.Capitalised && v.Shapes[t + 1] == TokenShape.Lower;

    private static bool IsSayingCue(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            foreach (string word in SayingCues)
            {
                if (v.TextIs(t, word))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
