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
            if (role == 2 && IsCompoundPart(v, first, i))
            {
                // "the independent think-tank X says", "the Washington-based …": half of a hyphenated word is no cue.
                continue;
            }

            pieces.Add(new Piece(role, first, i));
            contents += role == 1 ? 1 : 0;
        }

        var index = new PieceIndex(pieces);
        AttributeUncuedQuotes(v, state, index);
        RefineMixedSources(v, index, drafts);

        // At most one new draft per content piece: the draft list and the cue table never grow by copying.
        drafts.EnsureCapacity(drafts.Count + contents);
        var byCue = new Dictionary<int, QuoteDraft>(contents);
        var ruleQuotes = new DraftExtentSweep(drafts);
        foreach (Piece c in pieces)
        {
            if (c.Role != 1 || !HasWord(v, c.First, c.End) || InsideNamedTitle(state, c.First, c.End))
            {
                continue;
            }

            // A piece over a rule quote is left out, unless that quote is a fragment of the piece's clause (see QuotedFragment).
            QuoteDraft? fragment = null;
            if (Overlaps(state, c.First, c.End) && (fragment = QuotedFragment.Inside(v, state, ruleQuotes, c.First, c.End)) is null)
            {
                continue;
            }

            int cue = NearestCue(v, index, c);
            if (cue < 0 || (fragment is not null && !QuotedFragment.OpensClause(v, fragment, pieces[cue].First, pieces[cue].End, c.First)))
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
            if (!IsSpeechCue(v, cueLevels, q) || IsRoleBeforeName(v, q) || IsLoneHave(v, q))
            {
                continue;
            }

            if (byCue.TryGetValue(cue, out QuoteDraft? existing))
            {
                QuotedFragment.Drop(fragment);
                if (ReplacesEarlierSentences(v, existing, q, c))
                {
                    // Session 25: "… had a year as player-boss … but has made no secret of his desire …. He was linked with
                    // the job and Keegan has stated he would not get in the way …": the earlier sentence's pieces were
                    // only linked to this cue for want of one of their own; the cue reports the clause after it.
                    existing.Content.Clear();
                    existing.FirstToken = c.First;
                }

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
            SetSource(v, index, q, d);
            if (d.HasSource && d.SourceFirst <= c.First && c.End <= d.SourceEnd)
            {
                // The "content" is the cue's own subject (", the central bank said in a statement."): a mislabelled
                // source; the rules read the sentence instead.
                continue;
            }

            if (q.End == c.First && q.First > 0 && v.Shapes[q.First - 1] == TokenShape.Comma && InvertedSpeakerTail.Fills(v, c.First, c.End))
            {
                // The "content" is an inverted cue's speaker (", says the BBC's Louisa Lim in Beijing."): the rules read
                // the sentence instead.
                continue;
            }

            QuotedFragment.Drop(fragment);
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

    /// <summary>
    /// True when content piece <paramref name="c"/> follows cue <paramref name="q"/> in the cue's sentence and every piece
    /// <paramref name="d"/> holds so far ends before that sentence: the cue reports the clause after it, not the earlier
    /// sentence's words.
    /// </summary>
    private static bool ReplacesEarlierSentences(DocumentView v, QuoteDraft d, Piece q, Piece c)
    {
        int sentence = v.SentenceOf[q.First];
        return c.First >= q.End && sentence >= 0 && v.SentenceOf[c.First] == sentence && d.FirstToken < q.First
            && d.EndToken <= v.Document.Sentences[sentence].FirstToken;
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
    private static void AttributeUncuedQuotes(DocumentView v, AttributionState state, PieceIndex pieces)
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

        // Sorting an owner's parts after each join made a paragraph of many parts around one cue quadratic.
        var joined = new HashSet<QuoteDraft>(ReferenceEqualityComparer.Instance);
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
            if (v.InQuote(q.First) || ContinuationCueGuard.KeepsContinuation(v, d, q.First) || IsRoleBeforeName(v, q))
            {
                continue;
            }

            if (byCue.TryGetValue(q.First, out QuoteDraft? owner) && owner != d && v.ParagraphOf[owner.FirstToken] == v.ParagraphOf[d.FirstToken])
            {
                // Two parts of one quotation around one cue (their parts are put in text order once, below).
                owner.Content.AddRange(d.Content);
                joined.Add(owner);
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
            // "Tom knew that he would not race. "My ankle was broken …"": a quotation after a belief's sentence has ended
            // is no part of the belief (PolNeAR does read a speech clause on into the next sentence's quotation).
            d.DecidedBy = q.End <= d.OpenToken && !(SentenceEndsBetween(v, q.End, d.OpenToken) && IsMentalCue(v, q.First, q.End))
                && ReportedClause.TryWiden(v, state, d, q.End, fragment: false)
                ? RuleNames.LearnedCueClause
                : RuleNames.LearnedCue;
            d.Confidence = 0.7;
        }

        foreach (QuoteDraft owner in joined)
        {
            owner.Content.Sort((x, y) => x.Start.CompareTo(y.Start));
        }
    }

    /// <summary>True when the cue <c>[first, end)</c> reports a belief, a wish or a perception (<c>knew</c>, <c>hopes</c>, <c>saw</c>).</summary>
    private static bool IsMentalCue(DocumentView v, int first, int end) =>
        Acts.ActClassifier.CueAct(v, first, end, out _) is AttributionAct.Thought or AttributionAct.Intention or AttributionAct.Perception;

    /// <summary>True when a sentence-ending mark outside quotation marks stands in <c>[first, end)</c>.</summary>
    private static bool SentenceEndsBetween(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] == TokenShape.SentenceEnd && !v.InQuote(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Mixed quotes found by the rules (<c>X spoke … , arguing that … “…”</c>) take the tagger's source next to their cue
    /// when it tagged one before the cue in the cue's sentence: the rules' subject finder often stops at the nearest noun
    /// phrase.
    /// </summary>
    private static void RefineMixedSources(DocumentView v, PieceIndex pieces, List<QuoteDraft> drafts)
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
            if (TakesTaggerSource(v, d, p.First, p.End))
            {
                d.SetSource(p.First, p.End);
            }
        }
    }

    /// <summary>
    /// Whether a rules' mixed quote <paramref name="d"/> takes the tagger's source <c>[first, end)</c>: not a mention after
    /// its cue (session 20: <c>Even China, Pyongyang's only ally, said it was "resolutely opposed" to the test and warned
    /// North Korea to refrain …</c> — the hearer of a second verb, not the subject the rules' finder stopped short of), and
    /// not an appositive between the rules' source and its cue (<c>X, a spokesman, said</c>: the rules' X stays). A mention
    /// after the cue that a reporting verb follows is the speaker of a closing attribution and is taken: in <c>The deal
    /// also proved claims of a clash were "wrong", Mr Blair said.</c> the rules' cue is the noun <c>claims</c> and the
    /// tagger's <c>Mr Blair</c> is who said it (without this the quote lost its speaker, session 20).
    /// </summary>
    internal static bool TakesTaggerSource(DocumentView v, QuoteDraft d, int first, int end)
    {
        if (first >= d.CueEnd && !v.Is(end, WordClass.CueVerb))
        {
            return false;
        }

        bool appositive = d.HasSource && d.SourceEnd < v.Count && v.Shapes[d.SourceEnd] == TokenShape.Comma && d.SourceEnd <= first && end <= d.CueFirst;
        return !appositive;
    }

    private static void SetSource(DocumentView v, PieceIndex pieces, Piece q, QuoteDraft d)
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

    /// <summary>
    /// True when the cue piece is a lone lower-case <c>has</c>, <c>have</c> or <c>had</c>: the auxiliary or possession of
    /// the content's own clause, never a verb of saying (<c>China has seen two decades of growth, …, says the BBC's Louisa
    /// Lim</c> had <c>has</c> as the cue of <c>two decades of growth</c>, and that draft hid the closing report).
    /// </summary>
    private static bool IsLoneHave(DocumentView v, Piece q) =>
        q.End - q.First == 1 && v.Shapes[q.First] == TokenShape.Lower && (v.TextIs(q.First, "has") || v.TextIs(q.First, "have") || v.TextIs(q.First, "had"));

    /// <summary>
    /// True when the cue piece is one lower-case noun of a person right before a capitalised name: the person's role, not
    /// a cue (<c>… and bassist Chris Edwards, a trio which …</c> had <c>bassist</c> as the learned cue of the quotation
    /// before it).
    /// </summary>
    private static bool IsRoleBeforeName(DocumentView v, Piece q) =>
        q.End - q.First == 1 && v.Shapes[q.First] == TokenShape.Lower && !v.Is(q.First, WordClass.CueVerb) && (Speakers.PersonNouns.IsRoleHead(v, q.First) || IsAgentNounInIst(v.Chars(q.First)))
        && q.End < v.Count && v.Shapes[q.End] == TokenShape.Capitalised && v.IsNameToken(q.End) && v.SentenceOf[q.End] == v.SentenceOf[q.First];

    private static readonly string[] VerbsInIst = ["insist", "persist", "assist", "resist", "exist", "consist", "enlist", "subsist", "desist", "twist", "list", "coexist", "preexist"];

    /// <summary>A noun of a person in -ist (<c>bassist</c>, <c>columnist</c>, <c>economist</c>), not a verb (<c>insist</c>, <c>resist</c>).</summary>
    private static bool IsAgentNounInIst(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !word.EndsWith("ist", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (string verb in VerbsInIst)
        {
            if (word.Equals(verb, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the cue piece <c>[first, end)</c> opens with the second half of a hyphenated word (<c>Washington-based</c>)
    /// or ends with the first half of one (<c>think-tank</c>), with or without the hyphen itself: the tokenizer splits
    /// such words at the hyphen.
    /// </summary>
    private static bool IsCompoundPart(DocumentView v, int first, int end) =>
        JoinedByHyphen(v, first - 2, first) || JoinedByHyphen(v, first - 1, first + 1)
        || JoinedByHyphen(v, end - 1, end + 1) || JoinedByHyphen(v, end - 2, end);

    /// <summary>Tokens <paramref name="left"/> and <paramref name="right"/> are words with a hyphen between them and no space.</summary>
    private static bool JoinedByHyphen(DocumentView v, int left, int right) =>
        left >= 0 && right == left + 2 && v.IsClosedUpDash(left + 1) && v.Chars(left + 1) is "-"
        && v.Shapes[left] is TokenShape.Lower or TokenShape.Capitalised && v.Shapes[right] is TokenShape.Lower or TokenShape.Capitalised;

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

    /// <summary>
    /// The tagger's pieces in text order (disjoint, so sorted by start and by end) with, per index, the nearest cue and
    /// source piece at or before it and at or after it: the nearest-piece searches jump from cue to cue instead of
    /// walking every piece of a sentence, which kept one long unpunctuated sentence quadratic.
    /// </summary>
    private sealed class PieceIndex
    {
        private readonly int[] _previousCue;
        private readonly int[] _nextCue;
        private readonly int[] _previousSource;
        private readonly int[] _nextSource;

        public PieceIndex(List<Piece> pieces)
        {
            Items = pieces;
            int n = pieces.Count;
            _previousCue = new int[n];
            _nextCue = new int[n];
            _previousSource = new int[n];
            _nextSource = new int[n];
            int cue = -1, source = -1;
            for (int k = 0; k < n; k++)
            {
                cue = pieces[k].Role == 2 ? k : cue;
                source = pieces[k].Role == 3 ? k : source;
                _previousCue[k] = cue;
                _previousSource[k] = source;
            }

            cue = source = n;
            for (int k = n - 1; k >= 0; k--)
            {
                cue = pieces[k].Role == 2 ? k : cue;
                source = pieces[k].Role == 3 ? k : source;
                _nextCue[k] = cue;
                _nextSource[k] = source;
            }
        }

        public List<Piece> Items { get; }

        public Piece this[int k] => Items[k];

        /// <summary>The last piece of <paramref name="role"/> (2 cue, 3 source) at or before index <paramref name="k"/>, or -1.</summary>
        public int PreviousOfRole(int role, int k) => k < 0 ? -1 : role == 2 ? _previousCue[k] : _previousSource[k];

        /// <summary>The first piece of <paramref name="role"/> (2 cue, 3 source) at or after index <paramref name="k"/>, or the piece count.</summary>
        public int NextOfRole(int role, int k) => k >= Items.Count ? Items.Count : role == 2 ? _nextCue[k] : _nextSource[k];
    }

    /// <summary>
    /// The cue piece nearest to <paramref name="c"/> in its paragraph, in its sentences (or, 50 tokens dearer, the
    /// neighbouring ones); ties go to the earlier piece. Searches outwards from <paramref name="c"/> and stops as soon
    /// as no further piece can be nearer, so the cost does not grow with the sentence's length.
    /// </summary>
    private static int NearestCue(DocumentView v, PieceIndex pieces, Piece c)
    {
        const int OtherSentence = 50;
        int best = -1, bestDistance = int.MaxValue;
        int s0 = v.SentenceOf[c.First], s1 = v.SentenceOf[c.End - 1];
        var sentences = v.Document.Sentences;
        int from = s0 > 0 ? sentences[s0 - 1].FirstToken : s0 == 0 ? sentences[0].FirstToken : c.First;
        int to = s1 >= 0 && s1 + 1 < sentences.Count ? sentences[s1 + 1].EndToken : s1 >= 0 ? sentences[s1].EndToken : c.End;
        List<Piece> items = pieces.Items;
        int lowest = SortedSearch.CountBefore(items, from, static p => p.First);

        // Pieces ending before c, nearest first: their distance grows as the search goes back.
        int split = SortedSearch.CountBefore(items, c.First + 1, static p => p.End);
        for (int k = pieces.PreviousOfRole(2, split - 1); k >= lowest; k = pieces.PreviousOfRole(2, k - 1))
        {
            Piece q = items[k];
            if (q.First >= to)
            {
                continue;
            }

            int gap = c.First - q.End;
            if (gap > bestDistance)
            {
                break;
            }

            int distance = CueDistance(v, q, c, s0, s1, gap, OtherSentence);
            if (distance >= 0 && distance <= bestDistance)
            {
                best = k;
                bestDistance = distance;
            }
        }

        // Pieces overlapping or after c, nearest first.
        for (int k = pieces.NextOfRole(2, Math.Max(split, lowest)); k < items.Count && items[k].First < to; k = pieces.NextOfRole(2, k + 1))
        {
            Piece q = items[k];
            int gap = q.First >= c.End ? q.First - c.End : 0;
            if (gap >= bestDistance)
            {
                break;
            }

            int distance = CueDistance(v, q, c, s0, s1, gap, OtherSentence);
            if (distance >= 0 && distance < bestDistance)
            {
                best = k;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The distance of cue piece <paramref name="q"/> from <paramref name="c"/>, or -1 when it is not in c's paragraph and sentences (or their neighbours).</summary>
    private static int CueDistance(DocumentView v, Piece q, Piece c, int s0, int s1, int gap, int otherSentence)
    {
        if (v.ParagraphOf[q.First] != v.ParagraphOf[c.First])
        {
            return -1;
        }

        int sq = v.SentenceOf[q.First];
        if (sq < s0 - 1 || sq > s1 + 1)
        {
            return -1;
        }

        return sq < s0 || sq > s1 ? gap + otherSentence : gap;
    }

    /// <summary>
    /// The source piece nearest to cue <paramref name="q"/> in the cue's sentence (ties go to the earlier piece): the
    /// first one found on each side, as distances only grow outwards.
    /// </summary>
    private static int NearestSource(DocumentView v, PieceIndex pieces, Piece q)
    {
        int sq = v.SentenceOf[q.First];
        if (sq < 0)
        {
            return -1;
        }

        TokenRange sentence = v.Document.Sentences[sq];
        List<Piece> items = pieces.Items;
        int lowest = SortedSearch.CountBefore(items, sentence.FirstToken, static p => p.First);
        int split = SortedSearch.CountBefore(items, q.First + 1, static p => p.End);
        int before = -1, beforeDistance = int.MaxValue;
        for (int k = pieces.PreviousOfRole(3, split - 1); k >= lowest; k = pieces.PreviousOfRole(3, k - 1))
        {
            Piece s = items[k];
            if (s.First < sentence.EndToken && v.SentenceOf[s.First] == sq)
            {
                before = k;
                beforeDistance = q.First - s.End;
                break;
            }
        }

        for (int k = pieces.NextOfRole(3, Math.Max(split, lowest)); k < items.Count && items[k].First < sentence.EndToken; k = pieces.NextOfRole(3, k + 1))
        {
            Piece s = items[k];
            if (v.SentenceOf[s.First] == sq)
            {
                return s.First - q.End < beforeDistance ? k : before;
            }
        }

        return before;
    }

    /// <summary>
    /// True when the piece lies inside a quoted title the direct-quote sieves dropped (<c>On X's "Dunmore Talks Today,"
    /// the senator said …</c>, <see cref="Finding.Sieves.NamedTitleSieve"/>): part of a name, not a reported clause.
    /// </summary>
    private static bool InsideNamedTitle(AttributionState state, int first, int end) =>
        state.DraftAt(first) is >= 0 and var i && state.Drafts[i] is { Dropped: true, DecidedBy: RuleNames.NamedTitle } title && end <= title.CloseEnd;

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
