namespace NewsNlp.Stance.Sides;

/// <summary>
/// "back" is the act of supporting ("we back the plan", "the players fully back him") only as a verb. After a verb of
/// motion or return it is an adverb ("go back on to the front bench", "we will come back and hunt", "a country that goes
/// back") and after a determiner it is a noun or a modifier ("their back office computers"): neither takes a side.
/// </summary>
internal static class AdverbialBack
{
    private static readonly HashSet<string> MotionVerbs = new(StringComparer.Ordinal)
    {
        "go", "goes", "going", "went", "gone", "come", "comes", "coming", "came", "get", "gets", "getting", "got", "bring", "brings",
        "bringing", "brought", "look", "looks", "looking", "looked", "turn", "turns", "turning", "turned", "move", "moves", "moving",
        "moved", "fight", "fights", "fighting", "fought", "hold", "holds", "holding", "held", "pay", "pays", "paying", "paid", "give",
        "gives", "giving", "gave", "step", "steps", "stepping", "stepped", "fall", "falls", "falling", "fell", "way",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
    };

    /// <summary>Whether <paramref name="words"/>[<paramref name="i"/>] is "back" and is no verb there.</summary>
    public static bool IsAdverbOrNoun(IReadOnlyList<string> words, int i)
    {
        ArgumentNullException.ThrowIfNull(words);
        return i > 0 && i < words.Count && words[i] == "back" && (MotionVerbs.Contains(words[i - 1]) || Determiners.Contains(words[i - 1]));
    }
}
