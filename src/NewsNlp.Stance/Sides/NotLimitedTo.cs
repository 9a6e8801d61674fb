namespace NewsNlp.Stance.Sides;

/// <summary>
/// "not limited to X" (also "not confined to", "not restricted to", "not just limited to") says X and more: the negation
/// widens, it does not deny X ("deceit at the heart of government which was not limited to the visa affair" asserts the
/// deceit in the visa affair). The negator of such a phrase reaches no word.
/// </summary>
internal static class NotLimitedTo
{
    private static readonly HashSet<string> LimitWords = new(StringComparer.Ordinal) { "limited", "confined", "restricted" };

    private static readonly HashSet<string> Between = new(StringComparer.Ordinal) { "just", "only", "simply", "merely", "solely", "purely" };

    /// <summary>Whether the negator at <paramref name="k"/> of <paramref name="words"/> (lower case) opens "not limited to".</summary>
    public static bool IsAt(IReadOnlyList<string> words, int k)
    {
        int j = k + 1;
        if (j < words.Count && (words[j] == "be" || words[j] == "been"))
        {
            j++;
        }

        if (j < words.Count && Between.Contains(words[j]))
        {
            j++;
        }

        return j + 1 < words.Count && LimitWords.Contains(words[j]) && words[j + 1] == "to";
    }
}
