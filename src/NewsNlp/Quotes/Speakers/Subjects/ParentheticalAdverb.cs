using NewsNlp.Documents;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>Others, however, said rates would fall.</c>, <c>The bank, too, said …</c>: a connective adverb set off by commas
/// after a sentence's subject is no source — the subject before its first comma is.
/// </summary>
internal static class ParentheticalAdverb
{
    /// <summary>Connective adverbs that stand between commas after a subject.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Connectives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["however", "though", "too", "meanwhile", "moreover", "furthermore", "instead", "therefore", "nevertheless", "nonetheless", "indeed",
         "also", "thus", "likewise", "similarly", "meantime"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectiveLookup = Connectives.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The subject before the comma when the draft's source is one connective adverb between commas; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        int a = d.SourceFirst;
        if (!d.HasSource || d.SourceEnd - a != 1 || a < 2 || a + 1 >= v.Count || v.Shapes[a] != TokenShape.Lower || !ConnectiveLookup.Contains(v.Chars(a))
            || v.Shapes[a - 1] != TokenShape.Comma || v.Shapes[a + 1] != TokenShape.Comma || v.InQuote(a - 1) || v.SentenceOf[a - 1] != v.SentenceOf[a])
        {
            return (-1, -1);
        }

        int sentenceFirst = Grammar.Clauses.SentenceFirst(v, a - 1);
        if (sentenceFirst == a - 2 && v.Shapes[a - 2] == TokenShape.Capitalised && !v.InQuote(a - 2))
        {
            return (a - 2, a - 1); // "Others, however, said": a one-word subject opening the sentence
        }

        (int f, int e) = Sources.SourceFinder.SubjectBefore(v, a - 1, sentenceFirst);
        return f >= 0 && e == a - 1 && !v.InQuote(f) ? (f, e) : (-1, -1);
    }
}
