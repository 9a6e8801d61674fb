using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 26: <c>Worryingly, said the firm, the number of unpaid invoices had doubled.</c> — a sentence adverb, its comma,
/// then an inverted report (<c>said the firm</c>) inserted before the clause. The tagger reads the noun phrase after the
/// cue as a first content part and leaves no source (the speaker step then takes the adverb for a name). When a quote's
/// one-word cue follows its sentence's first word and a comma, that word is written as an adverb (a capitalised word in
/// -ly or a listed sentence adverb) and is the quote's source (with its comma) if it has one, and the quote's content
/// starts right after the cue with a short noun phrase (at most six tokens) before a comma, that phrase becomes the
/// source and the content the rest of the sentence after its comma (the tagger may have read only the phrase).
/// </summary>
internal static class AdverbOpenedInversion
{
    /// <summary>Most tokens of the inverted subject after the cue.</summary>
    private const int MaxSubject = 6;

    /// <summary>Fewest tokens of the clause after the subject's comma.</summary>
    private const int MinContent = 3;

    /// <summary>Sentence adverbs that open a sentence before its comma (capitalised forms are compared lower-cased).</summary>
    private static readonly string[] SentenceAdverbs =
        ["however", "meanwhile", "moreover", "nonetheless", "nevertheless", "instead", "still", "yet", "furthermore", "indeed", "crucially", "separately", "overall"];

    /// <summary>Re-points the source of <paramref name="d"/> when it is opened by <c>Adverb, said X,</c> to X; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        int adverb = d.CueFirst - 2;
        if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || adverb < 0 || (d.HasSource && (d.SourceFirst != adverb || d.SourceEnd > adverb + 2))
            || d.CueEnd != d.CueFirst + 1 || d.Content.Count == 0 || d.FirstToken != d.CueEnd || d.EndToken > v.Count
            || !IsOpeningAdverb(v, adverb) || v.Shapes[adverb + 1] != TokenShape.Comma || v.Shapes[d.CueFirst] != TokenShape.Lower)
        {
            return false;
        }

        int subjectEnd = d.CueEnd + 1;
        while (subjectEnd < v.Count && subjectEnd - d.CueEnd <= MaxSubject && v.Shapes[subjectEnd] != TokenShape.Comma && v.SentenceOf[subjectEnd] == v.SentenceOf[adverb])
        {
            subjectEnd++;
        }

        int end = subjectEnd + 1;
        while (end < v.Count && v.SentenceOf[end] == v.SentenceOf[adverb])
        {
            end++;
        }

        while (end > subjectEnd + 1 && v.Shapes[end - 1] is TokenShape.SentenceEnd or TokenShape.QuoteMark)
        {
            end--;
        }

        if (subjectEnd >= v.Count || v.Shapes[subjectEnd] != TokenShape.Comma || end - (subjectEnd + 1) < MinContent || end < d.EndToken
            || !HoldsNoun(v, d.CueEnd, subjectEnd) || !HoldsNoun(v, subjectEnd + 1, end))
        {
            return false;
        }

        d.SetSource(d.CueEnd, subjectEnd);
        d.Content.Clear();
        d.Content.Add(v.Span(subjectEnd + 1, end));
        d.FirstToken = subjectEnd + 1;
        d.EndToken = end;
        return true;
    }

    private static bool IsOpeningAdverb(DocumentView v, int t)
    {
        if (v.Shapes[t] != TokenShape.Capitalised || Grammar.Clauses.SentenceFirst(v, t) != t)
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(t);
        if (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string adverb in SentenceAdverbs)
        {
            if (word.Equals(adverb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A determiner, a name or a capitalised word in <c>[first, end)</c>, and no quotation: a noun phrase.</summary>
    private static bool HoldsNoun(DocumentView v, int first, int end)
    {
        bool noun = false;
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.SentenceEnd)
            {
                return false;
            }

            noun |= v.Is(t, WordClass.Determiner) || v.Shapes[t] == TokenShape.Capitalised;
        }

        return noun;
    }
}
