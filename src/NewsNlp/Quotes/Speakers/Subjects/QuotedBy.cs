using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// A publication that quotes someone is not the speaker: in <c>Ana Ruiz was quoted in the Daily Courier saying: "…"</c>
/// and <c>was quoted by state radio as saying</c> the speaker is the subject of "was quoted"; in <c>The Daily Courier
/// quoted Ana Ruiz as saying</c> it is the object of "quoted". The quote's source span is left as it is; the speaker is
/// resolved from the returned phrase.
/// </summary>
internal static class QuotedBy
{
    /// <summary>Most tokens of the quoted person's phrase between "quoted" and "as".</summary>
    private const int MaxObject = 8;

    /// <summary>The person the source mention quoted, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || d.SourceFirst < 0 || d.SourceEnd > v.Count || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        int sentence = v.SentenceOf[d.SourceFirst];
        int limit = NounPhrases.SentenceStart(v, d.SourceFirst);

        // Passive: "X was quoted in/by | the Daily Courier".
        // The source may hold the preposition itself ("was quoted | in a French newspaper | as saying").
        int prep = d.SourceFirst - 1;
        if (v.Shapes[d.SourceFirst] == TokenShape.Lower && (v.TextIs(d.SourceFirst, "in") || v.TextIs(d.SourceFirst, "by")))
        {
            prep = d.SourceFirst;
        }
        else if (prep >= 0 && v.Is(prep, WordClass.Determiner))
        {
            prep--;
        }

        if (prep - 2 >= limit && v.Shapes[prep] == TokenShape.Lower && (v.TextIs(prep, "in") || v.TextIs(prep, "by")) && IsQuoted(v, prep - 1)
            && v.Is(prep - 2, WordClass.Auxiliary))
        {
            int aux = prep - 2;
            while (aux - 1 >= limit && v.Is(aux - 1, WordClass.Auxiliary | WordClass.Adverb))
            {
                aux--;
            }

            (int f, int e) = SourceFinder.SubjectBefore(v, aux, limit);
            return f >= 0 && v.SentenceOf[f] == sentence ? (f, e) : (-1, -1);
        }

        // Active: "the Daily Courier | quoted X as saying".
        int quoted = d.SourceEnd;
        if (quoted < v.Count && IsQuoted(v, quoted) && quoted + 1 < v.Count)
        {
            int first = quoted + 1, end = first;
            while (end < v.Count && end - first < MaxObject && v.SentenceOf[end] == sentence && !v.InQuote(end) && !(v.TextIs(end, "as") && v.Shapes[end] == TokenShape.Lower))
            {
                end++;
            }

            bool asSaying = end + 1 < v.Count && v.TextIs(end, "as") && v.Shapes[end] == TokenShape.Lower && v.Chars(end + 1).EndsWith("ing", StringComparison.Ordinal);
            return asSaying && end > first && (v.IsNameToken(first) || v.Is(first, WordClass.Determiner)) ? (first, end) : (-1, -1);
        }

        return (-1, -1);
    }

    private static bool IsQuoted(DocumentView v, int t) => v.Shapes[t] == TokenShape.Lower && v.TextIs(t, "quoted");
}
