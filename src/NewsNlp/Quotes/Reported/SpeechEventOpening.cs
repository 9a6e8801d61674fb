using NewsNlp.Documents;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Where a report was made, put between the cue and <c>that</c>, is the writer's framing: <c>She said in a television
/// interview that it would happen "eventually"</c>, <c>The mayor said in an interview with a local radio station on
/// Sunday that the tax was unfair</c>, <c>He told reporters during a briefing that …</c> is not. A reported or mixed
/// clause that starts right after its cue with <c>in</c>/<c>during</c>, a determiner or possessive, at most two
/// modifiers and a noun of a speech event (the nouns of <see cref="SpeechEventAdjunct"/>), then at most eight tokens
/// without a comma, quotation or sentence end, and then <c>that</c>, starts after <c>that</c>. Session 21 (quotes21):
/// the noun may also be a document's (<c>report</c>, <c>filing</c>, <c>survey</c> …); a subject pronoun right after
/// the noun opens the clause without <c>that</c> (<c>Texaco Canada said in the annual report it had a cash position of
/// …</c>); an opening quotation mark within at most fourteen plain tokens after the noun opens it too (<c>Ms Doi said in a
/// speech in central Tokyo where shop-owners oppose the tax "The elections are a plebiscite …"</c>); and the adjunct
/// may start inside the cue (<c>said in</c> read as the cue, the content starting at the noun). Otherwise the clause is
/// left alone. One look at each draft's first tokens: linear in the drafts.
/// </summary>
internal static class SpeechEventOpening
{
    private static readonly string[] Openers = ["in", "during"];

    /// <summary>The tail between the event noun and <c>that</c> is at most this many tokens.</summary>
    private const int MaxTail = 8;

    /// <summary>The tail between the event noun and an opening quotation mark is at most this many tokens.</summary>
    private const int MaxQuoteTail = 14;

    /// <summary>Nouns of a written document a report can be made in, besides the speech events.</summary>
    internal static readonly string[] DocumentNouns =
    [
        "report", "reports", "filing", "filings", "survey", "study", "review", "prospectus", "newsletter", "document",
        "circular", "release", "bulletin", "submission",
    ];

    /// <summary>Verbs of making or sending a document: after them the pronoun heads a relative clause on the noun.</summary>
    private static readonly string[] MakingVerbs =
    [
        "issued", "released", "sent", "gave", "made", "published", "posted", "wrote", "filed", "delivered", "distributed",
        "submitted", "prepared", "circulated", "presented",
    ];

    /// <summary>Subject pronouns that open a clause of their own.</summary>
    private static readonly string[] SubjectPronouns = ["it", "he", "she", "they", "we"];

    /// <summary>Moves the start of every reported or mixed clause opening with a speech-event adjunct and <c>that</c> past them.</summary>
    public static void Trim(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.Content.Count == 0 || d.FirstToken >= v.Count
                || d.EndToken > v.Count || v.InQuote(d.FirstToken))
            {
                continue;
            }

            // The adjunct opens the content, or its preposition closes the cue ("said in" | "the annual report it had").
            int opener = d.FirstToken == d.CueEnd ? d.FirstToken
                : d.CueEnd >= 1 && d.FirstToken > d.CueEnd - 1 && d.FirstToken <= d.CueEnd + 3 && d.CueEnd - 1 > d.CueFirst ? d.CueEnd - 1
                : -1;
            if (opener < 0)
            {
                continue;
            }

            int k = AfterThat(v, opener, d.EndToken);
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

            if (v.Shapes[k] == TokenShape.Lower && (v.TextIsAny(k, SpeechEventAdjunct.EventNouns) || v.TextIsAny(k, DocumentNouns)))
            {
                noun = k;
                break;
            }
        }

        if (noun < 0)
        {
            return -1;
        }

        for (int k = noun + 1; k < end && k <= noun + 1 + MaxQuoteTail; k++)
        {
            if (v.Shapes[k] == TokenShape.QuoteMark && k + 1 < end && v.InQuote(k + 1) && v.SentenceOf[k] == v.SentenceOf[t])
            {
                return k;
            }

            if (v.InQuote(k) || v.Shapes[k] is TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.QuoteMark or TokenShape.Colon
                or TokenShape.Semicolon || v.SentenceOf[k] != v.SentenceOf[t])
            {
                break;
            }

            if (v.Shapes[k] == TokenShape.Lower && v.TextIs(k, "that") && k <= noun + 1 + MaxTail)
            {
                return k + 1;
            }
        }

        return PronounSubject(v, t, noun, end);
    }

    /// <summary>
    /// The subject pronoun right after the noun when it opens the reported clause (<c>said in the annual report it had
    /// …</c>), or -1; not when the pronoun's verb makes the words a relative clause on the noun (<c>said in a statement it
    /// issued on Monday …</c>).
    /// </summary>
    private static int PronounSubject(DocumentView v, int t, int noun, int end)
    {
        int p = noun + 1;
        if (p + 1 >= end || v.Shapes[p] != TokenShape.Lower || !v.TextIsAny(p, SubjectPronouns) || v.InQuote(p)
            || v.Shapes[p + 1] != TokenShape.Lower || v.InQuote(p + 1) || v.SentenceOf[p + 1] != v.SentenceOf[t] || v.TextIsAny(p + 1, MakingVerbs))
        {
            return -1;
        }

        return p;
    }
}
