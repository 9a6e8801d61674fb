using NewsNlp.Documents;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Session 25: a closing report's subject may be one of a group — <c>…, one of the people said.</c>, <c>…, two of the
/// officials said.</c>, <c>…, some of the analysts said.</c> The subject finder stops at <c>the people</c>; the subject
/// reaches back over the quantifier and <c>of</c>, so the comma before it closes the reported clause.
/// </summary>
internal static class PartitiveSubject
{
    private static readonly string[] Quantifiers =
    [
        "one", "two", "three", "four", "five", "some", "several", "many", "most", "all", "both", "each", "either", "neither",
        "none", "another",
    ];

    /// <summary>The first token of the subject that starts at <paramref name="f"/>, extended over <c>one of</c> (not before <paramref name="a"/>).</summary>
    public static int Extend(DocumentView v, int f, int a)
    {
        if (f - 2 <= a || !v.TextIs(f - 1, "of") || v.InQuote(f - 2))
        {
            return f;
        }

        int q = f - 2;
        bool quantifier = (v.Shapes[q] is TokenShape.Lower or TokenShape.Capitalised && v.TextIsAny(q, Quantifiers))
            || v.Shapes[q] == TokenShape.Number;
        return quantifier && v.Shapes[q - 1] == TokenShape.Comma ? q : f;
    }
}
