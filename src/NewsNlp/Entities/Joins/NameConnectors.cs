namespace NewsNlp.Entities.Joins;

/// <summary>The small words that join the parts of one organisation name (<c>Procter and Gamble</c>, <c>Bank of America</c>, <c>Committee to Protect Journalists</c>).</summary>
internal static class NameConnectors
{
    /// <summary><c>and</c>, <c>&amp;</c>, <c>of</c>, <c>for</c>, <c>to</c>.</summary>
    public static bool IsConnector(ReadOnlySpan<char> word) =>
        IsAnd(word)
        || word.Equals("of", StringComparison.OrdinalIgnoreCase)
        || word.Equals("for", StringComparison.OrdinalIgnoreCase)
        || word.Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>and</c> or <c>&amp;</c> (<c>Marks and Spencer</c>, <c>S&amp;P</c> spelt out).</summary>
    public static bool IsAnd(ReadOnlySpan<char> word) => word is "&" || word.Equals("and", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connector or <c>the</c> (<c>Friends of the Earth</c>): a lower-case word that may stand inside a name between capitalised words.</summary>
    public static bool IsInner(ReadOnlySpan<char> word) => IsConnector(word) || word.Equals("the", StringComparison.OrdinalIgnoreCase);
}
