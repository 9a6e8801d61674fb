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
    /// <summary>True when <paramref name="d"/> continues a speaker and the cue at <paramref name="cueFirst"/> starts a later sentence than the quotation's end.</summary>
    public static bool KeepsContinuation(DocumentView v, QuoteDraft d, int cueFirst)
    {
        if (d.ContinuesFrom is null || cueFirst < Math.Max(d.EndToken, d.CloseEnd) || d.EndToken <= 0)
        {
            return false;
        }

        int last = Math.Min(v.Count, Math.Max(d.EndToken, d.CloseEnd)) - 1;
        return v.SentenceOf[cueFirst] != v.SentenceOf[last] || Clauses.EndsSentence(v, d);
    }
}
