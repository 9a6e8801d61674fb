namespace NewsNlp.Entities.Linking;

/// <summary>
/// A body's name with its words cut short, as news writes a party or a club a second time: <c>Lib Dems</c> for
/// <c>Liberal Democrats</c>, <c>Lib Dem</c> for <c>Lib Dems</c>. Two names of the same number of words (two to four) are one
/// name when each word of the shorter is the start of the other's word in the same place (three letters at least, or the
/// whole word; a plural cut keeps its <c>s</c>: <c>Dems</c>, <c>Democrats</c>), at least one word is cut, and every word of the mention opens with a capital. Either may come first. The linker
/// joins organisation and miscellaneous mentions so, and the cluster is the organisation when either was typed one.
/// </summary>
internal static class ShortenedOrganisationName
{
    /// <summary>Most words a shortened name has.</summary>
    private const int MaxWords = 4;

    /// <summary>Shortest cut word (<c>Lib</c>); shorter ones are initials or fragments, not a shortened name.</summary>
    private const int MinCutLength = 3;

    /// <summary>
    /// True when one of <paramref name="a"/> and <paramref name="b"/> (lower-cased name tokens) is the other with words cut
    /// short; <paramref name="aText"/> is the mention's name as written (its capitals are checked there).
    /// </summary>
    public static bool Match(string[] a, string aText, string[] b)
    {
        if (a.Length != b.Length || a.Length < 2 || a.Length > MaxWords || !Capitalised(aText, a.Length))
        {
            return false;
        }

        return Shortens(a, b) || Shortens(b, a);
    }

    private static bool Shortens(string[] shorter, string[] longer)
    {
        bool cut = false;
        for (int i = 0; i < shorter.Length; i++)
        {
            string s = shorter[i], l = longer[i];
            if (s == l)
            {
                continue;
            }

            bool start = l.StartsWith(s, StringComparison.Ordinal)
                || (s.Length > MinCutLength && s[^1] == 's' && l[^1] == 's' && l.StartsWith(s[..^1], StringComparison.Ordinal)); // Dems, Democrats
            if (s.Length < MinCutLength || s.Length >= l.Length || !start || !char.IsLetter(s[0]))
            {
                return false;
            }

            cut = true;
        }

        return cut;
    }

    /// <summary>True when the written name has <paramref name="words"/> space-separated words, each opening with a capital.</summary>
    private static bool Capitalised(string text, int words)
    {
        string[] parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == words && Array.TrueForAll(parts, p => char.IsUpper(p[0]));
    }
}
