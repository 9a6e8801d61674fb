namespace NewsNlp.Entities.Linking;

/// <summary>
/// A firm's or party's short name and its full name, one organisation: the full name is the short name and at most
/// <see cref="MaxMiddleWords"/> more words ending in a designator (<c>Ford</c> ↔ <c>Ford Motor Co.</c>, <c>National
/// Gypsum</c> ↔ <c>National Gypsum Co</c>, <c>Oak</c> ↔ <c>Oak Industries</c>, <c>Labour</c> ↔ <c>Labour Party</c>) or in
/// a word for the firm's trade that no place or person ends in (<c>Varro</c> ↔ <c>Varro Therapeutics</c>, <c>Varro
/// Bio</c>, <c>Varro Software</c>). Initials opening the full name are no part of the short name (<c>Beazer</c> ↔
/// <c>C.H. Beazer Holdings PLC</c>). Names are the linker's lower-cased name tokens; a one-word short name must not be a
/// word that opens many names (<c>National</c> and <c>General</c> are no firm of their own).
/// </summary>
internal static class OrganisationShortNames
{
    /// <summary>Most words between the short name and the designator.</summary>
    private const int MaxMiddleWords = 2;

    private static readonly HashSet<string> Designators = new(StringComparer.Ordinal)
    {
        "co", "cos", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "lp", "ag",
        "sa", "nv", "bv", "spa", "gmbh", "group", "holdings", "industries", "party",

        // a firm's trade (session 26: "Corvan Therapeutics" … "Corvan said")
        "therapeutics", "bio", "biotech", "biosciences", "pharmaceuticals", "pharma", "laboratories", "labs", "technologies",
        "software", "networks", "semiconductor", "semiconductors", "airlines", "airways", "motors", "securities", "bancorp",
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
        if (shorter.Length >= longer.Length)
        {
            return false;
        }

        if (IsFullName(longer, shorter.Length) && longer.AsSpan(0, shorter.Length).SequenceEqual(shorter))
        {
            return true;
        }

        int initials = LeadingInitials(longer);
        return initials > 0 && shorter.Length < longer.Length - initials && IsFullName(longer[initials..], shorter.Length)
            && longer.AsSpan(initials, shorter.Length).SequenceEqual(shorter);
    }

    /// <summary>
    /// How many tokens of initials open <paramref name="name"/> (<c>c.h.</c>, <c>j.</c>: letters each followed by a
    /// dot), when a word follows them; 0 when none.
    /// </summary>
    public static int LeadingInitials(ReadOnlySpan<string> name)
    {
        int k = 0;
        while (k < name.Length - 1 && IsInitials(name[k]))
        {
            k++;
        }

        return k;
    }

    private static bool IsInitials(string token)
    {
        if (token.Length < 2 || token.Length % 2 != 0)
        {
            return false;
        }

        for (int i = 0; i < token.Length; i += 2)
        {
            if (!char.IsLetter(token[i]) || token[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the first <paramref name="shortLength"/> tokens of <paramref name="full"/> may be its short name.</summary>
    public static bool IsFullName(string[] full, int shortLength) =>
        shortLength >= 1 && full.Length - shortLength - 1 <= MaxMiddleWords && full.Length > shortLength
        && Designators.Contains(full[^1].TrimEnd('.')) && !(shortLength == 1 && OpeningWords.Contains(full[0]))
        && !Designators.Contains(full[shortLength - 1].TrimEnd('.'));
}
