using NewsNlp.Documents;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A reported clause is more than its subject: the tagger sometimes stops the content of <c>X said …</c> right before
/// the clause's verb, as in <c>The company said it also | extended a 1.7 mln dlr loan …</c>, <c>The ministry said output
/// in January and February together | fell around two pct …</c>, <c>He said that in talks that | concluded last Friday,
/// officials presented …</c>, and <c>the company said its bank | , Irving Bank Corp, agreed to waive …</c>. A learned
/// reported clause right after a verb of saying that takes a clause (<c>said</c>, <c>told</c>, <c>added</c> …) whose
/// words hold no verb (no auxiliary, past form, verb of saying or quotation) and that is followed in its sentence by a
/// lower-case auxiliary or past form (<see cref="Clauses.IsPastVerb"/>; <c>agreed</c> too, not a verb of saying that
/// takes a clause) — directly, or after a comma-enclosed insertion
/// of at most eight verbless words — runs on to the end of its clause (the sentence end or a semicolon), when no other
/// quote holds those words but the tagger's own clauses of a cue that is no verb of saying, wholly inside them. One look at each draft and a bounded window after it: linear in the drafts and the sentence.
/// </summary>
internal static class VerblessClauseRunOn
{
    /// <summary>The longest insertion (in tokens, commas excluded) read between the subject and its verb.</summary>
    private const int MaxInsertion = 8;

    /// <summary>The longest verbless content that is read as a subject cut before its verb.</summary>
    private const int MaxSubject = 12;

    /// <summary>Extends every learned reported clause cut between its subject and its verb.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        int[]? owner = null;
        try
        {
            Extend(v, state, ref owner);
        }
        finally
        {
            if (owner is not null)
            {
                Pool.Return(owner);
            }
        }
    }

    private static void Extend(DocumentView v, AttributionState state, ref int[]? owner)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind != QuoteKind.Indirect || !d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal)
                || d.Content.Count != 1 || !d.HasCue || d.CueEnd > d.FirstToken || d.FirstToken - d.CueEnd > 1
                || !IndirectSpeechRules.IsClauseVerb(v, d.CueEnd - 1) || d.EndToken - d.FirstToken > MaxSubject
                || d.EndToken + 1 >= v.Count || HasVerb(v, d.FirstToken, d.EndToken))
            {
                continue;
            }

            int s = v.SentenceOf[d.EndToken - 1];
            int verb = VerbAfter(v, d.EndToken, s);
            if (verb < 0)
            {
                continue;
            }

            int end = ClauseRunOn.ClauseEnd(v, verb);
            if (end <= verb || (state.IsAnyCovered(d.EndToken, end) && !OnlyInnerClauses(v, state, d, end, ref owner)))
            {
                continue;
            }

            ClauseRunOn.Extend(v, state, d, d.EndToken, end);
        }
    }

    /// <summary>
    /// The clause's verb at <paramref name="t"/> (right after the content), or after a comma-enclosed verbless insertion
    /// starting there; -1 when there is none.
    /// </summary>
    private static int VerbAfter(DocumentView v, int t, int sentence)
    {
        if (IsFiniteVerb(v, t, sentence))
        {
            return t;
        }

        if (v.Shapes[t] != TokenShape.Comma || v.InQuote(t))
        {
            return -1;
        }

        for (int j = t + 1; j < v.Count && j - t <= MaxInsertion + 1 && v.SentenceOf[j] == sentence; j++)
        {
            if (v.Shapes[j] == TokenShape.Comma)
            {
                return j > t + 1 && !v.InQuote(j) && IsFiniteVerb(v, j + 1, sentence) ? j + 1 : -1;
            }

            if (j == t + 1 && IsReducedRelative(v, j))
            {
                continue;
            }

            if (v.InQuote(j) || v.Shapes[j] is TokenShape.QuoteMark or TokenShape.SentenceEnd or TokenShape.Semicolon or TokenShape.Colon
                || HasVerb(v, j, j + 1) || v.Is(j, WordClass.That | WordClass.Relative | WordClass.SubjectPronoun))
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly string[] SaidForms = ["said", "told", "added", "stated"];

    private static readonly string[] ParticiplePrepositions = ["in", "on", "at", "by", "for", "from", "with", "last", "earlier", "after", "before", "during", "under"];

    /// <summary>
    /// Session 28: a participle opening a comma-enclosed insertion and followed by a preposition or time word is a reduced
    /// relative clause on the subject (<c>the plan, announced in May, was too costly</c>), not the clause's verb; it is no
    /// verb of saying of its own (<c>, said on Monday,</c> is left alone).
    /// </summary>
    private static bool IsReducedRelative(DocumentView v, int j)
    {
        ReadOnlySpan<char> word = v.Chars(j);
        return v.Shapes[j] == TokenShape.Lower && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !v.InQuote(j)
            && !v.TextIsAny(j, SaidForms) && j + 1 < v.Count && v.TextIsAny(j + 1, ParticiplePrepositions);
    }

    private static bool IsFiniteVerb(DocumentView v, int t, int sentence) =>
        t < v.Count && v.SentenceOf[t] == sentence && !v.InQuote(t) && v.Shapes[t] == TokenShape.Lower && !v.IsApostropheS(t)
        && !IndirectSpeechRules.IsClauseVerb(v, t) && Clauses.IsFiniteVerbWord(v, t);

    /// <summary>
    /// True when every covered token of [<paramref name="d"/>'s end, <paramref name="end"/>) belongs to another learned
    /// clause lying wholly inside that stretch whose cue is no verb of saying (<c>its bank, Irving Bank Corp, agreed |
    /// to waive …</c>: the tagger's own <c>agreed</c> attribution), which the run-on then holds. The owners of the
    /// tokens are marked once per document (<paramref name="owner"/>, rented on first need).
    /// </summary>
    private static bool OnlyInnerClauses(DocumentView v, AttributionState state, QuoteDraft d, int end, ref int[]? owner)
    {
        List<QuoteDraft> drafts = state.Drafts;
        if (owner is null)
        {
            owner = Pool.Rent<int>(v.Count);
            Array.Fill(owner, -1, 0, v.Count);
            for (int i = 0; i < drafts.Count; i++)
            {
                QuoteDraft o = drafts[i];
                if (o.Dropped || !o.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal) || !o.HasCue)
                {
                    continue;
                }

                (int first, int last) = Extent(o);
                for (int t = Math.Max(0, first); t < last && t < v.Count; t++)
                {
                    owner[t] = i;
                }
            }
        }

        for (int t = d.EndToken; t < end; t++)
        {
            if (!state.IsCovered(t))
            {
                continue;
            }

            int i = owner[t];
            if (i < 0 || drafts[i] == d)
            {
                return false;
            }

            QuoteDraft o = drafts[i];
            (int first, int last) = Extent(o);
            if (first < d.EndToken || last > end || HasClauseVerb(v, o.CueFirst, o.CueEnd))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tokens a draft with a cue spans: its content, cue and source, [first, last).</summary>
    private static (int First, int Last) Extent(QuoteDraft o) =>
        (Math.Min(o.FirstToken, Math.Min(o.CueFirst, o.HasSource ? o.SourceFirst : int.MaxValue)),
         Math.Max(o.EndToken, Math.Max(o.CueEnd, o.HasSource ? o.SourceEnd : -1)));

    private static bool HasClauseVerb(DocumentView v, int first, int end)
    {
        for (int t = Math.Max(0, first); t < end; t++)
        {
            if (IndirectSpeechRules.IsClauseVerb(v, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb, a verb of saying or quoted words in [first, end).</summary>
    private static bool HasVerb(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] == TokenShape.QuoteMark || v.Is(t, WordClass.CueVerb | WordClass.Auxiliary) || Clauses.IsPastVerb(v, t)
                || Clauses.IsParticiple(v, t))
            {
                return true;
            }
        }

        return false;
    }
}
