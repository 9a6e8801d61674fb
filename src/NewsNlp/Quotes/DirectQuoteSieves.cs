using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// Turns quotations found on characters into drafts and attributes them with ordered sieves, each recording its name in
/// <see cref="QuoteDraft.DecidedBy"/>: <c>cue-after-quote</c> (<c>“…,” X said</c>, <c>“…,” said X</c>),
/// <c>cue-before-quote</c> (<c>X said: “…”</c>), <c>colon-lead-in</c>, <c>split-quote</c> (a quote continued after its cue
/// in the same paragraph becomes a second content span), <c>continuation</c> (a quote with no cue continues the
/// previous speaker) and <c>mixed-clause</c> (a short quoted fragment inside reported speech).
/// </summary>
internal static class DirectQuoteSieves
{
    private const int TrailingWindow = 14;
    private const int MinUnattributedWords = 4;

    public static List<QuoteDraft> Build(DocumentView v, List<QuotedSpan> spans)
    {
        var drafts = new List<QuoteDraft>(spans.Count);
        if (v.Count == 0)
        {
            return drafts;
        }

        // Map every quotation to tokens and mark the tokens it holds.
        int hint = 0;
        for (int q = 0; q < spans.Count; q++)
        {
            QuotedSpan s = spans[q];
            // Quotations come in text order: each search starts from the token the previous one found.
            int open = hint = IndexAt(v, s.Open.Start, hint);
            int first = hint = IndexAt(v, s.Content[0].Start, hint);
            int end = (hint = IndexAt(v, s.Content[^1].End - 1, hint)) + 1;
            int closeEnd = s.Unclosed || s.Close.IsEmpty ? end : (hint = IndexAt(v, s.Close.End - 1, hint)) + 1;
            if (first >= v.Count || end <= first)
            {
                continue;
            }

            open = Math.Min(open, first);
            for (int t = open; t < closeEnd; t++)
            {
                v.QuoteOf[t] = drafts.Count;
            }

            var d = new QuoteDraft
            {
                Kind = QuoteKind.Direct,
                FirstToken = first,
                EndToken = end,
                OpenToken = open,
                CloseEnd = closeEnd,
                DirectIndex = q,
                Unclosed = s.Unclosed,
                WordCount = CountWords(v, first, end),
                Confidence = s.Unclosed ? 0.5 : 0.9,
            };
            d.Content.AddRange(s.Content);
            drafts.Add(d);
        }

        // The last draft before i not dropped: kept as the loop goes (drafts before i are final), not searched for each
        // draft, which was quadratic on a long run of dropped scare quotes.
        QuoteDraft? previous = null;
        for (int i = 0; i < drafts.Count; i++)
        {
            QuoteDraft d = drafts[i];
            if (i > 0 && !drafts[i - 1].Dropped)
            {
                previous = drafts[i - 1];
            }

            if (previous is not null && previous.Kind == QuoteKind.Mixed && d.OpenToken >= previous.FirstToken && d.CloseEnd <= previous.EndToken)
            {
                // A fragment inside the previous quote's reported clause.
                d.Dropped = true;
                d.DecidedBy = RuleNames.Absorbed;
                continue;
            }

            if (previous is not null && SplitQuote(v, previous, d))
            {
                continue;
            }

            if (DashSignature(v, d) || TranscriptLabel(v, d))
            {
                continue;
            }

            if (TrailingCue(v, d))
            {
                ExtendFragment(v, d);
                continue;
            }

            if (LeadingCue(v, d))
            {
                continue;
            }

            if (IsHeading(v, d))
            {
                // A quoted title on a paragraph of its own ("'All Bets Are Off.'"): a section heading.
                d.Dropped = true;
                d.DecidedBy = RuleNames.Heading;
                continue;
            }

            if (previous is not null && Continuation(v, previous, d))
            {
                continue;
            }

            if (d.WordCount < MinUnattributedWords)
            {
                // A short quoted phrase with no cue: a scare quote, title or term, not a quotation.
                d.Dropped = true;
                d.DecidedBy = RuleNames.ScareQuote;
            }
        }

        return drafts;
    }

    /// <summary><c>“…,” X said</c> / <c>“…,” said X</c> / <c>“…,” according to X</c> / <c>“…!” he said</c>.</summary>
    /// <summary>
    /// A quotation inside reported speech after its cue — a short fragment (<paramref name="fragment"/>) or a quotation
    /// after a that-clause has begun (<c>X said Friday that if …, “…”</c>) — becomes a mixed quote whose content is the
    /// whole reported clause, from after the cue (and "that") to the end of the sentence. False when it does not apply.
    /// </summary>
    internal static bool ReportedClause(DocumentView v, QuoteDraft d, int afterCue, bool fragment)
    {
        int open = d.OpenToken;
        int complementizer = afterCue;
        while (complementizer < open && complementizer - afterCue < 3 && v.Is(complementizer, WordClass.TimeWord | WordClass.Adverb))
        {
            complementizer++;
        }

        bool thatClause = v.Is(complementizer, WordClass.That) && complementizer + 1 < open;
        if (!fragment && !thatClause)
        {
            return false;
        }

        int contentFirst = thatClause ? complementizer + 1 : afterCue;
        if (v.Is(contentFirst, WordClass.That))
        {
            contentFirst++;
        }

        // The clause runs to the end of the sentence, through further short quoted fragments ("as “false” or “pants on
        // fire,” …"), which become part of it; a longer quotation ends it.
        // It also ends before a new attribution or a trailing participle or relative clause (", he added", "and said …",
        // ", implicitly putting …", ", which …").
        int end = d.EndToken, lastComma = -1;
        while (end < v.Count && v.SentenceOf[end] == v.SentenceOf[d.EndToken - 1] && v.Shapes[end] != TokenShape.SentenceEnd)
        {
            if (!v.InQuote(end) && v.Is(end, WordClass.CueVerb | WordClass.According) && !SpeakerWords.IsNounUse(v, end) && StartsNewAttribution(v, end))
            {
                end = lastComma >= 0 ? lastComma : end > d.EndToken && IsCoordinator(v, end - 1) ? end - 1 : end;
                break;
            }

            bool comma = v.Shapes[end] is TokenShape.Comma or TokenShape.Dash && !v.InQuote(end);
            bool commaInQuote = end >= 2 && v.InQuote(end - 1) && !v.InQuote(end) && v.Shapes[end - 1] == TokenShape.QuoteMark && v.Shapes[end - 2] == TokenShape.Comma;
            if (comma || commaInQuote)
            {
                int next = comma ? end + 1 : end;
                if (next < v.Count && (v.Is(next, WordClass.Relative) || IsParticiple(v, next) || ((v.Is(next, WordClass.Adverb) || v.Chars(next).EndsWith("ly", StringComparison.Ordinal)) && IsParticiple(v, next + 1))))
                {
                    break;
                }

                lastComma = comma ? end : -1;
            }

            if (v.InQuote(end) && v.QuoteOf[end] != v.QuoteOf[d.FirstToken])
            {
                int q = v.QuoteOf[end], t = end;
                while (t < v.Count && v.QuoteOf[t] == q)
                {
                    t++;
                }

                if (CountWords(v, end, t) >= MaxAbsorbedFragmentWords)
                {
                    break;
                }

                end = t;
                continue;
            }

            end++;
        }

        if (contentFirst >= d.FirstToken)
        {
            return false;
        }

        d.Kind = QuoteKind.Mixed;
        d.Content.Clear();
        d.Content.Add(v.Span(contentFirst, end));
        d.FirstToken = contentFirst;
        d.EndToken = end;
        return true;
    }

    /// <summary>A quotation not ending in a comma or full stop is followed in its sentence by a lower-case word that is no cue (<c>… said that “…” that it is likely …</c>).</summary>
    private static bool ClauseContinuesAfter(DocumentView v, QuoteDraft d)
    {
        int t = d.CloseEnd;
        return !d.Unclosed && t > 0 && t < v.Count && v.SentenceOf[t] == v.SentenceOf[t - 1] && !v.InQuote(t)
            && v.Shapes[d.EndToken - 1] is not (TokenShape.Comma or TokenShape.SentenceEnd)
            && v.Shapes[t] == TokenShape.Lower && !v.Is(t, WordClass.CueVerb | WordClass.According | WordClass.SingularPronoun | WordClass.PluralPronoun);
    }

    /// <summary>
    /// A cue verb inside a reported clause starts a new attribution after a conjunction, a pronoun, a name, an auxiliary
    /// or an adverb ("and accused", "he added", "Smith said"); after another word it is a noun or part of the clause
    /// ("private email", "his rubble comment").
    /// </summary>
    private static bool StartsNewAttribution(DocumentView v, int cue)
    {
        int before = cue - 1;
        if (before < 0 || v.Shapes[before] != TokenShape.Lower)
        {
            return true;
        }

        return IsCoordinator(v, before)
            || v.Is(before, WordClass.SingularPronoun | WordClass.PluralPronoun | WordClass.ItPronoun | WordClass.Auxiliary | WordClass.Adverb | WordClass.Relative)
            || SourceFinder.IsLyAdverb(v, before);
    }

    private static bool IsCoordinator(DocumentView v, int t) => v.TextIs(t, "and") || v.TextIs(t, "but") || v.TextIs(t, "or");

    private static bool IsParticiple(DocumentView v, int t) =>
        t < v.Count && v.Shapes[t] == TokenShape.Lower && v.Chars(t).Length > 4 && v.Chars(t).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// <c>"WALLACE: Let's start …</c>: a transcript turn, the speaker's name in capitals and a colon opening the
    /// quotation; the name is the source, the colon the cue, the rest the content.
    /// </summary>
    private static bool TranscriptLabel(DocumentView v, QuoteDraft d)
    {
        int first = d.FirstToken, t = first;
        while (t < d.EndToken && t - first < 3 && IsCapitalsWord(v, t))
        {
            t++;
        }

        if (t == first || t + 1 >= d.EndToken || v.Shapes[t] != TokenShape.Colon || d.Content.Count != 1)
        {
            return false;
        }

        d.SetSource(first, t);
        d.SetCue(t, t + 1);
        d.FirstToken = t + 1;
        d.Content[0] = new TextSpan(v.Starts[t + 1], d.Content[0].End);
        d.WordCount = CountWords(v, d.FirstToken, d.EndToken);
        d.DecidedBy = RuleNames.TranscriptLabel;
        d.Confidence = 0.85;
        return true;
    }

    private static bool IsCapitalsWord(DocumentView v, int t)
    {
        ReadOnlySpan<char> c = v.Chars(t);
        if (c.Length < 2)
        {
            return false;
        }

        foreach (char ch in c)
        {
            if (!char.IsUpper(ch) && ch is not ('.' or '-' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short quotation in title case that is a paragraph of its own, with nothing before or after it.</summary>
    private static bool IsHeading(DocumentView v, QuoteDraft d)
    {
        if (d.Unclosed || d.WordCount > 8 || d.OpenToken < 0 || !IsParagraphStart(v, d.OpenToken)
            || (d.CloseEnd < v.Count && v.ParagraphOf[d.CloseEnd] == v.ParagraphOf[d.OpenToken]))
        {
            return false;
        }

        int capitalised = 0, lower = 0;
        for (int t = d.FirstToken; t < d.EndToken; t++)
        {
            if (v.Shapes[t] == TokenShape.Capitalised)
            {
                capitalised++;
            }
            else if (v.Shapes[t] == TokenShape.Lower && v.Chars(t).Length > 3)
            {
                lower++;
            }
        }

        return capitalised >= 2 && lower == 0;
    }

    /// <summary>Quoted fragments shorter than this inside a reported clause become part of it.</summary>
    private const int MaxAbsorbedFragmentWords = 8;

    /// <summary><c>“…” ― Ana Ruiz</c>: a name after a dash right after the closing mark, ending there (a signature).</summary>
    private static bool DashSignature(DocumentView v, QuoteDraft d)
    {
        int t = d.CloseEnd;
        if (d.Unclosed || t + 1 >= v.Count || v.Shapes[t] != TokenShape.Dash || v.InQuote(t) || v.ParagraphOf[t] != v.ParagraphOf[d.EndToken - 1]
            || v.Shapes[t + 1] != TokenShape.Capitalised || !v.IsNameToken(t + 1) || v.Is(t + 1, WordClass.CapitalisedFunctionWord))
        {
            return false;
        }

        int e = t + 1;
        while (e < v.Count && e - t <= 5 && v.IsNameToken(e) && !v.InQuote(e) && v.ParagraphOf[e] == v.ParagraphOf[t])
        {
            e++;
        }

        bool ends = e >= v.Count || v.InQuote(e) || v.ParagraphOf[e] != v.ParagraphOf[t] || v.Shapes[e] is TokenShape.SentenceEnd or TokenShape.Comma or TokenShape.QuoteMark;
        if (!ends || e - t > 5)
        {
            return false;
        }

        d.SetCue(t, t + 1);
        d.SetSource(t + 1, e);
        d.DecidedBy = RuleNames.DashSignature;
        d.Confidence = 0.8;
        return true;
    }

    private static bool TrailingCue(DocumentView v, QuoteDraft d)
    {
        if (d.Unclosed)
        {
            return false;
        }

        int t = d.CloseEnd;
        while (t < v.Count && v.Shapes[t] is TokenShape.Comma or TokenShape.Dash && !v.InQuote(t))
        {
            t++;
        }

        if (t >= v.Count || v.InQuote(t) || v.ParagraphOf[t] != v.ParagraphOf[d.EndToken - 1])
        {
            return false;
        }

        int limit = t;
        while (limit < v.Count && limit - t < TrailingWindow && !v.InQuote(limit) && v.Shapes[limit] is not (TokenShape.SentenceEnd or TokenShape.Semicolon)
            && v.ParagraphOf[limit] == v.ParagraphOf[t])
        {
            limit++;
        }

        if (v.Is(t, WordClass.According) && v.TextIs(t + 1, "to"))
        {
            (int f, int e) = SourceFinder.PhraseAfter(v, t + 2, limit);
            if (f >= 0)
            {
                d.SetCue(t, t + 2);
                d.SetSource(f, e);
                d.DecidedBy = RuleNames.CueAfterQuote;
                return true;
            }
        }

        if (v.Is(t, WordClass.CueVerb))
        {
            (int f, int e) = SourceFinder.PhraseAfter(v, t + 1, limit);
            d.SetCue(t, t + 1);
            if (f >= 0)
            {
                d.SetSource(f, e);
            }

            d.DecidedBy = RuleNames.CueAfterQuote;
            d.Confidence = f >= 0 ? 0.9 : 0.6;
            return true;
        }

        for (int c = t + 1; c < limit; c++)
        {
            if (!v.Is(c, WordClass.CueVerb))
            {
                continue;
            }

            (int f, int e) = SourceFinder.SubjectBefore(v, c, t);
            if (f == t || (f > t && f <= t + 1 && v.Is(t, WordClass.Determiner)))
            {
                d.SetCue(c, c + 1);
                d.SetSource(f, e);
                d.DecidedBy = RuleNames.CueAfterQuote;
                d.Confidence = 0.9;
                return true;
            }

            break;
        }

        return false;
    }

    /// <summary>A quote opening after a word (<c>Not paying taxes “makes me smart,” he said</c>): the content is the whole clause (mixed).</summary>
    private static void ExtendFragment(DocumentView v, QuoteDraft d)
    {
        int open = d.OpenToken;
        bool comma = open > 0 && v.Shapes[open - 1] == TokenShape.Comma;
        if (open <= 0 || d.Content.Count != 1 || v.InQuote(open - 1) || !(comma || v.Shapes[open - 1] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number)
            || v.ParagraphOf[open - 1] != v.ParagraphOf[open] || v.Is(open - 1, WordClass.CueVerb | WordClass.That))
        {
            return;
        }

        int start = open - 1;
        int words = 0;
        bool cue = false;
        while (start > 0 && v.SentenceOf[start - 1] == v.SentenceOf[open] && !v.InQuote(start - 1) && v.Shapes[start - 1] is not (TokenShape.Colon or TokenShape.Semicolon) && open - start < 30)
        {
            start--;
            words += v.Shapes[start] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number ? 1 : 0;
            cue |= v.Is(start, WordClass.CueVerb | WordClass.According);
        }

        if (comma && (words < 2 || cue || v.SentenceOf[start] != v.SentenceOf[open] || (start > 0 && v.SentenceOf[start - 1] == v.SentenceOf[open])))
        {
            return;
        }

        d.Kind = QuoteKind.Mixed;
        d.Content[0] = new TextSpan(v.Starts[start], d.Content[0].End);
        d.FirstToken = start;
    }

    /// <summary><c>X said: “…”</c>, <c>X told reporters, “…”</c>, <c>He answered …: “…”</c>, or a fragment inside reported speech.</summary>
    private static bool LeadingCue(DocumentView v, QuoteDraft d)
    {
        int open = d.OpenToken;
        if (open <= 0)
        {
            return false;
        }

        int sentence = v.SentenceOf[open];
        int start = open - 1;
        while (start > 0 && !v.InQuote(start - 1) && v.ParagraphOf[start - 1] == v.ParagraphOf[open] && open - start < 40
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

            (int sf, int se) = SourceFinder.SubjectBefore(v, c, start);
            if (sf < 0)
            {
                continue;
            }

            d.SetCue(c, c + 1);
            d.SetSource(sf, se);
            d.Confidence = 0.85;

            if (ReportedClause(v, d, c + 1, fragment || ClauseContinuesAfter(v, d)))
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

    /// <summary><c>“…,” said X. “…”</c> in one paragraph: the second part joins the first quote.</summary>
    private static bool SplitQuote(DocumentView v, QuoteDraft previous, QuoteDraft d)
    {
        if (previous.Kind != QuoteKind.Direct || previous.DecidedBy != RuleNames.CueAfterQuote || previous.Unclosed
            || v.ParagraphOf[previous.FirstToken] != v.ParagraphOf[d.FirstToken] || previous.CueEnd < 0)
        {
            return false;
        }

        // Only the cue clause may lie between the two parts: "…,” said X, head of Y. “…”" or "“…,” X said, “…”".
        int from = Math.Max(previous.CueEnd, previous.SourceEnd);
        if (from > d.OpenToken || d.OpenToken - previous.CloseEnd > 30)
        {
            return false;
        }

        for (int t = from; t < d.OpenToken; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] == TokenShape.Colon || v.Is(t, WordClass.CueVerb))
            {
                return false;
            }

            if (v.Shapes[t] == TokenShape.SentenceEnd && t + 1 != d.OpenToken)
            {
                return false;
            }
        }

        previous.Content.AddRange(d.Content);
        previous.EndToken = d.EndToken;
        previous.WordCount += d.WordCount;
        previous.DecidedBy = RuleNames.SplitQuote;
        d.Dropped = true;
        d.DecidedBy = RuleNames.Merged;
        for (int t = d.OpenToken; t < d.CloseEnd; t++)
        {
            v.QuoteOf[t] = v.QuoteOf[previous.FirstToken];
        }

        return true;
    }

    /// <summary>A quote with no cue right after another quote (same or next paragraph) continues its speaker.</summary>
    private static bool Continuation(DocumentView v, QuoteDraft previous, QuoteDraft d)
    {
        int pp = v.ParagraphOf[previous.EndToken - 1], p = v.ParagraphOf[d.FirstToken];
        bool sentenceStart = IsParagraphStart(v, d.OpenToken) || v.Shapes[d.OpenToken - 1] is TokenShape.SentenceEnd || v.InQuote(d.OpenToken - 1);
        bool adjacent = (p == pp && sentenceStart && d.WordCount >= 3) || (p == pp + 1 && IsParagraphStart(v, d.OpenToken));
        if (!adjacent || (!previous.HasSource && previous.ContinuesFrom is null))
        {
            return false;
        }

        d.ContinuesFrom = previous.ContinuesFrom ?? previous;
        d.DecidedBy = RuleNames.Continuation;
        d.Confidence = 0.75;
        return true;
    }

    private static bool IsParagraphStart(DocumentView v, int token) => token == 0 || v.ParagraphOf[token - 1] != v.ParagraphOf[token];

    /// <summary>
    /// <see cref="IndexAt(DocumentView, int)"/> searching forward from token <paramref name="from"/> (galloping, then
    /// binary) when every token before it ends at or before <paramref name="offset"/>; from the start otherwise.
    /// Tokens are in text order, so the index found is the first token ending after the offset in both cases.
    /// </summary>
    internal static int IndexAt(DocumentView v, int offset, int from)
    {
        if (from <= 0 || from > v.Count || v.Ends[from - 1] > offset)
        {
            return IndexAt(v, offset);
        }

        int lo = from, hi = from, step = 1;
        while (hi < v.Count && v.Ends[hi] <= offset)
        {
            lo = hi + 1;
            hi += step;
            step <<= 1;
        }

        hi = Math.Min(hi, v.Count);
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (v.Ends[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The token holding the character at <paramref name="offset"/>, else the first token after it (binary search).</summary>
    internal static int IndexAt(DocumentView v, int offset)
    {
        int lo = 0, hi = v.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (v.Ends[mid] <= offset)
            {
                lo = mid + 1;
            }
            else if (v.Starts[mid] > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return lo;
    }

    private static int CountWords(DocumentView v, int first, int end)
    {
        int n = 0;
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number)
            {
                n++;
            }
        }

        return n;
    }
}
