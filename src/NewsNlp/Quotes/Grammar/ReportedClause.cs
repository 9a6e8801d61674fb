using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Grammar;

/// <summary>The reported clause a quotation after its cue lies in (<c>X said Friday that if …, “…”</c>), as a mixed quote's content.</summary>
internal static class ReportedClause
{
    /// <summary>Quoted fragments shorter than this inside a reported clause become part of it.</summary>
    public const int MaxAbsorbedFragmentWords = 8;

    /// <summary>At most this many tokens of a preposition's phrase inserted after the cue's comma before <c>that</c>.</summary>
    private const int MaxInsertedPhrase = 8;

    /// <summary>
    /// A quotation inside reported speech after its cue — a short fragment (<paramref name="fragment"/>) or a quotation
    /// after a that-clause has begun (<c>X said Friday that if …, “…”</c>) — becomes a mixed quote whose content is the
    /// whole reported clause, from after the cue (and "that") to the end of the sentence. False when it does not apply.
    /// </summary>
    public static bool TryWiden(DocumentView v, AttributionState state, QuoteDraft d, int afterCue, bool fragment)
    {
        int open = d.OpenToken;
        afterCue = AfterInsertedAdverb(v, afterCue, open);
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
            if (!v.InQuote(end) && v.Is(end, WordClass.CueVerb | WordClass.According) && !SpeakerWords.IsNounUse(v, end) && Clauses.StartsNewAttribution(v, end)
                && !IsNegatedClauseVerb(v, end, contentFirst))
            {
                end = lastComma >= 0 ? lastComma : end > d.EndToken && Clauses.IsCoordinator(v, end - 1) ? end - 1 : end;
                break;
            }

            if (end > d.EndToken && IsCoordinatedVerb(v, end))
            {
                // "… to accuse X of being “duped” and encourage Americans to …": a second verb of the subject, not reported.
                break;
            }

            bool comma = v.Shapes[end] is TokenShape.Comma or TokenShape.Dash && !v.InQuote(end);
            bool commaInQuote = end >= 2 && v.InQuote(end - 1) && !v.InQuote(end) && v.Shapes[end - 1] == TokenShape.QuoteMark && v.Shapes[end - 2] == TokenShape.Comma;
            if (comma || commaInQuote)
            {
                int next = comma ? end + 1 : end;
                if (next < v.Count && (v.Is(next, WordClass.Relative) || Clauses.IsParticiple(v, next) || ((v.Is(next, WordClass.Adverb) || v.Chars(next).EndsWith("ly", StringComparison.Ordinal)) && Clauses.IsParticiple(v, next + 1))))
                {
                    break;
                }

                lastComma = comma ? end : -1;
            }

            if (v.InQuote(end) && state.DraftAt(end) != state.DraftAt(d.FirstToken))
            {
                int q = state.DraftAt(end), t = end;
                while (t < v.Count && state.DraftAt(t) == q)
                {
                    t++;
                }

                if (Clauses.CountWords(v, end, t) >= MaxAbsorbedFragmentWords)
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
    /// <summary>
    /// A cue verb after <c>not</c>/<c>never</c> whose auxiliary, back over adverbs and quoted words, lies inside the
    /// clause (<c>Labour said he had “cleverly” not asked about …</c>): the reported clause's own verb, not a new report.
    /// </summary>
    private static bool IsNegatedClauseVerb(DocumentView v, int cue, int contentFirst)
    {
        int t = cue - 1;
        if (t <= contentFirst || !(v.TextIs(t, "not") || v.TextIs(t, "never")))
        {
            return false;
        }

        for (t--; t > contentFirst && cue - t <= 6; t--)
        {
            if (v.Is(t, WordClass.Auxiliary))
            {
                return v.Shapes[t - 1] != TokenShape.Comma;
            }

            if (!(v.InQuote(t) || v.Shapes[t] == TokenShape.QuoteMark || v.Is(t, WordClass.Adverb) || SourceFinder.IsLyAdverb(v, t)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "and" (outside quotation marks) before a lower-case word that is no function word, itself before a name or a
    /// determiner: the subject's second verb and its object (<c>and encourage Americans</c>, <c>and urged the board</c>).
    /// </summary>
    private static bool IsCoordinatedVerb(DocumentView v, int t)
    {
        int verb = t + 1, obj = t + 2;
        if (obj >= v.Count || v.InQuote(t) || !v.TextIs(t, "and") || v.Shapes[verb] != TokenShape.Lower || v.SentenceOf[obj] != v.SentenceOf[t])
        {
            return false;
        }

        if (v.Is(verb, WordClass.Determiner | WordClass.SubjectPronoun | WordClass.Auxiliary
            | WordClass.Adverb | WordClass.That | WordClass.Relative | WordClass.Boundary | WordClass.ObjectPronoun) || SourceFinder.IsLyAdverb(v, verb))
        {
            return false;
        }

        return v.Shapes[obj] == TokenShape.Capitalised || v.Is(obj, WordClass.Determiner);
    }

    /// <summary>Sentence adverbs a writer inserts between commas after a cue (<c>said, however, that …</c>).</summary>
    private static readonly string[] InsertedAdverbs =
        ["however", "though", "meanwhile", "moreover", "instead", "nonetheless", "nevertheless", "too", "also", "furthermore", "separately", "again", "previously", "earlier", "later", "additionally", "therefore"];

    /// <summary>
    /// Session 24 (quotes24): the token after an adverb inserted between commas right after the cue (<c>McNab said,
    /// however, that Ronald and Rapier "are not out of the picture"</c>: one or two sentence adverbs or -ly words), so the
    /// reported clause starts after it; otherwise <paramref name="afterCue"/>.
    /// </summary>
    private static int AfterInsertedAdverb(DocumentView v, int afterCue, int open)
    {
        if (afterCue + 3 >= open || v.Shapes[afterCue] != TokenShape.Comma || v.InQuote(afterCue))
        {
            return afterCue;
        }

        int k = afterCue + 1;
        while (k < open && k - afterCue <= 2 && v.Shapes[k] == TokenShape.Lower
            && (v.TextIsAny(k, InsertedAdverbs) || v.Is(k, WordClass.Adverb) || v.Chars(k).EndsWith("ly", StringComparison.Ordinal)))
        {
            k++;
        }

        if (k > afterCue + 1 && k + 1 < open && v.Shapes[k] == TokenShape.Comma)
        {
            return k + 1;
        }

        return AfterInsertedPhrase(v, afterCue, open);
    }

    /// <summary>
    /// Session 26: <c>McIvor said, in response to a question, that he did not believe …</c> — a preposition's phrase between
    /// commas right after the cue (at most eight plain words, no verb of saying, auxiliary or relative word) is the
    /// writer's framing when <c>that</c> and a clause follow the second comma: the token after that comma (the
    /// <c>that</c>), else <paramref name="afterCue"/> (the cue's comma).
    /// </summary>
    internal static int AfterInsertedPhrase(DocumentView v, int afterCue, int open)
    {
        int k = afterCue + 1;
        if (k >= open || v.Shapes[k] != TokenShape.Lower || !SpeakerWords.IsPreposition(v.Chars(k)) || v.TextIs(k, "that"))
        {
            return afterCue;
        }

        for (int m = k + 1; m < open && m - k <= MaxInsertedPhrase; m++)
        {
            if (v.InQuote(m) || v.SentenceOf[m] != v.SentenceOf[afterCue])
            {
                return afterCue;
            }

            if (v.Shapes[m] == TokenShape.Comma)
            {
                return m > k + 1 && m + 2 < open && v.Is(m + 1, WordClass.That) && !v.Is(m + 2, WordClass.Auxiliary) ? m + 1 : afterCue;
            }

            // A verb of saying after a determiner is a noun ("in response to a question").
            bool noun = v.Is(m - 1, WordClass.Determiner) && !v.Is(m - 1, WordClass.That) && v.Shapes[m] == TokenShape.Lower;
            if (v.IsClosedUpDash(m) || (noun && !v.Is(m, WordClass.Auxiliary | WordClass.That)))
            {
                continue;
            }

            if (v.Shapes[m] is not (TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number or TokenShape.Other)
                || v.Is(m, WordClass.Auxiliary | WordClass.Relative | WordClass.CueVerb | WordClass.That))
            {
                return afterCue;
            }
        }

        return afterCue;
    }
}
