using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>
/// <c>X said: “…”</c>, <c>X told reporters, “…”</c>, <c>He answered …: “…”</c> (<c>cue-before-quote</c>), a fragment
/// inside reported speech (<c>mixed-clause</c>, the content widened to the reported clause), or a name right before a
/// colon (<c>colon-lead-in</c>).
/// </summary>
internal sealed class LeadingCueSieve : IDirectQuoteSieve
{
    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        int open = d.OpenToken;
        if (open <= 0)
        {
            return false;
        }

        int sentence = v.SentenceOf[open];
        int start = open - 1;
        while (start > 0 && (!v.InQuote(start - 1) || IsNamedTitle(state, start - 1)) && v.ParagraphOf[start - 1] == v.ParagraphOf[open] && open - start < 40
            && v.SentenceOf[start - 1] == sentence)
        {
            start--;
        }

        if (v.InQuote(start) || v.ParagraphOf[start] != v.ParagraphOf[open])
        {
            return false;
        }

        int before = open - 1;
        bool fragment = !(v.Shapes[before] is TokenShape.Colon or TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.Dash or TokenShape.OpenBracket)
            && !v.Is(before, WordClass.CueVerb | WordClass.That) && v.ParagraphOf[before] == v.ParagraphOf[open] && !v.InQuote(before);

        for (int c = before; c >= start; c--)
        {
            if (v.Is(c, WordClass.According) && v.TextIs(c + 1, "to"))
            {
                (int f, int e) = SourceFinder.PhraseAfter(v, c + 2, open);
                if (f >= 0)
                {
                    d.SetCue(c, c + 2);
                    d.SetSource(f, e);
                    d.DecidedBy = RuleNames.CueBeforeQuote;
                    d.Confidence = 0.8;
                    return true;
                }
            }

            if (!v.Is(c, WordClass.CueVerb) || SpeakerWords.IsNounUse(v, c))
            {
                continue;
            }

            (int nf, int ne) = InvertedInsertion(v, c, start, open);
            if (nf >= 0)
            {
                // "Ultimately, there will be, says Mr Donofrio, no value in being “computer illiterate”": a report inserted
                // between commas with its speaker after the verb; the clause goes on after the speaker's comma.
                d.SetCue(c, c + 1);
                d.SetSource(nf, ne);
                d.Confidence = 0.85;
                if (ReportedClause.TryWiden(v, state, d, ne + 1, fragment: true))
                {
                    d.DecidedBy = RuleNames.MixedClause;
                    return true;
                }

                d.DecidedBy = RuleNames.CueBeforeQuote;
                return true;
            }

            (int sf, int se) = SourceFinder.SubjectBefore(v, c, start);
            if (sf < 0 && IsTrailingParticiple(v, c, start))
            {
                // "The ministry dismissed the reports, saying the project was “on schedule”": the participle is the cue
                // of the quoted clause, and its speaker the subject of the sentence.
                (sf, se) = SourceFinder.SentenceSubject(v, start, c - 1);
            }

            if (sf < 0 && RelativeSubject(v, c, start) is >= 0 and var relative)
            {
                // "… the other from IATA, which has attacked the package as a “bad piece of legislation”": the relative
                // clause's own report, not an earlier cue of the sentence.
                (sf, se) = (relative, relative + 1);
            }

            int cueFirst = c;
            if (sf < 0 && v.TextIs(c - 1, "to"))
            {
                // "Ms Lund used a speech to say …", "He went on to say …": the subject of the verb the infinitive hangs on.
                (sf, se, cueFirst) = InfinitiveSubject(v, c, start);
            }

            if (sf < 0)
            {
                continue;
            }

            d.SetCue(cueFirst, c + 1);
            d.SetSource(sf, se);
            d.Confidence = 0.85;

            if (ReportedClause.TryWiden(v, state, d, c + 1, fragment || ClauseContinuesAfter(v, d)))
            {
                d.DecidedBy = RuleNames.MixedClause;
                return true;
            }

            d.DecidedBy = RuleNames.CueBeforeQuote;
            return true;
        }

        if (v.Shapes[before] == TokenShape.Colon && before - 1 >= start)
        {
            // Transcript or lead-in: "Smith: “…”" — a name right before the colon.
            (int f, int e) = SourceFinder.PhraseEndingAt(v, before - 1, start);
            if (f >= 0 && f == start && v.IsNameToken(e - 1))
            {
                d.SetCue(before, before + 1);
                d.SetSource(f, e);
                d.DecidedBy = RuleNames.ColonLeadIn;
                d.Confidence = 0.6;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The speaker of a report inserted between commas with the speaker after the verb (<c>…, says Mr Donofrio, …</c>): a
    /// capitalised phrase right after the cue at <paramref name="c"/>, which follows a comma, ending at a comma before the
    /// quotation; (-1, -1) when the cue is not so inserted.
    /// </summary>
    private static (int First, int End) InvertedInsertion(DocumentView v, int c, int start, int open)
    {
        if (c - 1 <= start || v.Shapes[c - 1] != TokenShape.Comma || c + 2 >= open || v.Shapes[c + 1] != TokenShape.Capitalised)
        {
            return (-1, -1);
        }

        (int f, int e) = SourceFinder.PhraseAfter(v, c + 1, open);
        return f == c + 1 && e < open - 1 && v.Shapes[e] == TokenShape.Comma && v.IsNameToken(e - 1) ? (f, e) : (-1, -1);
    }

    /// <summary>
    /// The subject and verb an infinitive cue at <paramref name="c"/> hangs on (<c>Ms Lund used a speech to say</c>: Ms Lund,
    /// used; <c>took to the radio on Monday to warn</c>): the nearest lower-case word going back within eight tokens (no cue
    /// verb, auxiliary, conjunction, "that" or relative between)
    /// right after a name or pronoun that opens its clause; (-1, -1, c) when none.
    /// </summary>
    private static (int First, int End, int Verb) InfinitiveSubject(DocumentView v, int c, int start)
    {
        for (int k = c - 2; k > start && c - k <= 8; k--)
        {
            if (v.Shapes[k] is not (TokenShape.Lower or TokenShape.Capitalised) || v.InQuote(k) || v.Is(k, WordClass.CueVerb | WordClass.That | WordClass.Relative)
                || Clauses.IsCoordinator(v, k) || (v.Is(k, WordClass.Auxiliary) && !v.TextIs(k, "used")))
            {
                break;
            }

            if (v.Shapes[k] == TokenShape.Lower && (v.IsNameToken(k - 1) || v.Is(k - 1, WordClass.SingularPronoun | WordClass.PluralPronoun)))
            {
                // The subject opens its clause ("Trump took to Twitter overnight to accuse": Trump, not Twitter).
                (int sf, int se) = SourceFinder.SubjectBefore(v, k, start);
                int p = sf - 1;
                while (p >= start && v.Shapes[p] == TokenShape.Capitalised)
                {
                    p--; // a title the phrase left out ("Mr")
                }

                if (sf >= 0 && se == k && (p < start || v.Shapes[p] == TokenShape.Comma || Clauses.IsCoordinator(v, p) || v.Is(p, WordClass.That)))
                {
                    return (sf, se, k);
                }
            }
        }

        return (-1, -1, c);
    }

    /// <summary>
    /// The relative pronoun opening a non-restrictive clause whose verb is the cue at <paramref name="c"/>, past auxiliaries
    /// and adverbs (<c>, which has attacked</c>, <c>, who also said</c>), or -1.
    /// </summary>
    private static int RelativeSubject(DocumentView v, int c, int start)
    {
        int j = c - 1;
        while (j > start && c - j <= 4 && !v.InQuote(j) && (v.Is(j, WordClass.Auxiliary | WordClass.Adverb) || SourceFinder.IsLyAdverb(v, j)))
        {
            j--;
        }

        return j > start && !v.InQuote(j) && (v.TextIs(j, "which") || v.TextIs(j, "who")) && v.Shapes[j - 1] == TokenShape.Comma ? j : -1;
    }

    /// <summary>
    /// True when token <paramref name="t"/> is in a quoted title the sentence names (<c>told MSNBC's "Morning Joe" that
    /// “…”</c>, <see cref="NamedTitleSieve"/>): the clause before it still leads in to the quotation after it.
    /// </summary>
    private static bool IsNamedTitle(AttributionState state, int t) =>
        state.DraftAt(t) is >= 0 and var i && state.Drafts[i] is { Dropped: true, DecidedBy: RuleNames.NamedTitle };

    /// <summary>A cue participle after a comma in the main clause (<c>…, saying</c>, <c>…, adding</c>), not the sentence's first words.</summary>
    private static bool IsTrailingParticiple(DocumentView v, int c, int start) =>
        c - 1 > start && v.Shapes[c - 1] == TokenShape.Comma && Clauses.IsParticiple(v, c) && !v.InQuote(c - 1);

    /// <summary>A quotation not ending in a comma or full stop is followed in its sentence by a lower-case word that is no cue (<c>… said that “…” that it is likely …</c>).</summary>
    private static bool ClauseContinuesAfter(DocumentView v, QuoteDraft d)
    {
        int t = d.CloseEnd;
        return !d.Unclosed && t > 0 && t < v.Count && v.SentenceOf[t] == v.SentenceOf[t - 1] && !v.InQuote(t)
            && v.Shapes[d.EndToken - 1] is not (TokenShape.Comma or TokenShape.SentenceEnd)
            && v.Shapes[t] == TokenShape.Lower && !v.Is(t, WordClass.CueVerb | WordClass.According | WordClass.SingularPronoun | WordClass.PluralPronoun);
    }
}
