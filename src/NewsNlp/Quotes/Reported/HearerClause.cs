using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// After a verb that takes its hearer as object — <c>told</c>, <c>asked</c>, <c>informed</c>, <c>assured</c>,
/// <c>advised</c>, <c>reminded</c> (and <c>warned</c> before a that-clause) — the hearer is not what was said:
/// <c>told BBC Radio 4's Today programme that the church …</c>, <c>told the BBC News website she had received …</c>,
/// <c>told reporters the tariffs should be seen …</c>, <c>asked Mr Finegold if he is …</c>. A reported or mixed
/// clause starting at the hearer starts where the reported clause does: after <c>that</c>, at <c>if</c>,
/// <c>whether</c> or a question word, or at the clause's subject (a personal pronoun, a determiner or a name after the
/// hearer's noun) when a verb follows within a few words; a mixed clause whose hearer is followed by a quotation
/// (<c>told Reuters "It's a very courageous move."</c>) starts at the quotation. A source mention inside the hearer gives way to the cue's
/// subject (the hearer is not the speaker).
/// </summary>
internal static class HearerClause
{
    /// <summary>The hearer and what follows it are read within this many tokens of the cue.</summary>
    private const int HearerWindow = 14;

    /// <summary>The tagger's content may start this many tokens into the hearer.</summary>
    private const int MaxHearerLead = 6;

    /// <summary>After a subject found without "that", its verb shows within this many tokens.</summary>
    private const int VerbWindow = 8;

    private static readonly string[] HearerVerbs = ["tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "inform", "informs", "informed", "informing",
        "assure", "assures", "assured", "assuring", "advise", "advises", "advised", "advising", "remind", "reminds", "reminded", "reminding"];

    private static readonly string[] WarnVerbs = ["warn", "warns", "warned", "warning"];

    private static readonly string[] QuestionWords = ["if", "whether", "how", "why", "what", "when", "where"];

    /// <summary>Trims the hearer off every reported or mixed clause that starts right after its hearer cue.</summary>
    public static void Trim(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.Content.Count == 0 || d.FirstToken < d.CueEnd || d.FirstToken >= v.Count
                || !InsideHearer(v, d.CueEnd, d.FirstToken) || v.TextIs(d.FirstToken, "that") || v.TextIsAny(d.FirstToken, QuestionWords))
            {
                continue;
            }

            int cue = d.CueEnd - 1;
            bool warn = v.TextIsAny(cue, WarnVerbs);
            if (!warn && !v.TextIsAny(cue, HearerVerbs))
            {
                continue;
            }

            int k = d.Kind == QuoteKind.Mixed && !warn ? QuotationAfterHearer(v, d.FirstToken, d.EndToken) : -1;
            bool byThat = false;
            if (k < 0)
            {
                k = ClauseStart(v, d.FirstToken, Math.Min(d.EndToken, d.FirstToken + HearerWindow), out byThat);
            }

            if (k <= d.FirstToken || k >= d.EndToken || (warn && !byThat))
            {
                continue;
            }

            int oldFirst = d.FirstToken;
            d.FirstToken = k;
            d.StartContentAt(v.Starts[k]);
            if (d.HasSource && d.SourceFirst >= oldFirst && d.SourceEnd <= k)
            {
                // The hearer was taken for the source: the speaker is the cue's subject.
                (int f, int e) = Sources.SourceFinder.SubjectBefore(v, d.CueFirst, v.Document.Sentences[v.SentenceOf[d.CueFirst]].FirstToken);
                d.SetSource(f, e);
            }

            if (d.Kind == QuoteKind.Mixed && !HoldsQuotedWords(v, k, d.EndToken))
            {
                d.Kind = QuoteKind.Indirect;
            }
        }
    }

    /// <summary>
    /// Where the reported clause after the hearer starting at <paramref name="first"/> begins (scanning up to
    /// <paramref name="limit"/>), or -1; <paramref name="byThat"/> is true when a "that" opened it.
    /// </summary>
    private static int ClauseStart(DocumentView v, int first, int limit, out bool byThat)
    {
        byThat = false;
        for (int t = first + 1; t < limit; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.Colon or TokenShape.Semicolon or TokenShape.SentenceEnd or TokenShape.QuoteMark)
            {
                return -1;
            }

            if (v.Shapes[t] != TokenShape.Lower && v.Shapes[t] != TokenShape.Capitalised)
            {
                continue;
            }

            if (v.TextIs(t, "that"))
            {
                byThat = true;
                return t + 1;
            }

            if (v.TextIsAny(t, QuestionWords))
            {
                return t;
            }

            bool afterNoun = v.Shapes[t - 1] is TokenShape.Lower or TokenShape.Capitalised && !v.Is(t - 1, WordClass.Determiner | WordClass.Auxiliary)
                && !SpeakerWords.IsPreposition(v.Chars(t - 1)) && !v.TextIs(t - 1, "to") && !v.TextIs(t - 1, "and");
            bool subject = v.Is(t, WordClass.SingularPronoun | WordClass.PluralPronoun) || v.TextIs(t, "it")
                || (afterNoun && v.Is(t, WordClass.Determiner) && !v.Is(t + 1, WordClass.TimeWord) && !(v.Shapes[t] == TokenShape.Capitalised && v.Shapes[t - 1] == TokenShape.Capitalised))
                || (afterNoun && v.Shapes[t] == TokenShape.Capitalised && v.Shapes[t - 1] == TokenShape.Lower && !v.Is(t, WordClass.TimeWord | WordClass.CapitalisedFunctionWord));
            if (subject)
            {
                return VerbFollows(v, t) ? t : -1;
            }

            if (v.Is(t, WordClass.Auxiliary) || (v.Is(t, WordClass.CueVerb) && !SpeakerWords.IsNounUse(v, t)))
            {
                // ("told analysts on a conference call last month that …": a cue word used as a noun is no verb.)
                // A verb before any subject: the words after the cue are not a hearer and a clause.
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The opening quotation mark of a quotation right after the hearer starting at <paramref name="first"/> (<c>told
    /// Reuters "It's a very courageous move."</c>: at most <see cref="MaxHearerLead"/> plain words, no verb, no <c>to</c> or
    /// other preposition: <c>asked firms to "roll over …"</c> is a request with its infinitive), or -1.
    /// </summary>
    private static int QuotationAfterHearer(DocumentView v, int first, int end)
    {
        for (int t = first; t < end && t - first <= MaxHearerLead; t++)
        {
            if (v.Shapes[t] == TokenShape.QuoteMark)
            {
                return t > first && t + 1 < end && v.InQuote(t + 1) ? t : -1;
            }

            if (v.InQuote(t) || v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised)
                || (v.Shapes[t] == TokenShape.Lower && (v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | WordClass.That) || v.TextIs(t, "to")
                    || SpeakerWords.IsPreposition(v.Chars(t)))))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the content starting at <paramref name="first"/> may start inside the cue's hearer: right after the cue,
    /// or a few words on with nothing between that ends a hearer (the tagger's <c>told the BBC News | website she …</c>).
    /// </summary>
    private static bool InsideHearer(DocumentView v, int afterCue, int first)
    {
        if (first - afterCue > MaxHearerLead)
        {
            return false;
        }

        for (int t = afterCue; t < first; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.Colon or TokenShape.Semicolon or TokenShape.SentenceEnd or TokenShape.QuoteMark
                || v.TextIs(t, "that") || (v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.Auxiliary | WordClass.CueVerb)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool VerbFollows(DocumentView v, int k)
    {
        for (int t = k + 1; t < v.Count && t - k <= VerbWindow && v.SentenceOf[t] == v.SentenceOf[k]; t++)
        {
            if (v.Shapes[t] is TokenShape.Comma or TokenShape.Colon or TokenShape.Semicolon)
            {
                return false;
            }

            if (v.Is(t, WordClass.Auxiliary) || (v.Shapes[t] == TokenShape.Lower && v.Chars(t).Length > 3 && v.Chars(t).EndsWith("ed", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsQuotedWords(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] == TokenShape.QuoteMark)
            {
                return true;
            }
        }

        return false;
    }
}
