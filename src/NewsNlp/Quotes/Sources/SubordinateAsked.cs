namespace NewsNlp.Quotes.Sources;

/// <summary>
/// <c>…, he said when asked whether …</c>, <c>After being asked about …</c>: <c>asked</c> after a subordinator (when, if,
/// after, before, once, while, as, until; <c>being</c> and an adverb may come between) is a passive with its agent left
/// out — the sentence's subject was asked, the unnamed asker is the source of the question — unless <c>by</c> names the
/// asker (<c>when asked by a reporter</c>).
/// </summary>
internal static class SubordinateAsked
{
    private static readonly string[] Subordinators = ["when", "if", "after", "before", "once", "while", "as", "until", "whenever"];

    /// <summary>Most words between the subordinator and <c>asked</c> ("when first asked", "after being repeatedly asked").</summary>
    private const int MaxBetween = 2;

    /// <summary>True when the <c>asked</c> at <paramref name="asked"/> is such a passive.</summary>
    public static bool Is(DocumentView v, int asked)
    {
        if (!v.TextIs(asked, "asked") || v.Shapes[asked] != TokenShape.Lower || v.TextIs(asked + 1, "by"))
        {
            return false;
        }

        int sentence = v.SentenceOf[asked];
        for (int t = asked - 1; t >= 0 && asked - t <= MaxBetween + 1 && v.SentenceOf[t] == sentence; t--)
        {
            foreach (string s in Subordinators)
            {
                if (v.TextIs(t, s))
                {
                    return true;
                }
            }

            if (!(v.TextIs(t, "being") || v.Is(t, Lexicon.WordClass.Adverb) || SourceFinder.IsLyAdverb(v, t)))
            {
                return false;
            }
        }

        return false;
    }
}
