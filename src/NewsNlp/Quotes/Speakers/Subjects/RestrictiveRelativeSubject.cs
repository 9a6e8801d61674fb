using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 17: <c>The company that makes half the flu vaccine used in the United States said</c>, <c>The host who also
/// presents Stars In Their Eyes said</c>: a restrictive relative clause (no comma) right after the noun phrase that opens
/// the sentence runs up to the cue; the source finder took a name inside the clause. The opening phrase speaks. The
/// relative word must be followed by the clause's verb (a lower-case word that is no determiner): <c>Reports that the
/// minister said</c> is a report of what the minister said. The quote's source span is left as it is.
/// </summary>
internal static class RestrictiveRelativeSubject
{
    /// <summary>Most tokens of the relative clause.</summary>
    private const int MaxClause = 15;

    private static readonly string[] RelativeWords = ["that", "who", "which"];

    /// <summary>The sentence's opening noun phrase when the source lies in its restrictive relative clause before the cue; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.CueFirst < d.SourceEnd || d.CueFirst - d.SourceEnd > 2 || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        int start = NounPhrases.SentenceStart(v, d.SourceFirst);
        for (int r = d.SourceFirst - 1; r > start && d.SourceFirst - r <= MaxClause; r--)
        {
            if (v.InQuote(r) || v.Shapes[r] is TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.Colon or TokenShape.Semicolon or TokenShape.QuoteMark or TokenShape.Dash)
            {
                return (-1, -1);
            }

            if (v.Shapes[r] != TokenShape.Lower || !v.TextIsAny(r, RelativeWords))
            {
                continue;
            }

            int next = r + 1;
            if (next >= d.SourceFirst || v.Shapes[next] != TokenShape.Lower || v.Is(next, WordClass.Determiner | WordClass.SubjectPronoun))
            {
                return (-1, -1);
            }

            (int f, int e) = SourceFinder.SentenceSubject(v, start, r);
            return f == start && e > f && e <= r && LowerNounsUpTo(v, e, r) && !v.Is(f, WordClass.SubjectPronoun) ? (f, r) : (-1, -1);
        }

        return (-1, -1);
    }

    /// <summary>
    /// Session 28: true when [<paramref name="from"/>, <paramref name="relative"/>) is empty or only lower-case nouns — the
    /// subject finder stops after one lower-case word that is no role noun ("A senior | barrister who has resigned …"): the
    /// head is the noun right before the relative word.
    /// </summary>
    private static bool LowerNounsUpTo(DocumentView v, int from, int relative)
    {
        for (int t = from; t < relative; t++)
        {
            if (!NounPhrases.IsNounAfter(v, t) || relative - from > 1)
            {
                return false;
            }
        }

        return true;
    }
}
