using NewsNlp.Documents;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// <c>The Post quoted a source close to Reagan as saying …</c>: the words are the quoted person's, so the source mention
/// is the object of <c>quoted</c>, not the paper that quotes; <c>al-Sabah was quoted by the daily al-Qabas as saying …</c>:
/// the subject of the passive. The content starts after <c>as saying</c>. The cue may be <c>quoted</c> or the
/// <c>saying</c> after it (the tagger's choice); <see cref="Filters.QuotedPersonSourceFilter"/> applies the rule again
/// after the source ranker, which does not know it.
/// </summary>
internal static class QuotedAsSaying
{
    /// <summary>Most tokens between <c>quoted</c> and <c>as saying</c>.</summary>
    private const int MaxObject = 12;

    /// <summary>Re-points the source (and trims the content) of <paramref name="d"/> when its cue is <c>quoted … as saying</c>; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (!d.HasCue || d.Kind == QuoteKind.Direct && d.OpenToken >= 0 && d.OpenToken < d.CueFirst)
        {
            return false;
        }

        int cue = d.CueEnd - 1;
        if (!IsQuoted(v.Chars(cue)) && (cue = QuotedBefore(v, cue)) < 0)
        {
            return false;
        }

        for (int k = cue + 1; k + 1 < v.Count && k - cue <= MaxObject && v.SentenceOf[k] == v.SentenceOf[cue] && !v.InQuote(k); k++)
        {
            if (!v.TextIs(k, "as") || !IsSaying(v.Chars(k + 1)))
            {
                continue;
            }

            (int first, int end) = v.TextIs(cue + 1, "by")
                ? SourceFinder.SubjectBefore(v, Math.Min(d.CueFirst, cue), Grammar.Clauses.SentenceFirst(v, cue))
                : (cue + 1, k);
            if (first < 0 || end <= first)
            {
                return false;
            }

            d.SetSource(first, end);
            ContentStart.At(v, d, k + 2);
            return true;
        }

        return false;
    }

    /// <summary>
    /// For a cue <c>saying</c> right after <c>as</c> (<c>was quoted by Tehran radio as saying</c>, the cue the tagger
    /// takes), the <c>quoted</c> before it in the sentence, outside quotations; else -1.
    /// </summary>
    private static int QuotedBefore(DocumentView v, int cue)
    {
        if (cue < 2 || !IsSaying(v.Chars(cue)) || !v.TextIs(cue - 1, "as"))
        {
            return -1;
        }

        for (int k = cue - 2; k >= 0 && cue - k <= MaxObject + 1 && v.SentenceOf[k] == v.SentenceOf[cue] && !v.InQuote(k); k--)
        {
            if (IsQuoted(v.Chars(k)))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsQuoted(ReadOnlySpan<char> w) =>
        w.Equals("quoted", StringComparison.OrdinalIgnoreCase) || w.Equals("quoting", StringComparison.OrdinalIgnoreCase);

    private static bool IsSaying(ReadOnlySpan<char> w) =>
        w.Equals("saying", StringComparison.Ordinal) || w.Equals("telling", StringComparison.Ordinal) || w.Equals("stating", StringComparison.Ordinal)
        || w.Equals("writing", StringComparison.Ordinal) || w.Equals("warning", StringComparison.Ordinal);
}
