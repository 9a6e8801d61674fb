using NewsNlp.Quotes.Grammar;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A continuation quote (no cue of its own, continuing an earlier quote's speaker) keeps that speaker rather than take a
/// cue the tagger found in a later sentence: in <c>it said: “…war. “He was detained …” But Jakobi said there were …</c>
/// the second quotation is the statement's, not Jakobi's, whose cue opens a new sentence with its own reported clause.
/// A cue inside the quotation's own sentence or before it may still be taken.
/// </summary>
internal static class ContinuationCueGuard
{
    /// <summary>
    /// True when <paramref name="d"/> continues a speaker and the cue at <paramref name="cueFirst"/> starts a later sentence
    /// than the quotation's end, or stands in an earlier sentence that reports the continued quotation or is negated
    /// (<see cref="KeepsBefore"/>).
    /// </summary>
    public static bool KeepsContinuation(DocumentView v, QuoteDraft d, int cueFirst)
    {
        if (d.ContinuesFrom is null || d.EndToken <= 0)
        {
            return false;
        }

        if (cueFirst < d.FirstToken)
        {
            return KeepsBefore(v, d, d.ContinuesFrom, cueFirst);
        }

        if (cueFirst < Math.Max(d.EndToken, d.CloseEnd))
        {
            return false;
        }

        int last = Math.Min(v.Count, Math.Max(d.EndToken, d.CloseEnd)) - 1;
        return v.SentenceOf[cueFirst] != v.SentenceOf[last] || Clauses.EndsSentence(v, d);
    }

    /// <summary>
    /// Session 20: a cue in an earlier sentence than the quotation's opening, when that sentence already reports the
    /// quotation continued (<c>“Subpoenas are not optional,” Chaffetz said after Pagliano failed to show up at the hearing
    /// he was formally called to. “Mr. Pagliano is a crucial witness …”</c>: the second quotation is still Chaffetz's) or
    /// when the cue is negated (<c>Obama said after meeting Putin. He didn't suggest retaliation. “Our goal is …”</c>: what
    /// someone did not say is not the next quotation's lead-in).
    /// </summary>
    private static bool KeepsBefore(DocumentView v, QuoteDraft d, QuoteDraft from, int cueFirst)
    {
        int open = d.OpenToken >= 0 ? d.OpenToken : d.FirstToken;
        int sentence = v.SentenceOf[cueFirst];
        if (sentence == v.SentenceOf[open] || open - cueFirst > MaxLookBack)
        {
            return false;
        }

        int fromEnd = Math.Max(from.EndToken, from.CloseEnd);
        if (from.HasCue && cueFirst >= from.CueEnd && cueFirst - fromEnd > TrailingCueReach && v.SentenceOf[from.CueFirst] == sentence)
        {
            // Past the continued quotation's own attribution (not "“…,” she said." right after its close, which a
            // speaker's next quotation may take as its own cue).
            return true;
        }

        if (cueFirst + 1 < v.Count && v.Chars(cueFirst + 1).Length == 3 && IsNegation(v.Chars(cueFirst + 1)))
        {
            return true; // "did | n't suggest"
        }

        for (int t = cueFirst; t >= 0 && cueFirst - t <= 2 && v.SentenceOf[t] == sentence; t--)
        {
            if (IsNegation(v.Chars(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for <c>not</c>, <c>never</c> or a word ending in <c>n't</c>.</summary>
    private static bool IsNegation(ReadOnlySpan<char> w) =>
        w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("never", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);

    /// <summary>Most tokens from a quotation's close to a cue that closes it (<c>”, she said</c>).</summary>
    private const int TrailingCueReach = 3;

    /// <summary>Most tokens between such an earlier cue and the quotation's opening.</summary>
    private const int MaxLookBack = 60;
}
