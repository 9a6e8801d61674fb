namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 20: a person noun with a count after <c>of</c> (<c>the mother of three</c>, <c>a father of two</c>, <c>the
/// grandmother of five</c>) is one noun phrase, though the count word is also a determiner: a subject read leftwards from
/// <c>the 34-year-old mother of three replied</c> starts at <c>the</c> instead of finding no phrase at <c>three</c>.
/// </summary>
internal static class CountComplement
{
    private static readonly string[] Counts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>
    /// The token before <c>of</c> when <paramref name="last"/> is a lower-case count word right after <c>of</c>, which
    /// follows a lower-case word that is no determiner, at or after <paramref name="limit"/>; else -1.
    /// </summary>
    public static int HeadBefore(DocumentView v, int last, int limit)
    {
        int head = last - 2;
        return head >= limit && v.Shapes[last] == TokenShape.Lower && v.TextIsAny(last, Counts) && v.TextIs(last - 1, "of")
            && v.Shapes[head] == TokenShape.Lower && !v.InQuote(head) && !v.Is(head, Lexicon.WordClass.Determiner | Lexicon.WordClass.Boundary | Lexicon.WordClass.Auxiliary)
            ? head
            : -1;
    }
}
