using System.Collections.Frozen;
using NewsNlp.Documents;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Reported (indirect) speech by patterns over a sentence, each recorded in <see cref="QuoteDraft.DecidedBy"/>:
/// <c>according-to</c> (<c>according to X, …</c> and <c>…, according to X</c>), <c>cue-after-content</c>
/// (<c>…, X said.</c> and <c>…, said X.</c>) and <c>cue-before-content</c> (<c>X said (that) …</c>,
/// <c>X told reporters (that) …</c>, <c>X said: …</c>, <c>X, who …, said …</c>). A clause holding quoted words is a mixed quote.
/// </summary>
internal static class IndirectSpeechRules
{
    private const int MinContentTokens = 4;

    /// <param name="v">The document.</param>
    /// <param name="state">The attribution so far; found quotes are added to its drafts and covered.</param>
    /// <param name="cueBeforeContent">Also apply <c>cue-before-content</c> (off after the learned tagger: where the tagger
    /// declined, that rule is right only about one time in five on PolNeAR dev).</param>
    /// <param name="cancellationToken">Checked every 256 sentences.</param>
    public static void Find(DocumentView v, AttributionState state, bool cueBeforeContent, CancellationToken cancellationToken)
    {
        var sentences = v.Document.Sentences;
        List<QuoteDraft> drafts = state.Drafts;
        var scans = new Scans(v, state);
        int[] inner = Pool.Rent<int>(v.Count);
        try
        {
            MarkInnerAttributions(v, state, inner);
            FindIn(v, state, cueBeforeContent, inner, ref scans, cancellationToken);
        }
        finally
        {
            Pool.Return(inner);
        }
    }

    /// <summary>
    /// Marks the tokens of the tagger's reported clauses (content, cue and source) with their draft's index in
    /// <paramref name="inner"/> (-1 elsewhere) when their cue is not a verb of saying: a speech cue around them reports
    /// the whole clause (<c>Drilling is expected to follow a similar pattern, Kerridge said.</c>, <c>X said last month the
    /// group had endorsed a facility</c>), as PolNeAR annotates both, so the rules may report a clause that holds them.
    /// A clause with its own <c>said</c> (<c>Iraq, which said it would not …, had produced …, he said</c>) is another
    /// speaker's and is never inside one.
    /// </summary>
    private static void MarkInnerAttributions(DocumentView v, AttributionState state, int[] inner)
    {
        Array.Fill(inner, -1, 0, v.Count);
        List<QuoteDraft> drafts = state.Drafts;
        for (int i = 0; i < drafts.Count; i++)
        {
            QuoteDraft d = drafts[i];
            if (d.Dropped || d.Kind != QuoteKind.Indirect || !d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal) || HasClauseVerb(v, d.CueFirst, d.CueEnd))
            {
                continue;
            }

            Mark(inner, i, d.FirstToken, d.EndToken, v.Count);
            Mark(inner, i, d.CueFirst, d.CueEnd, v.Count);
            Mark(inner, i, d.SourceFirst, d.SourceEnd, v.Count);
        }
    }

    private static bool HasClauseVerb(DocumentView v, int first, int end)
    {
        for (int t = Math.Max(0, first); t < end && t < v.Count; t++)
        {
            if (ClauseVerbs.Contains(v.Chars(t)) || v.TextIs(t, "say") || v.TextIs(t, "saying"))
            {
                return true;
            }
        }

        return false;
    }

    private static void Mark(int[] marks, int draft, int first, int end, int count)
    {
        for (int t = Math.Max(0, first); t < end && t < count; t++)
        {
            marks[t] = draft;
        }
    }

    /// <summary>The tagger's clauses inside <paramref name="outer"/>'s content are reported by it (<see cref="QuoteDraft.NestedIn"/>).</summary>
    private static void MarkNested(List<QuoteDraft> drafts, int[] inner, QuoteDraft outer)
    {
        for (int t = outer.FirstToken; t < outer.EndToken && t < inner.Length; t++)
        {
            if (inner[t] >= 0)
            {
                drafts[inner[t]].NestedIn = outer;
            }
        }
    }

    private static void FindIn(DocumentView v, AttributionState state, bool cueBeforeContent, int[] inner, ref Scans scans, CancellationToken cancellationToken)
    {
        var sentences = v.Document.Sentences;
        List<QuoteDraft> drafts = state.Drafts;
        for (int s = 0; s < sentences.Count; s++)
        {
            if ((s & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            TokenRange range = sentences[s];
            int a = range.FirstToken, b = Math.Min(range.EndToken, v.Count);
            scans.StartSentence(Trim(v, a, b));
            InsertedShape inserted = FindInsertedReport(v, a, b, out int iCue, out int iBefore, out int iAfter, out int iEnd, out int iSf, out int iSe)
                ? new InsertedShape(iCue, iBefore, iAfter, iEnd, iSf, iSe)
                : new InsertedShape(-1, -1, -1, -1, -1, -1);
            for (int c = a; c < b; c++)
            {
                if (state.IsCovered(c) || v.InQuote(c))
                {
                    continue;
                }

                QuoteDraft? d = null;
                if (v.Is(c, WordClass.According) && v.TextIs(c + 1, "to"))
                {
                    d = AccordingTo(v, state, inner, a, b, c);
                }
                else if (v.Is(c, WordClass.CueVerb) && !v.Is(c, WordClass.EvaluativeCue))
                {
                    d = (c == inserted.Cue ? InsertedReport(v, state, inner, a, inserted) : null)
                        ?? CueAfterContent(v, state, inner, a, b, c)
                        ?? (cueBeforeContent ? CueBeforeContent(v, state, a, b, c, ref scans, clauseOnly: false, inner: null)
                            : ClauseVerbs.Contains(v.Chars(c)) ? CueBeforeContent(v, state, a, b, c, ref scans, clauseOnly: true, inner) : null);
                }

                if (d is null)
                {
                    continue;
                }

                Absorb(state, d);
                MarkNested(drafts, inner, d);
                drafts.Add(d);
                state.Cover(d);
                scans.Covered(d);
                c = Math.Max(c, d.EndToken - 1);
            }
        }
    }

    private static QuoteDraft? AccordingTo(DocumentView v, AttributionState state, int[] inner, int a, int b, int c)
    {
        int end = Trim(v, a, b);
        (int f, int e) = SourceFinder.PhraseAfter(v, c + 2, end);
        if (f < 0)
        {
            return null;
        }

        // According to X, CONTENT.
        if (e < end && v.Shapes[e] == TokenShape.Comma && c <= a + 1 && end - (e + 1) >= MinContentTokens && Free(state, e + 1, end, inner))
        {
            return Make(v, e + 1, end, c, c + 2, f, e, RuleNames.AccordingTo, 0.7);
        }

        // CONTENT, according to X.
        if (c - 1 > a && v.Shapes[c - 1] == TokenShape.Comma && (c - 1) - a >= MinContentTokens && Free(state, a, c - 1, inner))
        {
            return Make(v, a, c - 1, c, c + 2, f, e, RuleNames.AccordingTo, 0.7);
        }

        return null;
    }

    /// <summary>A report inserted between commas (<see cref="FindInsertedReport"/>): the cue, the commas around it, the sentence end and the source.</summary>
    private readonly record struct InsertedShape(int Cue, int Before, int After, int End, int SourceFirst, int SourceEnd);

    /// <summary>
    /// <c>The answer, says Prof Brewer, is wi-fi.</c>, <c>The problem, said X, head of Y, is …</c>: a report inserted
    /// between commas reports both sides (<c>But, says X, …</c>: the side after), read here when nothing else has. Both
    /// sides free, outside quotation marks, with no colon or semicolon, at least four words together.
    /// </summary>
    private static QuoteDraft? InsertedReport(DocumentView v, AttributionState state, int[] inner, int a, InsertedShape s)
    {
        bool lead = s.Before - a == 1 && v.Is(a, WordClass.Boundary | WordClass.Adverb);
        if (TrailingAdjunct.Opens(v, s.After) || CoordinatedCue.OpensAt(v, s.After))
        {
            // "…, the bank said on Tuesday, a day after …", "…, the firm said, but warned that …": a closing report
            // (CueAfterContent), not an inserted one.
            return null;
        }

        int words = (lead ? 0 : s.Before - a) + (s.End - s.After);
        if (s.End - s.After < 2 || (!lead && s.Before - a < 2) || words < MinContentTokens
            || (!lead && (!Plain(v, a, s.Before) || !Free(state, a, s.Before, inner) || OnlyParticiplePhrase(v, a, s.Before)))
            || !Plain(v, s.After, s.End) || !Free(state, s.After, s.End, inner))
        {
            return null;
        }

        QuoteDraft d = Make(v, lead ? s.After : a, s.End, s.Cue, s.Cue + 1, s.SourceFirst, s.SourceEnd, RuleNames.CueAfterContent, 0.75);
        if (!lead)
        {
            d.Content.Clear();
            d.Content.Add(v.Span(a, s.Before));
            d.Content.Add(v.Span(s.After, s.End));
        }

        return d;
    }

    /// <summary>No token of <c>[first, end)</c> is a quotation mark or inside one, a colon or a semicolon.</summary>
    private static bool Plain(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>CONTENT, X said (on Monday).</c> or <c>CONTENT, said X.</c> (not <c>…, X said nothing.</c>, not after a lone participle phrase).</summary>
    private static QuoteDraft? CueAfterContent(DocumentView v, AttributionState state, int[] inner, int a, int b, int c)
    {
        // "…, he said, adding that …": after a verb of saying, the participle's clause is a report of its own; the tail
        // ends at its comma.
        int end = ClauseVerbs.Contains(v.Chars(c)) ? ParticipleTail(v, c + 1, Trim(v, a, b)) : Trim(v, a, b);

        // ", said Mira Tallis, a longtime adviser to …": an appositive of the inverted speaker may run on; the tail read is
        // the speaker's phrase.
        int tail = InvertedSpeakerBeforeAppositive(v, a, c, end);
        bool inverted = c - 1 > a && v.Shapes[c - 1] == TokenShape.Comma;

        // "…, Abbas told the Arab League during a visit to Cairo yesterday.": a hearer and its adjuncts may run longer.
        bool hearerTail = !inverted && tail - c > 7 && tail - c <= HearerTail.MaxTokens + 1 && HearerTail.IsAt(v, c + 1, tail);

        // "…, the exchange said in a letter distributed to its members.": a speech event and its modifiers too.
        hearerTail |= !inverted && tail - c > 7 && SpeechEventTail.IsAt(v, c + 1, tail);

        // "…, the chief executive said on Monday at a conference in Paris.": a chain of time and place phrases too.
        hearerTail |= !inverted && tail - c > 7 && AdjunctTail.Holds(v, c + 1, tail);

        // ", said Governor of the Bank of England Mervyn King.": a titled name may run longer too.
        bool titledName = inverted && tail - c > 7 && tail == end && LongTitledName(v, c + 1, end);

        // ", says the BBC's Louisa Lim in Beijing.": a reporter after the organisation's 's, and where they are.
        bool reporter = inverted && tail - c > 7 && tail == end && InvertedSpeakerTail.Fills(v, c + 1, end);
        if ((tail - c > 7 && !hearerTail && !titledName && !reporter) || !TailReports(v, c + 1, tail))
        {
            return null;
        }

        // Session 27: "…, the minister, John Smith, said (on Monday)." — a role and the name in apposition before the cue.
        if (inverted && (tail == c + 1 || hearerTail || TailIsAdjunct(v, c + 1, end) || HearerTail.IsAt(v, c + 1, tail)) && ClosingAppositiveSubject.Find(v, c, a) is (>= 0, _) appositive
            && appositive.First - 1 - a >= MinContentTokens && Free(state, a, appositive.First - 1, inner) && !OnlyParticiplePhrase(v, a, appositive.First - 1))
        {
            return Make(v, a, appositive.First - 1, c, c + 1, appositive.First, appositive.End, RuleNames.CueAfterContent, 0.75);
        }

        // Inverted: ", said X."
        if (inverted)
        {
            bool participle = IsIngForm(v, c);

            (int f, int e) = SourceFinder.PhraseAfter(v, c + 1, end);
            if (f >= 0 && (PostModifiedSubject.RunsTo(v, e, end) || InvertedTitledName.RunsTo(v, f, e, end)))
            {
                // ", said people familiar with the matter.": the speaker's post-modifier runs to the end; so does
                // ", said Assistant Minister of Commerce Yi Xiaozhun." (a title of an organisation before the name).
                e = end;
            }

            if (f >= 0)
            {
                // ", says the BBC's Louisa Lim in Beijing.": the reporter after 's is the source; the place is not.
                e = InvertedSpeakerTail.OverPossessive(v, e, end);
            }

            if (f >= 0 && (c - 1) - a >= MinContentTokens && Free(state, a, c - 1, inner) && (e == end || v.Shapes[e] == TokenShape.Comma || InvertedSpeakerTail.IsPlace(v, e, end)) && !OnlyParticiplePhrase(v, a, c - 1))
            {
                // Session 20: "…, adding levity.": a participle's subject stands before it (ParticipleSubject finds it);
                // the words after it are its object, not an inverted speaker.
                return participle
                    ? Make(v, a, c - 1, c, c + 1, -1, -1, RuleNames.CueAfterContent, 0.75)
                    : Make(v, a, c - 1, c, c + 1, f, e, RuleNames.CueAfterContent, 0.75);
            }

            return null;
        }

        (int sf, int se) = ClosingSubject(v, c, a);
        if (sf <= a + 1 || v.Shapes[sf - 1] != TokenShape.Comma || !(hearerTail || TailIsAdjunct(v, c + 1, end)))
        {
            return null;
        }

        int contentEnd = sf - 1;
        if (contentEnd - a < MinContentTokens || !Free(state, a, contentEnd, inner) || OnlyParticiplePhrase(v, a, contentEnd))
        {
            return null;
        }

        return Make(v, a, contentEnd, c, c + 1, sf, se, RuleNames.CueAfterContent, 0.75);
    }

    /// <summary>A titled name (<see cref="InvertedTitledName"/>) fills <c>[from, end)</c>.</summary>
    private static bool LongTitledName(DocumentView v, int from, int end)
    {
        (int f, int e) = SourceFinder.PhraseAfter(v, from, end);
        return f == from && InvertedTitledName.RunsTo(v, f, e, end);
    }

    /// <summary>True when the lower-case cue-verb form at <paramref name="c"/> ends in -ing (<c>adding</c>, <c>saying</c>).</summary>
    private static bool IsIngForm(DocumentView v, int c) => v.Shapes[c] == TokenShape.Lower && v.Chars(c).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// Whether the sentence <c>[a, b)</c> closes with its report: <c>…, X said (on Monday).</c> or <c>…, said X.</c>
    /// with a cue verb (not evaluative) among its last words, the comma (or a comma and a closing quotation mark) before
    /// the source or the inverted cue. <paramref name="clauseEnd"/> is where the reported clause ends (its comma),
    /// <paramref name="tailStart"/> the first token after the comma and any closing mark.
    /// </summary>
    internal static bool FindClosingReport(DocumentView v, int a, int b, out int cue, out int clauseEnd, out int tailStart, out int sourceFirst, out int sourceEnd)
    {
        cue = clauseEnd = tailStart = sourceFirst = sourceEnd = -1;
        int end = Trim(v, a, b);
        for (int c = end - 1; c > a && end - c <= InvertedWindow; c--)
        {
            // A cue-verb form right after a determiner is a noun ("…, said the report."), not the closing cue.
            if (v.InQuote(c) || v.Shapes[c] != TokenShape.Lower || !v.Is(c, WordClass.CueVerb) || v.Is(c, WordClass.EvaluativeCue)
                || (v.Is(c - 1, WordClass.Determiner) && !v.Is(c - 1, WordClass.That))
                || (c - 3 > a && v.Shapes[c - 1] == TokenShape.Lower && (v.Is(c - 2, WordClass.Determiner) || v.TextIsAny(c - 2, PossessiveDeterminers))
                    && v.Shapes[c - 3] == TokenShape.Lower && v.TextIsAny(c - 3, TailPrepositions)))
            {
                // "…, the company said in its annual report.": "report" after a preposition, a determiner and a modifier is a noun.
                continue;
            }

            if (InFinalRelativeClause(v, a, c))
            {
                // Session 25: "…, said the people, who asked not to be named.": the verb of a relative clause closing the
                // sentence is not the closing cue; the one before it may be.
                continue;
            }

            int f, e, before, reportTail = end;
            bool inverted = v.Shapes[c - 1] == TokenShape.Comma || (v.Shapes[c - 1] == TokenShape.QuoteMark && c - 2 > a && v.Shapes[c - 2] == TokenShape.Comma);
            bool far = end - c > ClosingWindow;
            bool adjunctTail = !inverted && AdjunctTail.Holds(v, c + 1, end);
            if (far && !inverted && !adjunctTail)
            {
                return false;
            }

            if (inverted && ClosingAppositiveSubject.Find(v, c, a) is (>= 0, _) appositive)
            {
                // Session 28: "…, the chairman, Jane Doe, told reporters.": the comma before the cue closes the name in
                // apposition, not the reported clause; the clause ends at the comma before the role phrase.
                (f, e) = appositive;
                before = f - 1;
            }
            else if (inverted)
            {
                // Inverted: ", said X."
                (f, e) = SourceFinder.PhraseAfter(v, c + 1, end);
                if (f >= 0 && PostModifiedSubject.RunsTo(v, e, end))
                {
                    e = end;
                }
                else if (InvertedSubjectTail.RunsTo(v, f, e, end) || InvertedTitledName.RunsTo(v, f, e, end))
                {
                    // "…, suggests a report into the council's finances."
                    e = end;
                }

                // "…, says the BBC's Louisa Lim in Beijing.": the reporter after 's is the source, the place is not.
                bool place = false;
                if (f >= 0 && e < end)
                {
                    e = InvertedSpeakerTail.OverPossessive(v, e, end);
                    place = InvertedSpeakerTail.IsPlace(v, e, end);
                }

                // Session 25: ", said the people, who asked not to be identified because …": a relative clause on the
                // speaker may run past the window.
                bool relative = f >= 0 && e < end - 1 && v.Shapes[e] == TokenShape.Comma && v.Shapes[e + 1] == TokenShape.Lower && v.Is(e + 1, WordClass.Relative);
                if (f < 0 || !(e == end || place || relative || (!far && v.Shapes[e] == TokenShape.Comma)))
                {
                    return false;
                }

                if (relative)
                {
                    // "who asked not to be named": a denial in the relative clause is not one of the report.
                    reportTail = e;
                }

                before = c - 1;
            }
            else
            {
                (f, e) = ClosingSubject(v, c, a);
                if (f <= a + 1 || !(adjunctTail || TailIsAdjunct(v, c + 1, end)))
                {
                    return false;
                }

                // "Mr Blair said": the title the subject finder leaves out belongs to the source.
                while (f - 1 > a && Entities.Linking.PersonTitles.IsTitle(v.Chars(f - 1)))
                {
                    f--;
                }

                before = f - 1;
            }

            if (!TailReports(v, c + 1, reportTail) || OnlyParticiplePhrase(v, a, before))
            {
                return false;
            }

            tailStart = before + 1;
            if (v.Shapes[before] == TokenShape.QuoteMark && v.InQuote(before) && before - 1 > a && v.Shapes[before - 1] == TokenShape.Comma)
            {
                before--;
            }

            if (v.Shapes[before] != TokenShape.Comma)
            {
                return false;
            }

            cue = c;
            clauseEnd = before;
            sourceFirst = f;
            sourceEnd = e;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The subject of a closing cue at <paramref name="c"/> (<see cref="SourceFinder.SubjectBefore"/>) with its person
    /// title (<c>…, Mr Ruiz said.</c>), over a post-modifier (<c>…, people familiar with the matter said.</c>, see
    /// <see cref="PostModifiedSubject"/>), read past a place adverb before the cue (<c>…, officials here said.</c>) and over a
    /// coordination that opens after a comma (<c>…, foreign bankers and government officials said.</c>: both groups, not
    /// the second alone).
    /// </summary>
    private static (int First, int End) ClosingSubject(DocumentView v, int c, int a)
    {
        int verb = c - 1 > a && (v.TextIs(c - 1, "here") || v.TextIs(c - 1, "there")) ? c - 1 : c;
        (int f, int e) = SourceFinder.SubjectBefore(v, verb, a);
        // "…, people familiar with the matter said.": the subject reaches back over its post-modifier.
        if (f >= 0)
        {
            f = PostModifiedSubject.Extend(v, f, a);
        }

        // "…, Mr Ruiz said.": the title the subject finder leaves out belongs to the source.
        while (f - 1 > a && Entities.Linking.PersonTitles.IsTitle(v.Chars(f - 1)))
        {
            f--;
        }

        f = PossessiveSubject.Extend(v, f, a);
        if (f >= 0)
        {
            f = PartitiveSubject.Extend(v, f, a);
        }

        if (f - 2 > a && (v.TextIs(f - 1, "and") || v.TextIs(f - 1, "or")))
        {
            (int pf, int pe) = SourceFinder.PhraseEndingAt(v, f - 2, a);
            if (pf > a + 1 && pe == f - 1 && v.Shapes[pf - 1] == TokenShape.Comma)
            {
                f = pf;
            }
        }

        return (f, e);
    }

    /// <summary>
    /// Whether the sentence <c>[a, b)</c> holds a report inserted between commas: <c>The filing, analysts said,
    /// freezes …</c> (<c>, X said (adjunct),</c>) or <c>But, says Dr Nielsen, some things …</c> (<c>, said X,</c>),
    /// a verb of saying (<see cref="ClauseVerbs"/>) and its source alone between the commas. <paramref name="before"/> is the first
    /// comma, <paramref name="after"/> the first token after the second, <paramref name="end"/> the sentence end without
    /// its final punctuation.
    /// </summary>
    internal static bool FindInsertedReport(DocumentView v, int a, int b, out int cue, out int before, out int after, out int end, out int sourceFirst, out int sourceEnd)
    {
        cue = before = after = sourceFirst = sourceEnd = -1;
        end = Trim(v, a, b);
        for (int c1 = a + 1; c1 < end - 3; c1++)
        {
            if (v.Shapes[c1] != TokenShape.Comma || v.InQuote(c1))
            {
                continue;
            }

            int c2 = c1 + 1;
            while (c2 < end && c2 - c1 <= InsertedWindow && v.Shapes[c2] != TokenShape.Comma && !v.InQuote(c2))
            {
                c2++;
            }

            if (c2 >= end - 1 || v.Shapes[c2] != TokenShape.Comma || c2 - c1 < 3)
            {
                continue;
            }

            if (OpensParticiple(v, c2 + 1))
            {
                // "…, he said, adding that …", "…, Twitter announced, gaining 22,000 followers": a report closing the
                // clause before it, and a participle's phrase after.
                continue;
            }

            for (int c = c1 + 1; c < c2; c++)
            {
                // Only a verb of saying (not "Patriot could threaten to …" between commas).
                if (v.Shapes[c] != TokenShape.Lower || !ClauseVerbs.Contains(v.Chars(c)) || v.Is(c, WordClass.EvaluativeCue))
                {
                    continue;
                }

                int f, e;
                if (c == c1 + 1)
                {
                    (f, e) = SourceFinder.PhraseAfter(v, c + 1, c2);
                    if (f < 0 || e != c2)
                    {
                        break;
                    }

                    if (AppositiveThenVerb(v, c2, end) is > 0 and int c3)
                    {
                        // "The problem, said Shailendra Jain, head of a messaging firm, is …": the speaker's appositive,
                        // then the verb the side before the report lacks.
                        c2 = c3;
                    }
                    else if ((v.Is(c2 + 1, WordClass.Determiner | WordClass.RoleNoun) && !HasAuxiliary(v, c2 + 1, end))
                        || (v.Shapes[c2 + 1] == TokenShape.Lower && v.Is(c2 + 1, WordClass.Relative))
                        || SpeakerPost.Follows(v, a, c1, c2, end))
                    {
                        // Session 25: ", said the people, who asked not to be identified …": a relative clause on the speaker.
                        // ", said Brian Baker, a longtime adviser …": an appositive of the speaker (no verb of its own), not
                        // the rest of the clause ("But, says X, some things have stayed …").
                        break;
                    }
                }
                else
                {
                    (f, e) = SourceFinder.SubjectBefore(v, c, c1 + 1);
                    if (f >= 0)
                    {
                        // "The deal, people close to the talks said, could …"
                        f = PostModifiedSubject.Extend(v, f, c1 + 1);
                    }

                    while (f - 1 > c1 && Entities.Linking.PersonTitles.IsTitle(v.Chars(f - 1)))
                    {
                        f--;
                    }

                    if (f != c1 + 1 || !TailIsAdjunct(v, c + 1, c2))
                    {
                        break;
                    }
                }

                cue = c;
                before = c1;
                after = c2 + 1;
                sourceFirst = f;
                sourceEnd = e;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when an auxiliary (not a possessive "'s") outside quotation marks comes in <c>[first, end)</c> before any
    /// relative word or comma: the phrase there is a clause (<c>some things have stayed …</c>), not an appositive
    /// (<c>a longtime adviser to the family who has …</c>).
    /// </summary>
    private static bool HasAuxiliary(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.Is(t, WordClass.Relative) || v.Shapes[t] == TokenShape.Comma)
            {
                return false;
            }

            if (v.Is(t, WordClass.Auxiliary) && !v.InQuote(t) && !v.IsApostropheS(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A lower-case participle opening a phrase: a word in -ing (<c>adding</c>, <c>gaining</c>), or in -ed before a
    /// preposition (<c>compared with</c>, <c>backed by</c>).
    /// </summary>
    private static bool OpensParticiple(DocumentView v, int t)
    {
        if (t + 1 >= v.Count || v.Shapes[t] != TokenShape.Lower || v.Is(t, WordClass.Auxiliary))
        {
            return false;
        }

        ReadOnlySpan<char> w = v.Chars(t);
        return w.EndsWith("ing", StringComparison.Ordinal)
            || (w.EndsWith("ed", StringComparison.Ordinal) && (v.TextIs(t + 1, "with") || v.TextIs(t + 1, "to") || v.TextIs(t + 1, "by")
                || v.TextIs(t + 1, "from") || v.TextIs(t + 1, "in") || v.TextIs(t + 1, "for")));
    }

    /// <summary>
    /// The comma closing an appositive that starts after the comma <paramref name="comma"/> (a role or description,
    /// <c>head of MMS firm Adamind</c>: no verb, no "that", at most <see cref="InsertedWindow"/> tokens) when a lower-case
    /// auxiliary follows it (<c>, is …</c>); -1 otherwise.
    /// </summary>
    private static int AppositiveThenVerb(DocumentView v, int comma, int end)
    {
        int t = comma + 1;
        if (t >= end || !(v.Shapes[t] == TokenShape.Lower || v.Is(t, WordClass.RoleNoun | WordClass.Determiner)))
        {
            return -1;
        }

        for (; t < end && t - comma <= InsertedWindow; t++)
        {
            if (v.InQuote(t) || v.Is(t, WordClass.CueVerb | WordClass.Auxiliary | WordClass.That | WordClass.Relative) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon)
            {
                return -1;
            }

            if (v.Shapes[t] == TokenShape.Comma)
            {
                return t > comma + 1 && t + 1 < end && v.Shapes[t + 1] == TokenShape.Lower && v.Is(t + 1, WordClass.Auxiliary) ? t : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// For an inverted verb of saying (<c>…, said X, a longtime adviser to …</c>): the comma after the speaker's phrase
    /// when an appositive opening with a determiner or role noun follows it; <paramref name="end"/> otherwise.
    /// </summary>
    private static int InvertedSpeakerBeforeAppositive(DocumentView v, int a, int c, int end)
    {
        if (end - c <= 7 || c - 1 <= a || v.Shapes[c - 1] != TokenShape.Comma || !ClauseVerbs.Contains(v.Chars(c)))
        {
            return end;
        }

        (int f, int e) = SourceFinder.PhraseAfter(v, c + 1, end);
        // Session 25: ", said the people, who asked not to be identified …": a relative clause on the speaker ends it too.
        return f >= 0 && e < end - 1 && v.Shapes[e] == TokenShape.Comma
            && (v.Is(e + 1, WordClass.Determiner | WordClass.RoleNoun) || (v.Shapes[e + 1] == TokenShape.Lower && v.Is(e + 1, WordClass.Relative))
                || SpeakerPost.Follows(v, a, c - 1, e, end)) ? e : end;
    }

    /// <summary>
    /// The comma of <c>…, he said, adding that …</c> / <c>…, said X, compared with …</c> / <c>…, it said on Tuesday, a day
    /// after …</c> / <c>…, the firm said, but warned that …</c>: the first comma of <c>[from, end)</c> within seven tokens
    /// that a participle (<see cref="OpensParticiple"/>), a time adjunct (<see cref="TrailingAdjunct"/>) or a second verb
    /// of saying of the same subject (<see cref="CoordinatedCue"/>) follows; <paramref name="end"/> when there is none.
    /// </summary>
    private static int ParticipleTail(DocumentView v, int from, int end)
    {
        for (int t = from; t < end - 1 && t - from <= 7; t++)
        {
            if (v.InQuote(t))
            {
                return end;
            }

            if (v.Shapes[t] == TokenShape.Comma)
            {
                return OpensParticiple(v, t + 1) || TrailingAdjunct.Opens(v, t + 1) || CoordinatedCue.OpensAt(v, t + 1) ? t : end;
            }
        }

        return end;
    }

    /// <summary>A report inserted between commas is at most this many tokens long.</summary>
    private const int InsertedWindow = 8;

    /// <summary>"…, he said nothing." / "…, she would not say.": a tail that denies the report.</summary>
    private static bool TailReports(DocumentView v, int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            if (v.TextIs(t, "nothing") || v.TextIs(t, "not") || v.TextIs(t, "little") || v.TextIs(t, "no"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Asked whether …, he said." / "Speaking at a conference, she said.": a participle phrase opening the sentence with
    /// no clause after it before the comma is no reported clause.
    /// </summary>
    private static bool OnlyParticiplePhrase(DocumentView v, int a, int comma)
    {
        ReadOnlySpan<char> first = v.Chars(a);
        bool asked = first.Equals("Asked", StringComparison.Ordinal);
        if (v.Shapes[a] != TokenShape.Capitalised || !(first.EndsWith("ing", StringComparison.Ordinal) || asked))
        {
            return false;
        }

        for (int t = a + 1; t < comma; t++)
        {
            // A comma ends the phrase before a main clause; a verb after "-ing" shows a gerund subject ("Mending the rift was …").
            if ((v.Shapes[t] == TokenShape.Comma && !v.InQuote(t)) || (!asked && v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.Auxiliary)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The cue of a sentence closing with its report lies within this many tokens of its end.</summary>
    private const int ClosingWindow = 8;

    /// <summary>An inverted closing cue whose subject runs to the sentence end (<see cref="InvertedSubjectTail"/>) lies within this many tokens of it.</summary>
    private const int InvertedWindow = 16;

    /// <summary>
    /// The verbs of saying whose reported clause <c>cue-before-content</c> still reads after the learned tagger (which
    /// misses some: <c>X told reporters the cuts were unavoidable</c>, <c>X said on Tuesday it would …</c>), in their
    /// reporting forms (past, and present where the form is not also a common noun: not <c>states</c>, <c>reports</c>,
    /// <c>claims</c>), when the clause shows a verb (<see cref="ShowsClause"/>).
    /// </summary>
    /// <summary>News agencies and broadcasters a speaker tells something (<c>told Reuters</c>, <c>told AFP</c>).</summary>
    private static readonly string[] NewsAgencies = ["Reuters", "AFP", "AP", "UPI", "Bloomberg", "Xinhua", "Interfax", "Kyodo", "Yonhap", "BBC", "CNN", "Sky", "dpa", "ANSA", "EFE", "Tass"];

    /// <summary>
    /// A run of name tokens from <paramref name="t"/> followed by a verb — an auxiliary or a lower-case word in -ed or -s
    /// (<c>Finance Secretary Jaime Ongpin had decided</c>), not a possessive or a preposition (<c>BBC One's Breakfast</c>).
    /// </summary>
    private static bool NamesThenVerb(DocumentView v, int t, int end)
    {
        int j = t;
        while (j < end && j - t < 6 && v.IsNameToken(j))
        {
            j++;
        }

        if (j == t || j >= end)
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(j);
        return v.Is(j, WordClass.Auxiliary) && !(word.StartsWith("'") || word.StartsWith("’"))
            || (v.Shapes[j] == TokenShape.Lower && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("s", StringComparison.Ordinal)) && !v.Is(j, WordClass.Determiner));
    }

    /// <summary>
    /// After a hearer noun (<c>told the committee</c>, <c>told parliament</c>), a lower-case word directly followed by its
    /// verb (an auxiliary or a past form) is the reported clause's subject: <c>told the committee rates were unlikely to
    /// change</c>, <c>told parliament talks were at a critical stage</c>. The hearer <c>[k, t)</c> is at most
    /// <see cref="MaxBareHearer"/> words: determiners, names and plain lower-case words, no preposition, conjunction or
    /// <c>to</c> (<c>told a dispatcher before police arrived</c>, <c>told them to replace it with … or money raised …</c>
    /// hold no reported clause).
    /// </summary>
    private static bool IsBareSubjectAfterHearer(DocumentView v, int k, int t)
    {
        if (t - k > MaxBareHearer || t + 1 >= v.Count || v.Shapes[t] != TokenShape.Lower
            || v.Is(t, WordClass.Determiner | WordClass.Auxiliary | WordClass.Adverb | WordClass.CueVerb | WordClass.That | WordClass.Boundary)
            || v.Is(t - 1, WordClass.Determiner) || SpeakerWords.IsPreposition(v.Chars(t)) || Clauses.IsPastVerb(v, t)
            || !Clauses.IsFiniteVerbWord(v, t + 1))
        {
            return false;
        }

        for (int j = k; j < t; j++)
        {
            bool plain = v.Shapes[j] == TokenShape.Capitalised
                || (v.Shapes[j] == TokenShape.Lower && !v.Is(j, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb | WordClass.Adverb)
                    && !SpeakerWords.IsPreposition(v.Chars(j)) && !Clauses.IsPastVerb(v, j) && !Clauses.IsParticiple(v, j));
            if (!plain && !(v.Is(j, WordClass.Determiner) && !v.Is(j, WordClass.That)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest hearer (in tokens) before a bare subject (<see cref="IsBareSubjectAfterHearer"/>).</summary>
    private const int MaxBareHearer = 4;

    private static bool IsNewsAgency(DocumentView v, int t)
    {
        foreach (string agency in NewsAgencies)
        {
            if (v.Chars(t).Equals(agency, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token is one of the verbs of saying that take a reported clause (<c>said</c>, <c>told</c>, <c>warned</c> …).</summary>
    internal static bool IsClauseVerb(DocumentView v, int t) => t >= 0 && t < v.Count && ClauseVerbs.Contains(v.Chars(t));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseVerbs = new[]
    {
        "said", "says", "told", "tells", "added", "adds", "warned", "warns", "insisted", "insists", "argued", "argues", "claimed",
        "denied", "denies", "noted", "explained", "explains", "stated", "announced", "announces", "acknowledged",
        "acknowledges", "admitted", "admits", "asserted", "asserts", "confirmed", "confirms", "predicted", "predicts", "contended",
        "contends", "maintained", "maintains", "complained", "complains", "alleged", "alleges", "stressed", "emphasized",
        "emphasised", "emphasizes", "emphasises", "conceded", "concedes", "reiterated", "reiterates", "revealed", "reveals", "disclosed",
        "discloses", "reported", "recalled", "replied", "answered", "declared", "declares",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = new[]
    {
        "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although", "though", "whether", "if", "as",
        "since", "after", "before", "until", "unless", "than",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsClauseOpener(DocumentView v, int t) => v.Shapes[t] == TokenShape.Lower && ClauseOpeners.Contains(v.Chars(t));

    /// <summary>
    /// After <c>said</c>: a time adjunct before a reported clause without "that" (<c>said on Tuesday it would …</c>,
    /// <c>said last week the plan …</c>, <c>said after April 3 the price …</c>): the first token after it, or
    /// <paramref name="k"/> when there is none.
    /// </summary>
    private static int SkipTimeAdjunct(DocumentView v, int k, int end)
    {
        int j = k;
        bool timeNoun = false;
        bool preposition = v.Shapes[k] == TokenShape.Lower && v.TextIsAny(k, TimePrepositions);
        while (j < end && j - k < 4 && !(preposition && j > k + 1 && v.Is(j, WordClass.Determiner)) && (v.Is(j, WordClass.TimeWord) || v.Shapes[j] == TokenShape.Number
            || (preposition && j > k && v.Shapes[j] == TokenShape.Capitalised && v.TextIsAny(j, TimeAdjunctOpening.Months))
            || (j == k && v.Shapes[j] == TokenShape.Lower && v.TextIsAny(j, TimePrepositions)
                && ((v.Is(j + 1, WordClass.TimeWord) && !v.Is(j + 1, WordClass.Determiner)) || (v.Shapes[j + 1] == TokenShape.Capitalised && v.TextIsAny(j + 1, TimeAdjunctOpening.Months))))))
        {
            timeNoun |= v.Shapes[j] != TokenShape.Number && !v.Is(j, WordClass.Determiner) && !v.TextIs(j, "on") && !v.TextIs(j, "in")
                && !v.TextIs(j, "at") && !v.TextIs(j, "statement") && !v.TextIs(j, "interview") && !v.TextIsAny(j, TimePrepositions);
            j++;
        }

        return timeNoun && j < end ? j : k;
    }

    /// <summary>Prepositions that open a time adjunct before a date or a day (<c>after April 3</c>, <c>until Friday</c>).</summary>
    private static readonly string[] TimePrepositions = ["after", "before", "until", "from", "since", "by"];


    /// <summary>Tokens of a clause without "that" within which its verb must show (<c>the cuts were …</c>).</summary>
    private const int ClauseVerbWindow = 12;

    /// <summary>
    /// True when <c>[k, end)</c> reads as a finite clause: an auxiliary or modal (<c>was</c>, <c>would</c>, <c>had</c>)
    /// or a past form (<c>-ed</c>, or irregular: <c>prices rose sharply</c>; <see cref="Clauses.IsPastVerb"/>) after its
    /// first token, before any comma.
    /// </summary>
    private static bool ShowsClause(DocumentView v, int k, int end)
    {
        for (int t = k + 1; t < end && t - k <= ClauseVerbWindow; t++)
        {
            if (v.Shapes[t] == TokenShape.Comma && !v.InQuote(t))
            {
                // Session 28: "said the bank, Europe's largest lender, would cut jobs": an insertion in the subject.
                return VerbAfterInsertion(v, t, end);
            }

            if (v.Shapes[t] is TokenShape.Colon or TokenShape.Semicolon || v.InQuote(t) || IsClauseOpener(v, t))
            {
                // The verb must be the clause's own, not one of a relative or adverbial clause after a noun phrase
                // ("says something about the relativism that has fallen …", "told a dispatcher before police arrived").
                return false;
            }

            if (v.Is(t, WordClass.Auxiliary) || Clauses.IsPastVerb(v, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most tokens of a comma-enclosed insertion between a reported clause's subject and its verb.</summary>
    private const int MaxInsertion = 12;

    /// <summary>
    /// Session 28: true when the comma at <paramref name="comma"/> opens an insertion of at most <see cref="MaxInsertion"/>
    /// tokens closed by a second comma right before a lower-case auxiliary or past verb (<c>the bank, Europe's largest
    /// lender, would …</c>, <c>the new rules, which take effect in June, would …</c>, <c>the first plan, in 1998, failed</c>).
    /// </summary>
    private static bool VerbAfterInsertion(DocumentView v, int comma, int end)
    {
        for (int j = comma + 1; j < end && j - comma <= MaxInsertion + 1; j++)
        {
            if (v.InQuote(j) || v.Shapes[j] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.SentenceEnd)
            {
                return false;
            }

            if (v.Shapes[j] == TokenShape.Comma)
            {
                int verb = j + 1;
                return j > comma + 1 && verb < end && v.Shapes[verb] == TokenShape.Lower && !v.IsApostropheS(verb) && !v.Is(verb, WordClass.CueVerb)
                    && (v.Is(verb, WordClass.Auxiliary) || Clauses.IsPastVerb(v, verb));
            }
        }

        return false;
    }

    /// <summary>
    /// Where a reported clause without "that" starts after the cue <paramref name="c"/> (<paramref name="k"/>: after the
    /// hearer of <c>told</c>, or after a time adjunct of <c>said</c>); false when <c>told</c> has no complete hearer
    /// (<c>told a | dispatcher …</c>).
    /// </summary>
    private static bool ClauseStart(DocumentView v, int c, ref int k, int end)
    {
        if (v.Is(c, WordClass.ObjectCue))
        {
            return k > c + 1 && !v.Is(k - 1, WordClass.Determiner);
        }

        k = SkipTimeAdjunct(v, k, end);
        return true;
    }

    /// <summary>
    /// <c>X said (that) CONTENT</c>, <c>X told reporters (that) CONTENT</c>, <c>X said: CONTENT</c>; with
    /// <paramref name="clauseOnly"/> (after the tagger) only a content opened by "that" or showing a verb
    /// (<see cref="ShowsClause"/>), never after a colon.
    /// </summary>
    private static QuoteDraft? CueBeforeContent(DocumentView v, AttributionState state, int a, int b, int c, ref Scans scans, bool clauseOnly, int[]? inner)
    {
        (int sf, int se) = SourceFinder.SubjectBefore(v, c, a);
        if (sf < 0)
        {
            return null;
        }

        int end = Trim(v, a, b);
        int k = c + 1;
        if (k >= end)
        {
            return null;
        }

        int complement = -1;
        if (v.Is(c, WordClass.ObjectCue) && !v.Is(k, WordClass.That))
        {
            // told reporters that … / asked the spokesman, X, if …
            for (int t = k; t < end && t - k <= 10 && !v.InQuote(t); t++)
            {
                if (v.Is(t, WordClass.That) && t > k)
                {
                    complement = t + 1;
                    break;
                }

                if (v.TextIs(t, "if") || v.TextIs(t, "whether"))
                {
                    complement = t;
                    break;
                }

                if (t > k && (v.Is(t, WordClass.SingularPronoun | WordClass.PluralPronoun) || IsBareSubjectAfterHearer(v, k, t)) && v.Shapes[t - 1] != TokenShape.Comma)
                {
                    // "told BBC One's Breakfast with Frost programme he aspired to the job": a subject pronoun after the
                    // hearer opens the reported clause.
                    complement = t;
                    break;
                }

                if (v.Shapes[t] is TokenShape.SentenceEnd or TokenShape.Colon)
                {
                    break;
                }
            }
        }

        if (complement > 0)
        {
            k = complement;
        }
        else if (v.Is(c, WordClass.ObjectCue) && !v.Is(k, WordClass.That))
        {
            // told reporters / told The Associated Press / told him
            int objectEnd = k;
            if (v.Is(objectEnd, WordClass.Determiner))
            {
                objectEnd++;
            }

            while (objectEnd < end && objectEnd - k < 5 && (v.IsNameToken(objectEnd) || v.Is(objectEnd, WordClass.ObjectPronoun | WordClass.RoleNoun)))
            {
                objectEnd++;
                if (objectEnd == k + 1 && IsNewsAgency(v, k) && NamesThenVerb(v, objectEnd, end))
                {
                    // "Monsod told Reuters Finance Secretary Jaime Ongpin had decided …": the agency is the hearer, the
                    // names after it the reported clause's subject.
                    break;
                }
            }

            k = objectEnd;
        }

        if (k >= end)
        {
            return null;
        }

        // Adjuncts before "that": "said in a statement on Monday that …"
        int that = -1;
        for (int t = k; complement < 0 && t < end && t - k <= 7; t++)
        {
            if (v.Is(t, WordClass.That))
            {
                that = t;
                break;
            }

            if (!(v.Is(t, WordClass.TimeWord | WordClass.Determiner) || v.Shapes[t] is TokenShape.Comma or TokenShape.Number || v.IsNameToken(t) || v.Is(t, WordClass.CueNoun)))
            {
                break;
            }
        }

        if (that >= 0)
        {
            k = that + 1;
            if (clauseOnly && k < end && (v.Is(k, WordClass.Auxiliary) || (v.Shapes[k] == TokenShape.Lower && v.Chars(k).EndsWith("ed", StringComparison.Ordinal))))
            {
                // "that have long proven …", "that killed …": a relative clause, not a reported one.
                return null;
            }
        }
        else if (v.Shapes[k] is TokenShape.Colon && !clauseOnly)
        {
            k++;
        }
        else if (clauseOnly && complement < 0 && !ClauseStart(v, c, ref k, end))
        {
            return null;
        }
        else if (complement < 0 && !StartsContent(v, k))
        {
            return null;
        }

        // The content runs to the sentence end, but stops before a trailing ", according to" or ", X said".
        int contentEnd = scans.ContentStop(k + 1);
        if (clauseOnly && !(that >= 0 || (complement > 0 && v.Is(complement - 1, WordClass.That)) || ShowsClause(v, k, contentEnd)))
        {
            return null;
        }

        if ((contentEnd - k < MinContentTokens && !IsShortClause(v, k, contentEnd)) || (state.IsCovered(k) && !(inner is not null && inner[k] >= 0)))
        {
            return null;
        }

        // A direct quote that starts the content was handled by the direct-quote sieves.
        if (v.InQuote(k) || (v.IsShape(k, TokenShape.QuoteMark) && v.InQuote(k + 1)))
        {
            return null;
        }

        // Something covered inside: only the tagger's inner clauses may be (the first covered token is remembered by
        // the scans, so a blocked content costs nothing; a chain of "officials said that" stays linear).
        int covered = scans.FirstCovered(k);
        if (covered < contentEnd && !(inner is not null && inner[covered] >= 0 && Free(state, covered, contentEnd, inner)))
        {
            return null;
        }

        return Make(v, k, contentEnd, c, c + 1, sf, se, RuleNames.CueBeforeContent, 0.65);
    }

    /// <summary>
    /// A reported clause of three words — a one-word subject, its verb and one more word (<c>said prices fell sharply</c>,
    /// <c>said shares were undervalued</c>, <c>said it was true</c>): shorter than <see cref="MinContentTokens"/>, but a
    /// clause by its verb right after the subject (an auxiliary or a past form, <see cref="Clauses.IsPastVerb"/>).
    /// </summary>
    private static bool IsShortClause(DocumentView v, int k, int contentEnd) =>
        contentEnd - k == 3 && v.Shapes[k] is TokenShape.Lower or TokenShape.Capitalised && !v.Is(k, WordClass.Determiner | WordClass.Auxiliary)
        && v.Shapes[k + 2] is TokenShape.Lower or TokenShape.Number
        && Clauses.IsFiniteVerbWord(v, k + 1);

    /// <summary>
    /// A trailing <c>, according to</c> or <c>, he said</c> at the comma <paramref name="t"/>: where the content of a
    /// cue-before-content quote stops.
    /// </summary>
    private static bool IsContentStop(DocumentView v, int t) =>
        v.Shapes[t] == TokenShape.Comma && (v.Is(t + 1, WordClass.According) || (v.Is(t + 1, WordClass.SingularPronoun | WordClass.PluralPronoun) && v.Is(t + 2, WordClass.CueVerb)));

    /// <summary>
    /// Remembers the last forward scans for the content stop and the first covered token, so that the many cue verbs of one
    /// long sentence do not each scan to its end (quadratic: <c>officials said that</c> × 40,000 took 13 s). Results are the
    /// same as scanning: a query inside a remembered stretch is answered from it, a query before it scans only up to it,
    /// and covering tokens lowers the remembered first covered token.
    /// </summary>
    private struct Scans(DocumentView v, AttributionState state)
    {
        private int _end;
        private int _stopFrom = int.MaxValue, _stop;
        private int _coveredFrom = int.MaxValue, _covered;

        /// <summary>Starts a sentence whose content ends (before final punctuation) at <paramref name="end"/>.</summary>
        public void StartSentence(int end)
        {
            _end = end;
            _stopFrom = int.MaxValue;
        }

        /// <summary>The first content stop in <c>[from, end)</c> of the sentence, or its end.</summary>
        public int ContentStop(int from)
        {
            if (from >= _end)
            {
                return _end;
            }

            if (from >= _stopFrom && from <= _stop)
            {
                return _stop;
            }

            int limit = from < _stopFrom && _stopFrom <= _end ? _stopFrom : _end;
            int t = from;
            while (t < limit && !IsContentStop(v, t))
            {
                t++;
            }

            int stop = t < limit || limit == _end ? t : _stop;
            _stopFrom = from;
            _stop = stop;
            return stop;
        }

        /// <summary>The first covered token at or after <paramref name="from"/>, or the token count.</summary>
        public int FirstCovered(int from)
        {
            if (from >= _coveredFrom && from <= _covered)
            {
                return _covered;
            }

            int limit = from < _coveredFrom && _coveredFrom <= v.Count ? _coveredFrom : v.Count;
            int t = from;
            while (t < limit && !state.IsCovered(t))
            {
                t++;
            }

            int covered = t < limit || limit == v.Count ? t : _covered;
            _coveredFrom = from;
            _covered = covered;
            return covered;
        }

        /// <summary>Keeps the remembered first covered token right after <see cref="AttributionState.Cover(QuoteDraft)"/> marked <paramref name="d"/>'s tokens.</summary>
        public void Covered(QuoteDraft d)
        {
            Lower(d.FirstToken, d.EndToken);
            Lower(d.CueFirst, d.CueEnd);
            Lower(d.SourceFirst, d.SourceEnd);
        }

        private void Lower(int first, int end)
        {
            if (_coveredFrom != int.MaxValue && end > _coveredFrom && end > first && first < v.Count)
            {
                _covered = Math.Min(_covered, Math.Max(first, _coveredFrom));
            }
        }
    }

    private static readonly string[] PossessiveDeterminers = ["its", "his", "her", "their", "our", "my", "your"];

    private static bool StartsContent(DocumentView v, int k) =>
        !(v.Shapes[k] is TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.Dash or TokenShape.Punctuation or TokenShape.CloseBracket
            || (v.Is(k, WordClass.Boundary) && !v.Is(k, WordClass.Determiner | WordClass.ItPronoun) && !v.Is(k, WordClass.SingularPronoun | WordClass.PluralPronoun))
            || (v.Is(k, WordClass.Adverb | WordClass.Auxiliary) && !v.Is(k, WordClass.SingularPronoun | WordClass.PluralPronoun)));

    /// <summary>
    /// True when the words <c>[from, end)</c> after a cue are an adjunct of the report (<c>on Tuesday</c>, <c>in a
    /// statement</c>), not a clause: no that, cue verb, quoted word or auxiliary after a comma, at most six tokens, and not
    /// opened by a subject pronoun or a possessive determiner after a cue that takes no hearer (<c>…, Harwell said its food
    /// arm, which …</c>, <c>…, Marsh said it has …</c> open the reported clause; <c>…, he told his staff.</c> names the hearer).
    /// </summary>
    private static bool TailIsAdjunct(DocumentView v, int from, int end)
    {
        if (from < end && from > 0 && !v.Is(from - 1, WordClass.ObjectCue) && v.Shapes[from] == TokenShape.Lower
            && (v.Is(from, WordClass.SubjectPronoun) || v.TextIsAny(from, PossessiveDeterminers)))
        {
            return false;
        }

        bool comma = false;
        for (int t = from; t < end; t++)
        {
            // "…, he said, local officials should be vigilant": an auxiliary after a comma shows a clause, no adjunct.
            if (v.Is(t, WordClass.That) || (v.Is(t, WordClass.CueVerb) && !IsDeterminedNoun(v, from, t)) || v.InQuote(t) || (comma && v.Is(t, WordClass.Auxiliary)))
            {
                return false;
            }

            comma |= v.Shapes[t] == TokenShape.Comma;
        }

        return end - from <= 6;
    }

    /// <summary>
    /// Session 21: a cue-verb word in a tail that opens with a preposition, after a determiner or possessive and at most one
    /// lower-case modifier, is a noun (<c>…, the company said in its annual report.</c>, <c>…, he said in a report</c>), not
    /// a second cue.
    /// </summary>
    private static bool IsDeterminedNoun(DocumentView v, int from, int t)
    {
        if (v.Shapes[from] != TokenShape.Lower || !v.TextIsAny(from, TailPrepositions) || v.Shapes[t] != TokenShape.Lower)
        {
            return false;
        }

        for (int j = t - 1; j > from && j >= t - 2; j--)
        {
            if (v.Is(j, WordClass.Determiner) || v.TextIsAny(j, PossessiveDeterminers))
            {
                return true;
            }

            if (v.Shapes[j] != TokenShape.Lower || v.Is(j, WordClass.CueVerb))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] TailPrepositions = ["in", "on", "during", "at", "through"];

    /// <summary>True when <paramref name="c"/> lies in a relative clause <c>, who …</c> / <c>, which …</c> that no comma closes before it.</summary>
    private static bool InFinalRelativeClause(DocumentView v, int a, int c)
    {
        for (int t = c - 1; t > a + 1 && c - t <= InvertedWindow; t--)
        {
            if (v.Shapes[t] == TokenShape.Comma || v.InQuote(t))
            {
                return false;
            }

            if (v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.Relative) && v.Shapes[t - 1] == TokenShape.Comma)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence end without its final punctuation and closing marks.</summary>
    private static int Trim(DocumentView v, int a, int b)
    {
        int end = b;
        while (end > a && v.Shapes[end - 1] is TokenShape.SentenceEnd or TokenShape.Semicolon or TokenShape.Colon && !v.InQuote(end - 1))
        {
            end--;
        }

        return end;
    }

    /// <summary>True when no token of <c>[first, end)</c> is covered, except the tagger's inner clauses marked in <paramref name="inner"/>.</summary>
    private static bool Free(AttributionState state, int first, int end, int[]? inner)
    {
        for (int t = first; t < end; t++)
        {
            if (state.IsCovered(t) && !(inner is not null && inner[t] >= 0))
            {
                return false;
            }
        }

        return true;
    }

    internal static QuoteDraft Make(DocumentView v, int first, int end, int cueFirst, int cueEnd, int sourceFirst, int sourceEnd, string rule, double confidence)
    {
        var d = new QuoteDraft
        {
            Kind = QuoteKind.Indirect,
            FirstToken = first,
            EndToken = end,
            DecidedBy = rule,
            Confidence = confidence,
        };
        d.Content.Add(v.Span(first, end));
        d.SetCue(cueFirst, cueEnd);
        d.SetSource(sourceFirst, sourceEnd);
        return d;
    }

    /// <summary>Direct quotes inside the new content become part of it (a mixed quote).</summary>
    internal static void Absorb(AttributionState state, QuoteDraft d)
    {
        List<QuoteDraft> drafts = state.Drafts;
        for (int t = d.FirstToken; t < d.EndToken; t++)
        {
            int q = state.DraftAt(t);
            if (q >= 0 && q < drafts.Count && !drafts[q].Dropped)
            {
                drafts[q].Dropped = true;
                drafts[q].DecidedBy = RuleNames.Absorbed;
                d.Kind = QuoteKind.Mixed;
            }
            else if (q >= 0)
            {
                d.Kind = QuoteKind.Mixed;
            }
        }
    }
}
