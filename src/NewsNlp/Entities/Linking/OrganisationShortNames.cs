namespace NewsNlp.Entities.Linking;

/// <summary>
/// A firm's or party's short name and its full name, one organisation: the full name is the short name and at most
/// <see cref="MaxMiddleWords"/> more words ending in a designator (<c>Ford</c> ↔ <c>Ford Motor Co.</c>, <c>National
/// Gypsum</c> ↔ <c>National Gypsum Co</c>, <c>Oak</c> ↔ <c>Oak Industries</c>, <c>Labour</c> ↔ <c>Labour Party</c>). Names are the linker's lower-cased
/// name tokens; a one-word short name must not be a word that opens many names (<c>National</c> and <c>General</c> are
/// no firm of their own).
/// </summary>
internal static class OrganisationShortNames
{
    /// <summary>Most words between the short name and the designator.</summary>
    private const int MaxMiddleWords = 2;

    private static readonly HashSet<string> Designators = new(StringComparer.Ordinal)
    {
        "co", "cos", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "lp", "ag",
        "sa", "nv", "bv", "spa", "gmbh", "group", "holdings", "industries", "party",
    };

    private static readonly HashSet<string> OpeningWords = new(StringComparer.Ordinal)
    {
        "national", "general", "united", "american", "british", "international", "first", "new", "royal", "the",
        "standard", "continental", "federal", "central", "western", "eastern", "northern", "southern", "global",
    };

    /// <summary>True when one of <paramref name="a"/> and <paramref name="b"/> is the other's short name.</summary>
    public static bool Match(string[] a, string[] b)
    {
        (string[] shorter, string[] longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.Length < longer.Length && IsFullName(longer, shorter.Length) && longer.AsSpan(0, shorter.Length).SequenceEqual(shorter);
    }

    /// <summary>True when the first <paramref name="shortLength"/> tokens of <paramref name="full"/> may be its short name.</summary>
    public static bool IsFullName(string[] full, int shortLength) =>
        shortLength >= 1 && full.Length - shortLength - 1 <= MaxMiddleWords && full.Length > shortLength
        && Designators.Contains(full[^1].TrimEnd('.')) && !(shortLength == 1 && OpeningWords.Contains(full[0]))
        && !Designators.Contains(full[shortLength - 1].TrimEnd('.'));
}
