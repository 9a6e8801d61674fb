using NewsNlp.Documents;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Two reports joined by a conjunction are two quotes: <c>The Greens say the tax will hurt farmers and the Liberals
/// claim it will cost jobs.</c> A reported clause that runs on into <c>and</c> / <c>but</c> / <c>while</c> /
/// <c>whereas</c> followed by a new subject and a verb of saying ends before the conjunction; the words after that verb
/// become a quote of their own, with that verb as cue and the new subject as source (after a comma, a verb of saying with no
/// subject of its own, <c>…, but insisted he …</c>, takes the first report's source). Only contents after their cue
/// (<c>X said …</c>) are split: a closing report (<c>…, X said.</c>) reports the whole clause. Session 25: a clause that
/// runs on to the subject of a next cue that has its own quote (<c>… called the law "…," and opposition leader Ann Fry
/// called it "shameful"</c>) ends before the conjunction, and that subject is the next quote's source.
/// </summary>
internal static class CoordinatedReport
{
    /// <summary>The new subject has at most this many tokens.</summary>
    private const int MaxSubject = 6;

    /// <summary>Splits every reported clause that holds a second, coordinated report.</summary>
    public static void Split(DocumentView v, AttributionState state)
    {
        int count = state.Drafts.Count;
        for (int i = 0; i < count; i++)
        {
            QuoteDraft d = state.Drafts[i];
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.CueEnd > d.FirstToken || d.Content.Count != 1 || d.EndToken > v.Count)
            {
                continue;
            }

            // Up to the last word but one: a run-on subject may be one word ("… and Fry called it …"); the splits after a
            // cue need at least four tokens after the conjunction, which their own checks ask for.
            for (int t = d.FirstToken + 2; t < d.EndToken - 1; t++)
            {
                if (!(IsJoin(v, t) || SubordinateClauseEnd(v, d, t)) || v.InQuote(t))
                {
                    continue;
                }

                int cue = CueAfterSubject(v, t + 1, d.EndToken);
                int sf, se;
                if (cue < 0 && SubjectOfNextCue(v, state, d, t + 1) is QuoteDraft next)
                {
                    // "Critics have called the law "…," and opposition leader Ann Fry called it "shameful"": the clause ran
                    // on to the subject of the next report, whose cue already has a quote of its own.
                    int end = v.Shapes[t - 1] == TokenShape.Comma ? t - 1 : t;
                    next.SetSource(t + 1, d.EndToken);
                    d.Kind = HoldsQuotation(v, d.FirstToken, end) ? QuoteKind.Mixed : QuoteKind.Indirect;
                    d.EndToken = end;
                    d.Content[0] = new TextSpan(d.Content[0].Start, v.Ends[end - 1]);
                    break;
                }

                if (cue < 0)
                {
                    // "X would not comment on the reports, but insisted he would …": after a comma, a verb of saying that
                    // opens a clause and has no subject of its own shares the first report's source.
                    if (!d.HasSource || v.Shapes[t - 1] != TokenShape.Comma || v.Shapes[t + 1] != TokenShape.Lower
                        || !IndirectSpeechRules.IsClauseVerb(v, t + 1) || t + 2 >= d.EndToken
                        || !v.Is(t + 2, WordClass.That | WordClass.SubjectPronoun))
                    {
                        continue;
                    }

                    cue = t + 1;
                    (sf, se) = (d.SourceFirst, d.SourceEnd);
                }
                else
                {
                    (sf, se) = SourceFinder.SubjectBefore(v, cue, t + 1);
                    if (sf != t + 1)
                    {
                        continue;
                    }
                }

                int first = v.Is(cue + 1, WordClass.That) ? cue + 2 : cue + 1;
                if (Clauses.CountWords(v, first, d.EndToken) < 2 || HasQuoteInside(state, d, first, d.EndToken))
                {
                    continue;
                }

                int cut = v.Shapes[t - 1] == TokenShape.Comma ? t - 1 : t;
                var second = new QuoteDraft
                {
                    Kind = d.Kind,
                    FirstToken = first,
                    EndToken = d.EndToken,
                    DecidedBy = RuleNames.CoordinatedReport,
                    Confidence = d.Confidence,
                };
                second.Content.Add(new TextSpan(v.Starts[first], d.Content[0].End));
                second.SetCue(cue, cue + 1);
                second.SetSource(sf, se);
                second.Kind = HoldsQuotation(v, first, d.EndToken) ? QuoteKind.Mixed : QuoteKind.Indirect;
                d.Kind = HoldsQuotation(v, d.FirstToken, cut) ? QuoteKind.Mixed : QuoteKind.Indirect;
                d.EndToken = cut;
                d.Content[0] = new TextSpan(d.Content[0].Start, v.Ends[cut - 1]);
                state.Drafts.Add(second);
                state.Cover(cue, cue + 1);
                break;
            }
        }
    }

    private static readonly string[] Subordinators = ["While", "Although", "Though", "Whereas", "Whilst"];

    /// <summary>
    /// Session 27: <c>While the agency noted that sales had slowed, it stressed that the outlook remained strong.</c> — the
    /// report in a contrast clause opening the sentence ends at that clause's comma; a new subject and a verb of saying
    /// after it report what follows (the same split as after <c>but</c>). True for a comma in the content of a report
    /// whose sentence opens with <c>While</c>, <c>Although</c>, <c>Though</c>, <c>Whereas</c> or <c>Whilst</c> before the cue.
    /// </summary>
    private static bool SubordinateClauseEnd(DocumentView v, QuoteDraft d, int t)
    {
        if (v.Shapes[t] != TokenShape.Comma || d.CueFirst >= v.Count)
        {
            return false;
        }

        int opener = v.Document.Sentences[v.SentenceOf[d.CueFirst]].FirstToken;
        return opener < d.CueFirst && v.Shapes[opener] == TokenShape.Capitalised && v.TextIsAny(opener, Subordinators);
    }

    private static bool IsJoin(DocumentView v, int t) =>
        v.TextIs(t, "and") || v.TextIs(t, "but") || v.TextIs(t, "while") || v.TextIs(t, "whereas");

    /// <summary>The cue verb closing a short subject that starts at <paramref name="first"/> (<c>the Liberals claim</c>, <c>he added</c>), or -1.</summary>
    private static int CueAfterSubject(DocumentView v, int first, int end)
    {
        // Session 27: "…, but it stressed that …": "it" (an organisation) is a subject too when a verb of saying follows at once.
        bool it = v.Shapes[first] == TokenShape.Lower && v.Is(first, WordClass.ItPronoun) && first + 1 < end && v.Is(first + 1, WordClass.CueVerb);
        if (v.Shapes[first] is not (TokenShape.Lower or TokenShape.Capitalised) || !(it || v.Is(first, WordClass.Determiner | WordClass.SingularPronoun | WordClass.PluralPronoun) || v.IsNameToken(first)))
        {
            return -1;
        }

        for (int k = first + 1; k < end && k - first <= MaxSubject; k++)
        {
            if (v.Shapes[k] is not (TokenShape.Lower or TokenShape.Capitalised) || v.InQuote(k))
            {
                return -1;
            }

            if (v.Shapes[k] == TokenShape.Lower && v.Is(k, WordClass.CueVerb) && !v.Is(k, WordClass.WeakCueVerb) && !SpeakerWords.IsNounUse(v, k) && !Clauses.IsParticiple(v, k))
            {
                // The verb must open a clause: "that", or a subject (a pronoun, a determiner, a name).
                int next = k + 1;
                if (next < end && (v.Is(next, WordClass.That | WordClass.SubjectPronoun | WordClass.Determiner) || v.IsNameToken(next)))
                {
                    return k;
                }

                // Session 24: "… and the Liberal Democrats claim personal ambition is obstructing good government": a bare
                // noun phrase opens the clause when an auxiliary follows it within a few words ("claim credit for it" does not).
                return next < end && v.Shapes[next] == TokenShape.Lower && AuxiliarySoon(v, next + 1, end) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>Most words of a bare noun-phrase subject before its auxiliary.</summary>
    private const int MaxBareSubject = 3;

    /// <summary>True when an auxiliary follows within <see cref="MaxBareSubject"/> lower-case words from <paramref name="from"/>.</summary>
    private static bool AuxiliarySoon(DocumentView v, int from, int end)
    {
        for (int j = from; j < end && j - from < MaxBareSubject; j++)
        {
            if (v.Is(j, WordClass.Auxiliary))
            {
                return true;
            }

            if (v.Shapes[j] != TokenShape.Lower || v.InQuote(j) || v.Is(j, WordClass.CueVerb | WordClass.That))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 25: the draft whose cue comes right after <paramref name="d"/>'s content, when the words from
    /// <paramref name="first"/> to that content's end are a short subject (opening with a name or a determiner, or ending
    /// in a name: <c>opposition leader Ann Fry</c>; capitalised or lower-case words, nothing quoted) and the cue is a verb
    /// of saying; else null.
    /// </summary>
    private static QuoteDraft? SubjectOfNextCue(DocumentView v, AttributionState state, QuoteDraft d, int first)
    {
        int end = d.EndToken;
        if (end >= v.Count || end - first > MaxSubject || end - first < 1 || v.Shapes[end] != TokenShape.Lower || !v.Is(end, WordClass.CueVerb)
            || v.SentenceOf[end] != v.SentenceOf[first]
            || !(v.Is(first, WordClass.Determiner | WordClass.SingularPronoun | WordClass.PluralPronoun) || v.IsNameToken(first) || v.IsNameToken(end - 1)))
        {
            return null;
        }

        for (int k = first; k < end; k++)
        {
            if (v.Shapes[k] is not (TokenShape.Lower or TokenShape.Capitalised) || v.InQuote(k) || v.Is(k, WordClass.CueVerb | WordClass.Auxiliary))
            {
                return null;
            }
        }

        foreach (QuoteDraft o in state.Drafts)
        {
            if (o != d && !o.Dropped && o.CueFirst == end && o.FirstToken >= o.CueEnd)
            {
                return o;
            }
        }

        return null;
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

    /// <summary>Another draft already reports words of [first, end) (a nested report the tagger found).</summary>
    private static bool HasQuoteInside(AttributionState state, QuoteDraft d, int first, int end)
    {
        foreach (QuoteDraft o in state.Drafts)
        {
            if (o != d && !o.Dropped && o.FirstToken < end && first < o.EndToken)
            {
                return true;
            }
        }

        return false;
    }
}
