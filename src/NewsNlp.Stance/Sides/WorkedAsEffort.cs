namespace NewsNlp.Stance.Sides;

/// <summary>
/// "have worked" is a verdict of success ("the measures have worked") only when nothing says how or at what: "have worked
/// hard to get a deal", "have worked closely with the council", "worked on the bid for months" tell of effort, not of
/// whether something succeeded.
/// </summary>
internal static class WorkedAsEffort
{
    private static readonly HashSet<string> EffortWords = new(StringComparer.Ordinal)
    {
        "hard", "harder", "tirelessly", "closely", "together", "with", "for", "on", "at", "around", "alongside", "through",
        "long", "day", "night", "extremely", "very", "so", "incredibly", "flat", "constructively", "diligently", "to",
    };

    /// <summary>Whether the cue at <paramref name="i"/> (<paramref name="length"/> words, ending in "worked") is followed by a word of effort.</summary>
    public static bool IsAt(string[] words, int i, int length)
    {
        int end = i + length;
        return length > 0 && words[end - 1] is "worked" or "work" or "works" && end < words.Length && EffortWords.Contains(words[end]);
    }
}
