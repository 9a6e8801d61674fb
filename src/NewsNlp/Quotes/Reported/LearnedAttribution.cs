using NewsNlp.Documents;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Learning;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Turns the tagger's BIO labels into quote drafts: each content span is linked to the nearest cue span in its sentence
/// (or the neighbouring one), the cue to the nearest source span in the cue's sentence; content spans sharing a cue
/// form one quote. Drafts whose content overlaps a quote the rules found are left out.
/// </summary>
internal static class LearnedAttribution
{
    /// <summary>Mean margin at which a tagger quote's confidence reaches 0.9.</summary>
    private const float ConfidentMargin = 80f;

    private readonly record struct Piece(int Role, int First, int End);

    public static void AddDrafts(DocumentView v, AttributionState state, int[] tags, float[] margins, byte[] cueLevels, float minMargin)
    {
        List<QuoteDraft> drafts = state.Drafts;
        var pieces = new List<Piece>(CountPieces(v, tags));
        int contents = 0;
        for (int i = 0; i < v.Count;)
        {
            int role = AttributionTag.Role(tags[i]);
            if (role == 0)
            {
                i++;
                continue;
            }

            int s = i++;
            while (i < v.Count && AttributionTag.Role(tags[i]) == role && !AttributionTag.IsBegin(tags[i]) && v.ParagraphOf[i] == v.ParagraphOf[s])
            {
                i++;
            }

            // PolNeAR's content spans start at the complementizer ("said that …"); ours start after it, as the rules' do.
            int first = role == 1 && i - s > 2 && v.Is(s, WordClass.That) ? s + 1 : s;
            pieces.Add(new Piece(role, first, i));
            contents += role == 1 ? 1 : 0;
        }

        AttributeUncuedQuotes(v, state, pieces);
        RefineMixedSources(v, pieces, drafts);

        // At most one new draft per content piece: the draft list and the cue table never grow by copying.
        drafts.EnsureCapacity(drafts.Count + contents);
        var byCue = new Dictionary<int, QuoteDraft>(contents);
        foreach (Piece c in pieces)
        {
            if (c.Role != 1 || Overlaps(state, c.First, c.End) || !HasWord(v, c.First, c.End))
            {
                continue;
            }

            int cue = NearestCue(v, pieces, c);
            if (cue < 0)
            {
                continue;
            }

            float margin = 0;
            for (int t = c.First; t < c.End; t++)
            {
                margin += margins[t];
            }

            margin /= c.End - c.First;
            if (margin < minMargin)
            {
                continue;
            }

            Piece q = pieces[cue];
            if (!IsSpeechCue(v, cueLevels, q))
            {
                continue;
            }

            if (byCue.TryGetValue(cue, out QuoteDraft? existing))
            {
                existing.Content.Add(v.Span(c.First, c.End));
                existing.EndToken = Math.Max(existing.EndToken, c.End);
                state.Cover(c.First, c.End);
                continue;
            }

            var d = new QuoteDraft
            {
                Kind = QuoteKind.Indirect,
                FirstToken = c.First,
                EndToken = c.End,
                DecidedBy = RuleNames.LearnedTagger,
                Confidence = Math.Round(Math.Clamp(0.5 + (0.4 * margin / ConfidentMargin), 0.5, 0.9), 2),
            };
            d.Content.Add(v.Span(c.First, c.End));
            d.SetCue(q.First, q.End);
            SetSource(v, pieces, q, d);
            if (d.HasSource && d.SourceFirst <= c.First && c.End <= d.SourceEnd)
            {
                // The "content" is the cue's own subject (", the central bank said in a statement."): a mislabelled
                // source; the rules read the sentence instead.
                continue;
            }

            for (int t = c.First; t < c.End; t++)
            {
                if (v.Shapes[t] == TokenShape.QuoteMark || v.InQuote(t))
                {
                    d.Kind = QuoteKind.Mixed;
                    break;
                }
            }

            byCue[cue] = d;
            drafts.Add(d);
            state.Cover(c.First, c.End);
            state.Cover(q.First, q.End);
            if (d.HasSource)
            {
                state.Cover(d.SourceFirst, d.SourceEnd);
            }
        }
    }

    /// <summary>At least the number of pieces <see cref="AddDrafts"/> finds (a piece starts wherever a role starts, begins again or enters a new paragraph).</summary>
    private static int CountPieces(DocumentView v, int[] tags)
    {
        int count = 0;
        for (int i = 0; i < v.Count; i++)
        {
            int role = AttributionTag.Role(tags[i]);
            if (role != 0 && (i == 0 || AttributionTag.Role(tags[i - 1]) != role || AttributionTag.IsBegin(tags[i]) || v.ParagraphOf[i - 1] != v.ParagraphOf[i]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Direct quotes the sieves could not attribute take the tagger's nearest cue (and its source).</summary>
    private static void AttributeUncuedQuotes(DocumentView v, AttributionState state, List<Piece> pieces)
    {
        List<QuoteDraft> drafts = state.Drafts;
        var byCue = new Dictionary<int, QuoteDraft>();
        foreach (QuoteDraft d in drafts)
        {
            if (!d.Dropped && d.HasCue && d.Kind == QuoteKind.Direct)
            {
                byCue.TryAdd(d.CueFirst, d);
            }
        }

        foreach (QuoteDraft d in drafts)
        {
            if (d.Dropped || d.HasCue || d.Kind != QuoteKind.Direct || d.OpenToken < 0)
            {
                continue;
            }

            var extent = new Piece(1, d.OpenToken, Math.Max(d.CloseEnd, d.EndToken));
            int cue = NearestCue(v, pieces, extent);
            if (cue < 0)
            {
                continue;
            }

            Piece q = pieces[cue];
            if (v.InQuote(q.First))
            {
                continue;
            }

            if (byCue.TryGetValue(q.First, out QuoteDraft? owner) && owner != d && v.ParagraphOf[owner.FirstToken] == v.ParagraphOf[d.FirstToken])
            {
                // Two parts of one quotation around one cue.
                owner.Content.AddRange(d.Content);
                owner.Content.Sort((x, y) => x.Start.CompareTo(y.Start));
                owner.FirstToken = Math.Min(owner.FirstToken, d.FirstToken);
                owner.EndToken = Math.Max(owner.EndToken, d.EndToken);
                d.Dropped = true;
                d.DecidedBy = RuleNames.Merged;
                continue;
            }

            d.SetCue(q.First, q.End);
            byCue[q.First] = d;
            SetSource(v, pieces, q, d);
            d.ContinuesFrom = null;
            d.DecidedBy = q.End <= d.OpenToken && ReportedClause.TryWiden(v, state, d, q.End, fragment: false) ? RuleNames.LearnedCueClause : RuleNames.LearnedCue;
            d.Confidence = 0.7;
        }
    }

    /// <summary>
    /// Mixed quotes found by the rules (<c>X spoke … , arguing that … “…”</c>) take the tagger's source next to their cue
    /// when it tagged one in the cue's sentence: the rules' subject finder often stops at the nearest noun phrase.
    /// </summary>
    private static void RefineMixedSources(DocumentView v, List<Piece> pieces, List<QuoteDraft> drafts)
    {
        foreach (QuoteDraft d in drafts)
        {
            if (d.Dropped || d.Kind != QuoteKind.Mixed || !d.HasCue || d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            int source = NearestSource(v, pieces, new Piece(2, d.CueFirst, d.CueEnd));
            if (source < 0)
            {
                continue;
            }

            Piece p = pieces[source];
            bool appositive = d.HasSource && d.SourceEnd < v.Count && v.Shapes[d.SourceEnd] == TokenShape.Comma && d.SourceEnd <= p.First && p.End <= d.CueFirst;
            if (!appositive)
            {
                d.SetSource(pieces[source].First, pieces[source].End);
            }
        }
    }

    private static void SetSource(DocumentView v, List<Piece> pieces, Piece q, QuoteDraft d)
    {
        if (SourceFinder.IsSourcelessCue(v, q.First, q.End))
        {
            return;
        }

        int source = NearestSource(v, pieces, q);
        if (source >= 0)
        {
            d.SetSource(pieces[source].First, pieces[source].End);
            return;
        }

        // The tagger marked no source: the rules' subject of the cue, or the phrase after an inverted cue.
        int limit = q.First;
        while (limit > 0 && v.SentenceOf[limit - 1] == v.SentenceOf[q.First] && q.First - limit < 20)
        {
            limit--;
        }

        (int f, int e) = SourceFinder.SubjectBefore(v, q.First, limit);
        if (f >= 0 && !v.InQuote(f))
        {
            d.SetSource(f, e);
        }
    }

    /// <summary>
    /// A tagger quote's cue must be a word of the hand-made cue lexicon, a colon or dash, or a learned cue word at least
    /// this cue-like (cue in ≥ 15% of its PolNeAR occurrences): drops "votes against the plan"-style spans at no cost
    /// on PolNeAR dev (68.2 / 58.7 with it, 68.2 / 58.6 without).
    /// </summary>
    private const int MinCueLevel = 5;

    private static bool IsSpeechCue(DocumentView v, byte[] cueLevels, Piece q)
    {
        for (int t = q.First; t < q.End; t++)
        {
            if (cueLevels[t] >= MinCueLevel || v.Is(t, AttributionFeatures.CueClasses) || v.Shapes[t] is TokenShape.Colon or TokenShape.Dash)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(DocumentView v, int first, int end)
    {
        int words = 0;
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number)
            {
                words++;
            }
        }

        return words >= 2;
    }

    private static int NearestCue(DocumentView v, List<Piece> pieces, Piece c)
    {
        int best = -1, bestDistance = int.MaxValue;
        int s0 = v.SentenceOf[c.First], s1 = v.SentenceOf[c.End - 1];
        var sentences = v.Document.Sentences;
        int from = s0 > 0 ? sentences[s0 - 1].FirstToken : s0 == 0 ? sentences[0].FirstToken : c.First;
        int to = s1 >= 0 && s1 + 1 < sentences.Count ? sentences[s1 + 1].EndToken : s1 >= 0 ? sentences[s1].EndToken : c.End;

        // Pieces are in text order: only those starting in the neighbouring sentences are candidates (linear overall).
        for (int k = SortedSearch.CountBefore(pieces, from, static p => p.First); k < pieces.Count && pieces[k].First < to; k++)
        {
            Piece q = pieces[k];
            if (q.Role != 2 || v.ParagraphOf[q.First] != v.ParagraphOf[c.First])
            {
                continue;
            }

            int sq = v.SentenceOf[q.First];
            if (sq < s0 - 1 || sq > s1 + 1)
            {
                continue;
            }

            int distance = q.End <= c.First ? c.First - q.End : q.First >= c.End ? q.First - c.End : 0;
            if (sq < s0 || sq > s1)
            {
                distance += 50;
            }

            if (distance < bestDistance)
            {
                best = k;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int NearestSource(DocumentView v, List<Piece> pieces, Piece q)
    {
        int best = -1, bestDistance = int.MaxValue;
        int sq = v.SentenceOf[q.First];
        if (sq < 0)
        {
            return -1;
        }

        TokenRange sentence = v.Document.Sentences[sq];
        for (int k = SortedSearch.CountBefore(pieces, sentence.FirstToken, static p => p.First); k < pieces.Count && pieces[k].First < sentence.EndToken; k++)
        {
            Piece s = pieces[k];
            if (s.Role != 3 || v.SentenceOf[s.First] != sq)
            {
                continue;
            }

            int distance = s.End <= q.First ? q.First - s.End : s.First - q.End;
            if (distance < bestDistance)
            {
                best = k;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool Overlaps(AttributionState state, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (state.IsCovered(t))
            {
                return true;
            }
        }

        return false;
    }
}
