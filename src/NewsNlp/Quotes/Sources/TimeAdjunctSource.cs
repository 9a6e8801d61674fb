using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 20: a time adjunct between a subject and its verb (<c>an arbitration panel in 2001 found …</c>, <c>the court
/// on Monday ruled …</c>) names no speaker: a source that is only the year or day after <c>in</c>, <c>on</c>, <c>at</c>
/// or <c>during</c> moves to the noun phrase before the preposition.
/// </summary>
internal static class TimeAdjunctSource
{
    private static readonly string[] Prepositions = ["in", "on", "at", "during", "since", "by"];

    /// <summary>Re-points the source of <paramref name="d"/> from a time word to the phrase before its preposition; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (BareTimeSource(v, d))
        {
            return true;
        }

        if (!d.HasSource || d.SourceEnd - d.SourceFirst != 1 || d.SourceFirst < 2 || !IsTimeWord(v, d.SourceFirst))
        {
            return false;
        }

        int preposition = d.SourceFirst - 1;
        if (v.Shapes[preposition] != TokenShape.Lower || !v.TextIsAny(preposition, Prepositions) || v.InQuote(preposition))
        {
            return false;
        }

        int sentenceFirst = Grammar.Clauses.SentenceFirst(v, preposition);
        (int f, int e) = SourceFinder.PhraseEndingAt(v, preposition - 1, sentenceFirst);
        if (f < 0 || e != preposition)
        {
            return false;
        }

        d.SetSource(f, e);
        return true;
    }

    /// <summary>Time words that stand alone between a subject and its verb ("the court yesterday ruled").</summary>
    private static readonly string[] LoneTimeWords = ["yesterday", "today", "tonight"];

    /// <summary>Words a "this" or "last" makes a time adjunct of ("this morning", "last week").</summary>
    private static readonly string[] TimeNouns = ["morning", "afternoon", "evening", "night", "week", "month", "year", "weekend",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>
    /// Session 23: <c>a Texas State Court of Appeal this morning said …</c>, <c>The central bank yesterday said …</c>: a time
    /// adjunct without a preposition ("yesterday", "this morning", "last week") right before the cue names no one — a
    /// source that is only the adjunct moves to the noun phrase right before it; a source that ends in one drops it. True
    /// when the source changed (it is then settled: the learned ranker would read the time words as a subject again).
    /// </summary>
    private static bool BareTimeSource(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceFirst < 2 || d.SourceEnd != d.CueFirst || v.InQuote(d.SourceFirst))
        {
            return false;
        }

        int time = TrailingTimeAdjunct(v, d.SourceFirst, d.SourceEnd);
        if (time < 0)
        {
            return false;
        }

        if (time > d.SourceFirst)
        {
            d.SetSource(d.SourceFirst, time); // "The central bank yesterday | said"
            d.SourceSettled = true;
            return true;
        }

        int before = time - 1;
        if (v.SentenceOf[before] != v.SentenceOf[time] || v.InQuote(before) || v.Shapes[before] is not (TokenShape.Capitalised or TokenShape.Lower)
            || v.Is(before, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb))
        {
            return false;
        }

        int sentenceFirst = Grammar.Clauses.SentenceFirst(v, before);
        (int f, int e) = SourceFinder.PhraseEndingAt(v, before, sentenceFirst);
        if (f < 0 || e != time)
        {
            return false;
        }

        d.SetSource(f, e);
        d.SourceSettled = true;
        return true;
    }

    /// <summary>
    /// The first token of a time adjunct without a preposition that ends the span [<paramref name="first"/>, <paramref name="end"/>)
    /// ("yesterday", "today", "tonight"; "this" or "last" and a time noun: "this morning", "last week"), or -1.
    /// </summary>
    public static int TrailingTimeAdjunct(DocumentView v, int first, int end)
    {
        int last = end - 1;
        if (last < first || v.Shapes[last] != TokenShape.Lower)
        {
            return -1;
        }

        if (v.TextIsAny(last, LoneTimeWords))
        {
            return last;
        }

        return last - 1 >= first && v.TextIsAny(last, TimeNouns) && v.Shapes[last - 1] == TokenShape.Lower && (v.TextIs(last - 1, "this") || v.TextIs(last - 1, "last"))
            ? last - 1 : -1;
    }

    /// <summary>A four-digit year or a listed time word (<c>Monday</c>, <c>May</c>, <c>yesterday</c>).</summary>
    private static bool IsTimeWord(DocumentView v, int t)
    {
        ReadOnlySpan<char> w = v.Chars(t);
        bool year = v.Shapes[t] == TokenShape.Number && w.Length == 4 && (w[0] == '1' || w[0] == '2');
        return year || v.Is(t, WordClass.TimeWord);
    }
}
