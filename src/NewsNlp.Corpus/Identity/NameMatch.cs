namespace NewsNlp.Corpus.Identity;

/// <summary>
/// How well a normalised name matches a query (both as from <see cref="IdentityKey.Words"/>), 0..1: 1 the same name;
/// 0.9 every query word is a word of the name ("blair" in "tony blair"); 0.8 the query's words are prefixes of the
/// name's words, in order ("t blair", "tony bl"); otherwise the Jaro-Winkler similarity of the two strings when at least
/// 0.85 (a typo: "tony blare"), else 0.
/// </summary>
public static class NameMatch
{
    /// <summary>The lowest Jaro-Winkler similarity counted as a typo of the same name.</summary>
    public const double MinTypoSimilarity = 0.85;

    /// <summary>The score of <paramref name="name"/> against <paramref name="query"/>.</summary>
    public static double Score(IReadOnlyList<string> query, IReadOnlyList<string> name)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(name);
        if (query.Count == 0 || name.Count == 0)
        {
            return 0;
        }

        if (query.SequenceEqual(name, StringComparer.Ordinal))
        {
            return 1;
        }

        if (query.All(q => name.Contains(q, StringComparer.Ordinal)))
        {
            return 0.9;
        }

        if (PrefixesInOrder(query, name))
        {
            return 0.8;
        }

        double similarity = JaroWinkler(string.Join(' ', query), string.Join(' ', name));
        return similarity >= MinTypoSimilarity ? similarity * 0.75 : 0;
    }

    private static bool PrefixesInOrder(IReadOnlyList<string> query, IReadOnlyList<string> name)
    {
        int at = 0;
        foreach (string q in query)
        {
            while (at < name.Count && !name[at].StartsWith(q, StringComparison.Ordinal))
            {
                at++;
            }

            if (at == name.Count)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    /// <summary>Jaro-Winkler similarity of two strings (prefix scale 0.1, up to 4 characters).</summary>
    public static double JaroWinkler(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        int window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var aMatched = new bool[a.Length];
        var bMatched = new bool[b.Length];
        int matches = 0;
        for (int i = 0; i < a.Length; i++)
        {
            int from = Math.Max(0, i - window), to = Math.Min(b.Length - 1, i + window);
            for (int j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        int transpositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[j])
            {
                j++;
            }

            if (a[i] != b[j])
            {
                transpositions++;
            }

            j++;
        }

        double m = matches;
        double jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        int prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }
}
