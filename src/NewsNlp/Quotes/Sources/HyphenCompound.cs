namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A hyphen written with no space between two words (<c>31-year-old</c>, <c>well-known</c>): one word of the phrase, so a
/// subject read leftwards from <c>The 31-year-old admitted</c> keeps the whole compound instead of stopping at <c>old</c>.
/// </summary>
internal static class HyphenCompound
{
    /// <summary>True when the dash at <paramref name="dash"/> joins the words right before and after it, with no space, and the one before is at or after <paramref name="limit"/>.</summary>
    public static bool JoinsAt(DocumentView v, int dash, int limit) =>
        dash - 1 >= limit && v.IsClosedUpDash(dash)
        && IsWord(v, dash - 1) && IsWord(v, dash + 1) && !v.InQuote(dash - 1);

    private static bool IsWord(DocumentView v, int k) => v.Shapes[k] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number;
}
