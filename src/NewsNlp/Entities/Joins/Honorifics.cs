namespace NewsNlp.Entities.Joins;

/// <summary>The courtesy titles that stand before a person's name and nothing else (<c>Mr</c>, <c>Mrs.</c>, <c>Lord</c>, <c>Dame</c>).</summary>
internal static class Honorifics
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "lord", "lady", "dame", "baroness",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a courtesy title, ignoring case.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
