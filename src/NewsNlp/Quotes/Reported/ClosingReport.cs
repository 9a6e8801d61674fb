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
                RepairSentence(v, state, list, a, cue, clauseEnd, tailStart, sf, se);
            }
        }
    }

    private static void RepairSentence(DocumentView v, AttributionState state, List<QuoteDraft> list, int a, int cue, int comma, int tailStart, int sf, int se)
    {
        if (comma - a < MinContentTokens || v.InQuote(a) || v.InQuote(cue) || !QuotationsInside(v, a, comma, tailStart) || IsImpersonal(v, cue, sf, se))
        {
            return;
        }

        for (int t = a; t < comma; t++)
        {
            if (v.Shapes[t] is TokenShape.Colon or TokenShape.Semicolon && !v.InQuote(t))
            {
                return;
            }
        }

        QuoteDraft? target = null;
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
                if (target is not null || d.FirstToken < a || d.EndToken > tailStart)
                {
                    return;
                }

                target = d;
                continue;
            }

            if (d.FirstToken < a || d.EndToken > tailStart)
            {
                // A quotation or clause running past the reported clause: not this shape.
                return;
            }

            if (IsOwnAttribution(v, d, a, comma))
            {
                nested.Add(d);
            }
            else
            {
                absorbed.Add(d);
            }
        }

        if (target is null && absorbed.Count == 0)
        {
            // Nothing misread: the rules either reported the clause or declined it for a reason of their own.
            return;
        }

        if (target is not null && target.Kind != QuoteKind.Direct && target.FirstToken == a && target.EndToken == comma && target.Content.Count == 1 && absorbed.Count == 0)
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
            if (target is { HasSource: true })
            {
                outer.SetSource(target.SourceFirst, target.SourceEnd);
            }
            else
            {
                outer.SetSource(sf, se);
            }

            state.Drafts.Add(outer);
        }

        outer.Content.Clear();
        outer.Content.Add(v.Span(a, comma));
        outer.FirstToken = a;
        outer.EndToken = comma;
        outer.DecidedBy = RuleNames.CueAfterContent;
        outer.Kind = HoldsQuotedWords(v, a, comma) ? QuoteKind.Mixed : QuoteKind.Indirect;
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
