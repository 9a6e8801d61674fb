using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 26: <c>Worryingly, said the firm, the number of unpaid invoices had doubled.</c> — a sentence adverb, its comma,
/// then an inverted report (<c>said the firm</c>) inserted before the clause. The tagger reads the noun phrase after the
/// cue as a first content part and leaves no source (the speaker step then takes the adverb for a name). When a quote's
/// one-word cue follows its sentence's first word and a comma, that word is written as an adverb (a capitalised word in
/// -ly or a listed sentence adverb) and is the quote's source (with its comma) if it has one, and the quote's first content part is a
/// short phrase (at most six tokens) right after the cue and before a comma, that phrase becomes the source and the
/// content the rest of the sentence after its comma.
/// </summary>
internal static class AdverbOpenedInversion
{
    /// <summary>Most tokens of the inverted subject after the cue.</summary>
    private const int MaxSubject = 6;

    /// <summary>Sentence adverbs that open a sentence before its comma (capitalised forms are compared lower-cased).</summary>
    private static readonly string[] SentenceAdverbs =
        ["however", "meanwhile", "moreover", "nonetheless", "nevertheless", "instead", "still", "yet", "furthermore", "indeed", "crucially", "separately", "overall"];

    /// <summary>Re-points the source of <paramref name="d"/> when it is opened by <c>Adverb, said X,</c> to X; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        int adverb = d.CueFirst - 2;
        if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || adverb < 0 || (d.HasSource && (d.SourceFirst != adverb || d.SourceEnd > adverb + 2))
            || d.CueEnd != d.CueFirst + 1 || d.Content.Count < 2 || d.FirstToken != d.CueEnd
            || !IsOpeningAdverb(v, adverb) || v.Shapes[adverb + 1] != TokenShape.Comma || v.Shapes[d.CueFirst] != TokenShape.Lower)
        {
            return false;
        }

        int subjectEnd = v.FirstTokenFrom(d.Content[0].End);
        if (subjectEnd >= v.Count || subjectEnd - d.CueEnd > MaxSubject || v.Shapes[subjectEnd] != TokenShape.Comma
            || v.FirstTokenFrom(d.Content[1].Start) != subjectEnd + 1 || !HoldsNoun(v, d.CueEnd, subjectEnd))
        {
            return false;
        }

        d.SetSource(d.CueEnd, subjectEnd);
        d.Content.RemoveAt(0);
        d.FirstToken = subjectEnd + 1;
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
