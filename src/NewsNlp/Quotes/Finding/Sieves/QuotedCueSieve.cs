using NewsNlp.Documents;
using NewsNlp.Quotes.Acts;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>
/// A reporting verb the writer puts in quotation marks is the cue, not what was said: <c>A Tory spokesman “totally
/// refuted” any wrongdoing.</c> — the quotation holds only adverbs and one speech verb, right after the sentence's subject
/// and before a lower-case object; the report is the rest of the sentence, with the subject as its source
/// (<c>quoted-cue</c>, indirect).
/// </summary>
internal sealed class QuotedCueSieve : IDirectQuoteSieve
{
    private const int MaxQuotedWords = 3;

    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        int open = d.OpenToken, after = d.CloseEnd;
        if (d.Unclosed || open <= 0 || after <= 0 || after >= v.Count || d.EndToken <= d.FirstToken
            || d.EndToken - d.FirstToken > MaxQuotedWords || !IsQuotedCue(v, d.FirstToken, d.EndToken))
        {
            return false;
        }

        int sentence = v.SentenceOf[open];
        // The object opens with a lower-case word; a cue word there is a plural noun ("rebutted" claims that …).
        if (v.SentenceOf[after] != sentence || v.InQuote(after) || v.Shapes[after] != TokenShape.Lower || v.Is(after, WordClass.Auxiliary)
            || (v.Is(after, WordClass.CueVerb) && !v.Chars(after).EndsWith("s", StringComparison.Ordinal)))
        {
            return false;
        }

        int start = open;
        while (start > 0 && v.SentenceOf[start - 1] == sentence && v.ParagraphOf[start - 1] == v.ParagraphOf[open] && open - start < 30)
        {
            start--;
        }

        (int sf, int se) = SourceFinder.SubjectBefore(v, open, start);
        if (sf < 0 || se != open)
        {
            return false;
        }

        int first = v.Is(after, WordClass.That) && after + 1 < v.Count && v.SentenceOf[after + 1] == sentence ? after + 1 : after;
        int end = first;
        while (end < v.Count && v.SentenceOf[end] == sentence && v.Shapes[end] != TokenShape.SentenceEnd && !v.InQuote(end) && v.Shapes[end] != TokenShape.QuoteMark)
        {
            end++;
        }

        if (end - first < 1)
        {
            return false;
        }

        d.Kind = QuoteKind.Indirect;
        d.Content.Clear();
        d.Content.Add(v.Span(first, end));
        d.SetCue(d.FirstToken, d.EndToken);
        d.SetSource(sf, se);
        d.FirstToken = first;
        d.EndToken = end;
        d.OpenToken = -1;
        d.CloseEnd = -1;
        d.DirectIndex = -1;
        d.WordCount = Clauses.CountWords(v, first, end);
        d.Confidence = 0.7;
        d.DecidedBy = RuleNames.QuotedCue;
        return true;
    }

    /// <summary>
    /// Adverbs (<c>totally</c>, <c>strongly</c>, <c>not</c>) then one finite verb of saying — a reporting verb or a verb
    /// the act lists type as speech (<c>refuted</c>, <c>rebutted</c>) — and nothing else.
    /// </summary>
    private static bool IsQuotedCue(DocumentView v, int first, int end)
    {
        int last = end - 1;
        if (v.Shapes[last] != TokenShape.Lower || v.Chars(last).EndsWith("ing", StringComparison.Ordinal) || v.Is(last, WordClass.Auxiliary)
            || !(v.Is(last, WordClass.CueVerb) || (ActLexicon.TryGet(v.Chars(last), out ActLexicon.Entry entry) && entry.Act == AttributionAct.Speech)))
        {
            return false;
        }

        for (int t = first; t < last; t++)
        {
            if (!(v.Is(t, WordClass.Adverb) || SourceFinder.IsLyAdverb(v, t)))
            {
                return false;
            }
        }

        return true;
    }
}
