namespace NewsNlp.Stance.Sides;

/// <summary>
/// "lies" (and "lie") as the verb of place is no verdict of deceit: "the greatest potential … lies in a compromise", "the
/// blame lies with the board", "the answer lies elsewhere", "what lies ahead". The verb is followed by a preposition or
/// adverb of place; "told lies in parliament", "spreading lies about the plan" keep the verdict (a verb of telling or a
/// determiner before it makes it the noun).
/// </summary>
internal static class LocativeLie
{
    private static readonly HashSet<string> LieWords = new(StringComparer.Ordinal) { "lies", "lie" };

    /// <summary>Prepositions and adverbs of place after the verb "lie".</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "in", "with", "at", "within", "ahead", "behind", "beyond", "elsewhere", "between", "among", "outside", "beneath", "along",
    };

    /// <summary>Words before "lies" that make it the noun (what someone tells).</summary>
    private static readonly HashSet<string> NounOpeners = new(StringComparer.Ordinal)
    {
        "a", "the", "these", "those", "such", "more", "of", "and", "all", "any", "no", "big", "white", "outright", "blatant", "damned",
        "tell", "tells", "told", "telling", "spread", "spreads", "spreading", "peddle", "peddles", "peddled", "peddling", "repeat", "repeated",
    };

    /// <summary>Whether the one-word cue at <paramref name="i"/> of <paramref name="words"/> (lower case) is the verb of place.</summary>
    public static bool IsAt(string[] words, int i, int length) =>
        length == 1 && LieWords.Contains(words[i]) && i + 1 < words.Length && PlaceWords.Contains(words[i + 1])
        && (i == 0 || !NounOpeners.Contains(words[i - 1]));
}
