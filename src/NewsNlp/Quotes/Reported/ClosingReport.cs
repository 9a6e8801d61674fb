using NewsNlp.Documents;
using NewsNlp.Quotes.Finding;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A sentence that closes with its report — <c>…, X said.</c>, <c>…, said X.</c>, <c>…, a report suggests.</c> —
/// reports everything before that comma. Where the earlier passes gave the closing cue only a part of it (the learned
/// tagger's <c>a sign Reagan will attack …</c> out of <c>The sanctions are … a sign Reagan will attack …, officials
/// said.</c>) or left a quoted fragment inside it on its own (<c>The world was "fractured and uncertain", Mr Blair
/// said.</c>, <c>… was to "rebuild a sense of purpose" within the US, he said.</c>), the content becomes the whole
/// clause (mixed when it holds quoted words): fragments and part-clauses inside it are absorbed; an attribution inside it
/// with its own cue verb and source (<c>…, which critics claim would …, …</c>) stays, nested in it. Sentences that
/// open inside a quotation, quotations running past the clause and clauses with a colon or semicolon are left alone.
/// The same holds for a report inserted between commas (<c>The filing, analysts said, freezes …</c>: both sides are
/// the content; <c>But, says X, some things …</c>: the side after), unless a time adjunct opens after the second comma
/// (<c>…, the bank said on Tuesday, a day after …</c>, see <see cref="TrailingAdjunct"/>): then the side before alone.
/// </summary>
internal static class ClosingReport
{
    private const int MinContentTokens = 4;

    /// <summary>The closing cue lies within this many tokens of the sentence end.</summary>
    private const int TailWindow = 8;

    /// <summary>Repairs the drafts of every sentence closing with its report (linear in the document).</summary>
    public static void Repair(DocumentView v, AttributionState state)
    {
        List<QuoteDraft> drafts = state.Drafts;
        var bySentence = new Dictionary<int, List<QuoteDraft>>();
        foreach (QuoteDraft d in drafts)
        {
            if (d.Dropped || d.FirstToken < 0 || d.FirstToken >= v.Count)
            {
                continue;
            }

            int s = v.SentenceOf[d.FirstToken];
            if (!bySentence.TryGetValue(s, out List<QuoteDraft>? list))
            {
                bySentence[s] = list = [];
            }

            list.Add(d);
            if (d.HasCue && d.CueFirst < v.Count && v.SentenceOf[d.CueFirst] != s)
            {
                int cs = v.SentenceOf[d.CueFirst];
                if (!bySentence.TryGetValue(cs, out List<QuoteDraft>? cueList))
                {
                    bySentence[cs] = cueList = [];
                }

                cueList.Add(d);
            }
        }

        var sentences = v.Document.Sentences;
        foreach ((int s, List<QuoteDraft> list) in bySentence)
        {
            TokenRange range = sentences[s];
            int a = range.FirstToken, b = Math.Min(range.EndToken, v.Count);
            if (IndirectSpeechRules.FindClosingReport(v, a, b, out int cue, out int clauseEnd, out int tailStart, out int sf, out int se))
            {
                if (clauseEnd - a >= MinContentTokens && Clean(v, a, clauseEnd, tailStart))
                {
                    // Not inverted, a tail of time and place ("…, X testified Tuesday on the second day of …"): what the
                    // tagger read after the cue is that tail, no content ("…, Clinton noted the clot's existence." keeps its object).
                    int adjunct = sf < cue && AdjunctTail.Reads(v, cue + 1, b) ? cue + 1 : -1;
                    RepairSentence(v, state, list, new Shape(a, clauseEnd, -1, -1, tailStart, cue, sf, se, a, adjunct));
                }
            }
            else if (IndirectSpeechRules.FindInsertedReport(v, a, b, out cue, out int before, out int after, out int end, out sf, out se))
            {
                // "The filing, analysts said, freezes …": both sides; "But, says X, some things …": the side after.
                bool lead = before - a == 1 && v.Is(a, WordClass.Boundary | WordClass.Adverb);
                int f1 = lead ? -1 : a, e1 = lead ? -1 : before;
                if (!lead && (TrailingAdjunct.Opens(v, after) || CoordinatedCue.OpensAt(v, after)))
                {
                    // "…, the bank said on Tuesday, a day after its rival warned …": the report closes the clause before it;
                    // the adjunct after its second comma (and any report in it) is no part of it.
                    if (before - a >= MinContentTokens && Clean(v, a, before, before + 1))
                    {
                        RepairSentence(v, state, list.FindAll(d => d.FirstToken < after - 1 || d.CueFirst == cue), new Shape(a, before, -1, -1, before + 1, cue, sf, se, a, after));
                    }

                    continue;
                }

                if (end - after >= 2 && (lead || before - a >= 2) && Clean(v, a, before, before + 1) && Clean(v, after, end, end))
                {
                    RepairSentence(v, state, list, new Shape(f1, e1, after, end, end, cue, sf, se, a));
                }
            }
        }
    }

    /// <summary>
    /// Where a report's content lies: one or two parts (<see cref="First2"/> -1 for one; <see cref="First1"/> -1 when only
    /// the second), how far drafts may reach (<see cref="Extent"/>), the cue, the source, the sentence's first token and
    /// where a time adjunct after the report begins (<see cref="Adjunct"/>, -1 for none: see <see cref="TrailingAdjunct"/>).
    /// </summary>
    private readonly record struct Shape(int First1, int End1, int First2, int End2, int Extent, int Cue, int SourceFirst, int SourceEnd, int SentenceFirst, int Adjunct = -1)
    {
        public int First => First1 >= 0 ? First1 : First2;

        public int End => First2 >= 0 ? End2 : End1;
    }

    /// <summary>
    /// Session 20: true when the source of <paramref name="d"/> (the tagger's) holds the closing report's subject
    /// <c>[sf, se)</c> and reaches back over a comma before it: <c>Mr. Schultz, who works for RT and, Mr. King said, has
    /// …</c> — the tagger's <c>who works for RT and, Mr. King</c> runs over the insertion's opening comma; the subject
    /// next to the cue is <c>Mr. King</c>.
    /// </summary>
    private static bool RunsOverInsertion(DocumentView v, QuoteDraft d, int sf, int se)
    {
        if (sf < 0 || !d.HasSource || d.SourceFirst >= sf || d.SourceEnd < se)
        {
            return false;
        }

        for (int t = d.SourceFirst; t < sf; t++)
        {
            if (v.Shapes[t] == TokenShape.Comma && !v.InQuote(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A content part with no colon or semicolon, not opening inside a quotation, whose quotations close before <paramref name="limit"/>.</summary>
    private static bool Clean(DocumentView v, int first, int end, int limit)
    {
        if (v.InQuote(first) || !QuotationsInside(v, first, end, limit))
        {
            return false;
        }

        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] is TokenShape.Colon or TokenShape.Semicolon && !v.InQuote(t))
            {
                return false;
            }
        }

        return true;
    }

    private static void RepairSentence(DocumentView v, AttributionState state, List<QuoteDraft> list, Shape shape)
    {
        int cue = shape.Cue, sf = shape.SourceFirst, se = shape.SourceEnd;
        int a = shape.First, comma = shape.End, tailStart = shape.Extent;
        int scopeFirst = shape.First1 >= 0 ? shape.First1 : shape.First2 - 1;
        if (v.InQuote(cue) || IsImpersonal(v, cue, sf, se))
        {
            return;
        }

        QuoteDraft? target = null;
        bool targetReadTail = false;
        var absorbed = new List<QuoteDraft>();
        var nested = new List<QuoteDraft>();
        foreach (QuoteDraft d in list)
        {
            if (d.Dropped)
            {
                continue;
            }

            if (d.CueFirst == cue)
            {
                // ", said the Beijing News.": the tagger read the source after the closing cue as its content; "…, Lord
                // Falconer said. The secretary outlined …": or the next sentence.
                bool sourceAsContent = d.Kind == QuoteKind.Indirect && d.EndToken > tailStart
                    && ((d.FirstToken == cue + 1 && cue - 1 >= 0 && v.Shapes[cue - 1] == TokenShape.Comma
                            && Sources.SourceFinder.SubjectBefore(v, cue, shape.SentenceFirst).First < 0)
                        || (d.FirstToken > cue && d.FirstToken < v.Count && v.SentenceOf[d.FirstToken] != v.SentenceOf[cue]));
                // "…, it said, a day before talks broke down.": the tagger read the adjunct as the closing cue's content.
                sourceAsContent |= shape.Adjunct >= 0 && d.FirstToken >= shape.Adjunct;
                if (target is not null || d.FirstToken < shape.SentenceFirst || (d.EndToken > tailStart && !sourceAsContent))
                {
                    return;
                }

                targetReadTail = sourceAsContent;
                target = d;
                continue;
            }

            if (d.Kind != QuoteKind.Direct && d.HasCue && d.CueFirst > cue && d.FirstToken >= tailStart && v.SentenceOf[d.CueFirst] == v.SentenceOf[cue])
            {
                // Session 25: ", said the people, who asked not to be identified …": the relative clause's own attribution,
                // after the closing report, is no part of its shape.
                continue;
            }

            if (d.Kind != QuoteKind.Direct && d.HasCue && IndirectSpeechRules.IsClauseVerb(v, cue) && d.FirstToken >= scopeFirst && d.FirstToken < tailStart && d.EndToken > tailStart && d.CueFirst < comma)
            {
                // "… refusing to obey the order, the state press has said.": a clause the tagger ran on over the closing
                // report's own source and verb of saying is part of what that report says.
                absorbed.Add(d);
                continue;
            }

            if (d.FirstToken < scopeFirst || d.EndToken > tailStart)
            {
                // A quotation or clause running past the reported clause: not this shape.
                return;
            }

            if (IsOwnAttribution(v, d, scopeFirst, comma) && !(d.CueFirst >= shape.End1 && d.CueFirst < shape.First2))
            {
                nested.Add(d);
            }
            else
            {
                absorbed.Add(d);
            }
        }

        if (target is not null && targetReadTail)
        {
            // The tagger read the source or the tail after the closing cue as its content (changed only now that the
            // shape holds: an early return above leaves the draft as it was).
            target.SetSource(-1, -1);
            if (target.CueEnd > cue + 1)
            {
                // "testified Tuesday on": the tagger's cue ran into the tail it read as content.
                target.SetCue(cue, cue + 1);
            }
        }

        if (target is null && absorbed.Count == 0 && !SubjectsOwnPredicate(v, nested, a, cue))
        {
            // Nothing misread: the rules either reported the clause or declined it for a reason of their own.
            return;
        }

        if (target is not null && sf >= 0 && PostModifiedSubject.Holds(v, sf, se))
        {
            // "…, people familiar with the matter said.": the tagger's source (or the ranker's, later) is a part of the
            // closing subject; the closing rule decides the source (the source ranker re-chooses only the tagger's).
            target.SetSource(sf, se);
            target.DecidedBy = RuleNames.CueAfterContent;
        }

        int parts = shape.First1 >= 0 && shape.First2 >= 0 ? 2 : 1;
        if (target is not null && target.Kind != QuoteKind.Direct && target.FirstToken == a && target.EndToken == comma && target.Content.Count == parts && absorbed.Count == 0)
        {
            return;
        }

        QuoteDraft outer;
        if (target is not null && target.Kind != QuoteKind.Direct)
        {
            outer = target;
        }
        else
        {
            if (target is not null)
            {
                absorbed.Add(target);
            }

            outer = new QuoteDraft { Confidence = 0.75 };
            outer.SetCue(cue, cue + 1);
            if (target is { HasSource: true } && !RunsOverInsertion(v, target, sf, se))
            {
                outer.SetSource(target.SourceFirst, target.SourceEnd);
            }
            else
            {
                outer.SetSource(sf, se);
            }

            state.Drafts.Add(outer);
        }

        if ((!outer.HasSource && sf >= 0) || RunsOverInsertion(v, outer, sf, se))
        {
            outer.SetSource(sf, se);
        }

        outer.Content.Clear();
        bool quoted = false;
        if (shape.First1 >= 0)
        {
            outer.Content.Add(v.Span(shape.First1, shape.End1));
            quoted |= HoldsQuotedWords(v, shape.First1, shape.End1);
        }

        if (shape.First2 >= 0)
        {
            outer.Content.Add(v.Span(shape.First2, shape.End2));
            quoted |= HoldsQuotedWords(v, shape.First2, shape.End2);
        }

        outer.FirstToken = a;
        outer.EndToken = comma;
        outer.DecidedBy = RuleNames.CueAfterContent;
        outer.Kind = quoted ? QuoteKind.Mixed : QuoteKind.Indirect;
        outer.NestedIn = null;
        foreach (QuoteDraft d in absorbed)
        {
            d.Dropped = true;
            d.DecidedBy = RuleNames.Absorbed;
        }

        foreach (QuoteDraft d in nested)
        {
            d.NestedIn = outer;
        }

        state.Cover(outer);
    }

    /// <summary>
    /// An attribution inside the clause with a listed cue word and a source of its own there (<c>which critics claim
    /// would …</c>, <c>The minister's statement that …</c>); a quotation, or a clause the tagger linked to a word the
    /// cue lexicon does not list (<c>the tariffs the council imposed</c>), is none.
    /// </summary>
    private static bool IsOwnAttribution(DocumentView v, QuoteDraft d, int a, int comma)
    {
        if (d.Kind == QuoteKind.Direct || !d.HasCue || !d.HasSource || d.CueFirst < a || d.CueEnd > comma || d.SourceFirst < a || d.SourceEnd > comma)
        {
            return false;
        }

        for (int t = d.CueFirst; t < d.CueEnd; t++)
        {
            if (v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.CueNoun | WordClass.According))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 21: true when the closing cue is a verb of saying and a nested attribution is the clause's own subject and
    /// predicate, read with a cue that holds no verb of saying (<see cref="WordClass.CueVerb"/>; <c>A party MEP suggested
    /// …, a new documentary has revealed.</c> keeps the MEP's report): <c>Texaco plans to add more banks in Dallas, he said.</c>,
    /// <c>Everyone could see the chancellor's "sweeteners", but these hid tax rises, he said.</c> The tagger's
    /// <c>plans</c> or <c>could see</c> draft is not what the closing report says; the whole clause is, so the closing report
    /// is made even though no draft was misread.
    /// </summary>
    private static bool SubjectsOwnPredicate(DocumentView v, List<QuoteDraft> nested, int a, int cue)
    {
        if (!IndirectSpeechRules.IsClauseVerb(v, cue))
        {
            return false;
        }

        foreach (QuoteDraft d in nested)
        {
            if (d.SourceFirst != a || d.Kind == QuoteKind.Direct)
            {
                continue;
            }

            bool saying = false;
            for (int t = d.CueFirst; t < d.CueEnd && !saying; t++)
            {
                saying = v.Is(t, WordClass.CueVerb);
            }

            if (!saying)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>…, it has been claimed.</c>, <c>…, it is understood.</c>: an impersonal passive names no one.</summary>
    private static bool IsImpersonal(DocumentView v, int cue, int sf, int se) =>
        se - sf == 1 && v.TextIs(sf, "it") && cue - 1 > sf && v.Is(cue - 1, WordClass.Auxiliary);

    /// <summary>True when every quotation with a token in <c>[a, comma)</c> opens inside it and closes before <paramref name="tailStart"/>.</summary>
    private static bool QuotationsInside(DocumentView v, int a, int comma, int tailStart)
    {
        for (int t = a; t < comma; t++)
        {
            if (!v.InQuote(t))
            {
                continue;
            }

            Quotation q = v.Quotations[v.QuotationOf[t]];
            if (q.Span.Unclosed || q.Open < a || q.CloseEnd > tailStart)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HoldsQuotedWords(DocumentView v, int a, int comma)
    {
        for (int t = a; t < comma; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] == TokenShape.QuoteMark)
            {
                return true;
            }
        }

        return false;
    }
}
