using NewsNlp.Documents;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Where or to whom something was said, put between a verb of saying and <c>that</c>, is the writer's framing: in <c>Its
/// foreign ministry said in a statement posted on its website that it "firmly opposes" the visit</c>, <c>She says in
/// Ohio that she's thrilled</c> or <c>She can be heard yelling to the officers that her husband was unarmed</c> a cue
/// read up to its preposition (<c>said in a statement posted on</c>) leaves the preposition's object in front of the
/// content. A reported or mixed clause that starts right after a cue holding a verb of saying and ending in a
/// preposition, and whose first words (at most six, plain words outside quotation marks, no auxiliary, verb of
/// saying or comma) are followed by <c>that</c> and a clause (at least two tokens, not opening with an auxiliary: <c>the
/// website that was hacked</c> is a relative clause), starts after <c>that</c>; so does one that opens with the
/// preposition itself after a bare verb of saying (<c>wrote on Facebook that she would "not stop …"</c>, session 25), and
/// one the tagger started inside a preposition's phrase between commas after the cue (<c>said, in a speech to | the
/// council, that …</c>, session 26). Not after other verbs (<c>criticized
/// for policies that objectors see as …</c>: a relative clause on their object). One look at each draft's first tokens.
/// </summary>
internal static class PrepositionObjectOpening
{
    /// <summary>The preposition's object is at most this many tokens (twelve since session 25: <c>in a filing with the U.S.
    /// Securities and Exchange Commission in October that</c>; words of a clause stop it).</summary>
    private const int MaxObject = 12;

    /// <summary>At most this many tokens of a participle's phrase between commas on the object (session 26).</summary>
    private const int MaxInsertedPhrase = 8;

    private static readonly string[] SayingVerbs =
    [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "writing", "written",
        "post", "posts", "posted", "posting", "announce", "announces", "announced", "announcing", "state", "states", "stated",
        "add", "adds", "added", "adding", "yell", "yelled", "yelling", "shout", "shouted", "shouting", "explain", "explains",
        "explained", "insist", "insists", "insisted", "argue", "argues", "argued", "claim", "claims", "claimed", "warn", "warns",
        "warned", "note", "notes", "noted", "declare", "declares", "declared", "confirm", "confirms", "confirmed", "agree",
        "agrees", "agreed", "report", "reports", "reported", "testify", "testified", "testifies",
    ];

    /// <summary>Moves the start of every reported or mixed clause opening with a preposition's object and <c>that</c> past them.</summary>
    public static void Trim(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.Content.Count == 0 || d.FirstToken < d.CueEnd
                || d.FirstToken - d.CueEnd > MaxObject || d.EndToken > v.Count || v.InQuote(d.FirstToken))
            {
                continue;
            }

            // "said in a statement posted on | its website that …": the cue ends in the preposition (the tagger may have
            // started the clause inside its object: "said in | a filing with | the U.S. Securities … in October that");
            // "wrote | on Facebook that she would …" (session 25): the content opens with it.
            int objectFirst;
            if (d.CueEnd - 1 > d.CueFirst && EndsInPreposition(v, d.CueEnd - 1) && HoldsSayingVerb(v, d.CueFirst, d.CueEnd - 1))
            {
                objectFirst = d.CueEnd;
            }
            else if (d.FirstToken == d.CueEnd && d.FirstToken + 1 < d.EndToken && EndsInPreposition(v, d.FirstToken) && HoldsSayingVerb(v, d.CueFirst, d.CueEnd))
            {
                objectFirst = d.FirstToken + 1;
            }
            else if (d.FirstToken > d.CueEnd && v.Shapes[d.CueEnd] == TokenShape.Comma && HoldsSayingVerb(v, d.CueFirst, d.CueEnd)
                && ReportedClause.AfterInsertedPhrase(v, d.CueEnd, d.EndToken) is var that && that > d.CueEnd && that >= d.FirstToken - 1)
            {
                // Session 26: "said, in a speech to | the council, that the bridge was …": the tagger started the clause
                // inside a phrase inserted between commas after the cue.
                int first = that + 1;
                if (first > d.FirstToken && v.Starts[first] < d.Content[0].End)
                {
                    d.FirstToken = first;
                    d.StartContentAt(v.Starts[first]);
                    if (d.Kind == QuoteKind.Mixed && !HoldsQuotation(v, first, d.EndToken))
                    {
                        d.Kind = QuoteKind.Indirect;
                    }
                }

                continue;
            }
            else
            {
                continue;
            }

            int k = AfterThat(v, objectFirst, d.EndToken);
            if (k <= d.FirstToken || v.Starts[k] >= d.Content[0].End)
            {
                continue;
            }

            d.FirstToken = k;
            d.StartContentAt(v.Starts[k]);
            if (d.Kind == QuoteKind.Mixed && !HoldsQuotation(v, k, d.EndToken))
            {
                d.Kind = QuoteKind.Indirect;
            }
        }
    }

    private static bool EndsInPreposition(DocumentView v, int t) =>
        v.Shapes[t] == TokenShape.Lower && (SpeakerWords.IsPreposition(v.Chars(t)) || v.TextIs(t, "to")) && !v.TextIs(t, "that");

    private static bool HoldsSayingVerb(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, SayingVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token after the <c>that</c> ending the preposition's object that starts at <paramref name="first"/>, or -1.</summary>
    private static int AfterThat(DocumentView v, int first, int end)
    {
        for (int k = first; k < end && k <= first + MaxObject; k++)
        {
            if (k > first + 1 && v.Shapes[k] == TokenShape.Comma && !v.InQuote(k))
            {
                // Session 26: "said in the complaint, filed on 13 December, that it did not know …": a participle's phrase
                // between commas on the object.
                return AfterInsertedParticiple(v, k, end);
            }

            if (v.IsClosedUpDash(k) && !v.InQuote(k))
            {
                continue; // "the seven-page complaint" (session 26)
            }

            if (v.InQuote(k) || v.SentenceOf[k] != v.SentenceOf[first] || v.Shapes[k] is not (TokenShape.Lower or TokenShape.Capitalised or TokenShape.Other or TokenShape.Number))
            {
                return -1;
            }

            if (k > first && v.Shapes[k] == TokenShape.Lower && v.TextIs(k, "that"))
            {
                return k + 2 < end && !v.Is(k + 1, WordClass.Auxiliary) ? k + 1 : -1;
            }

            // A verb of saying after a determiner is a noun ("wrote in a note to clients that …", session 25).
            bool noun = k > first && v.Is(k - 1, WordClass.Determiner) && !v.Is(k - 1, WordClass.That);
            if (v.Is(k, WordClass.Auxiliary | WordClass.Relative) || (!noun && (v.Is(k, WordClass.CueVerb) || v.TextIsAny(k, SayingVerbs))))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The token after <c>that</c> when a past participle's phrase (at most eight plain words) runs from the comma at
    /// <paramref name="comma"/> to a second comma followed by <c>that</c> and a clause not opening with an auxiliary; or -1.
    /// </summary>
    private static int AfterInsertedParticiple(DocumentView v, int comma, int end)
    {
        int p = comma + 1;
        if (p >= end || !Clauses.IsPastVerb(v, p) || v.TextIsAny(p, SayingVerbs))
        {
            return -1;
        }

        for (int m = p + 1; m < end && m - p <= MaxInsertedPhrase; m++)
        {
            if (v.InQuote(m) || v.SentenceOf[m] != v.SentenceOf[comma])
            {
                return -1;
            }

            if (v.Shapes[m] == TokenShape.Comma)
            {
                return m + 3 < end && v.Shapes[m + 1] == TokenShape.Lower && v.TextIs(m + 1, "that") && !v.Is(m + 2, WordClass.Auxiliary) ? m + 2 : -1;
            }

            bool noun = v.Is(m - 1, WordClass.Determiner) && !v.Is(m - 1, WordClass.That);
            if (v.IsClosedUpDash(m) || (noun && v.Shapes[m] == TokenShape.Lower && !v.Is(m, WordClass.Auxiliary)))
            {
                continue;
            }

            if (v.Shapes[m] is not (TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number or TokenShape.Other)
                || v.Is(m, WordClass.Auxiliary | WordClass.Relative | WordClass.CueVerb) || v.TextIs(m, "that"))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool HoldsQuotation(DocumentView v, int first, int end)
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
