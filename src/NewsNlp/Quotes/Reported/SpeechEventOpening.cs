using NewsNlp.Documents;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Where a report was made, put between the cue and <c>that</c>, is the writer's framing: <c>She said in a television
/// interview that it would happen "eventually"</c>, <c>The mayor said in an interview with a local radio station on
/// Sunday that the tax was unfair</c>, <c>He told reporters during a briefing that …</c> is not. A reported or mixed
/// clause that starts right after its cue with <c>in</c>/<c>during</c>, a determiner or possessive, at most two
/// modifiers and a noun of a speech event (the nouns of <see cref="SpeechEventAdjunct"/>), then at most eight tokens
/// without a comma, quotation or sentence end, and then <c>that</c>, starts after <c>that</c>. Without <c>that</c> the
/// clause is left alone. One look at each draft's first tokens: linear in the drafts.
/// </summary>
internal static class SpeechEventOpening
{
    private static readonly string[] Openers = ["in", "during"];

    /// <summary>The tail between the event noun and <c>that</c> is at most this many tokens.</summary>
    private const int MaxTail = 8;

    /// <summary>Moves the start of every reported or mixed clause opening with a speech-event adjunct and <c>that</c> past them.</summary>
    public static void Trim(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.Content.Count == 0 || d.FirstToken != d.CueEnd
                || d.FirstToken >= v.Count || d.EndToken > v.Count || v.InQuote(d.FirstToken))
            {
                continue;
            }

            int k = AfterThat(v, d.FirstToken, d.EndToken);
            if (k < 0 || k >= d.EndToken - 1 || v.Starts[k] >= d.Content[0].End)
            {
                continue;
            }

            d.FirstToken = k;
            d.StartContentAt(v.Starts[k]);
        }
    }

    /// <summary>The token after the <c>that</c> closing a speech-event adjunct that opens at <paramref name="t"/>, or -1.</summary>
    private static int AfterThat(DocumentView v, int t, int end)
    {
        if (!v.TextIsAny(t, Openers) || v.Shapes[t] != TokenShape.Lower || t + 2 >= end || !v.TextIsAny(t + 1, SpeechEventAdjunct.Determiners))
        {
            return -1;
        }

        int noun = -1;
        for (int k = t + 2; k <= t + 4 && k < end; k++)
        {
            if (v.Shapes[k] is not (TokenShape.Lower or TokenShape.Capitalised) || v.InQuote(k))
            {
                return -1;
            }

            if (v.Shapes[k] == TokenShape.Lower && v.TextIsAny(k, SpeechEventAdjunct.EventNouns))
            {
                noun = k;
                break;
            }
        }

        if (noun < 0)
        {
            return -1;
        }

        for (int k = noun + 1; k < end && k <= noun + 1 + MaxTail; k++)
        {
            if (v.InQuote(k) || v.Shapes[k] is TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.QuoteMark or TokenShape.Colon
                or TokenShape.Semicolon || v.SentenceOf[k] != v.SentenceOf[t])
            {
                return -1;
            }

            if (v.Shapes[k] == TokenShape.Lower && v.TextIs(k, "that"))
            {
                return k + 1;
            }
        }

        return -1;
    }
}
