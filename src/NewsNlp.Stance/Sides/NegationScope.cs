namespace NewsNlp.Stance.Sides;

/// <summary>
/// Whether a negation reaches a word, read the same way by every side reading (cues, predictions, sizes of harm): a negator
/// (<see cref="PolarityOperators.Negators"/>: "not", "never", "no", "nothing", "nobody", "hardly" … or a word ending in
/// "n't") up to a few words before it, unless a contrast word comes between them ("not racist, just common sense", "not a
/// mistake but a disaster", "not just a mistake": what follows "just" or "but" is asserted). "without" is no negator here:
/// it acts on its object ("without trial"; a shifter of the composition) and "without doubt" asserts what follows.
/// </summary>
internal static class NegationScope
{
    /// <summary>How many words before a word a negation reaches by default.</summary>
    public const int DefaultWords = 3;

    /// <summary>Words after which a preceding negation no longer applies ("not X but Y", "not X, just Y", "not just Y").</summary>
    private static readonly HashSet<string> ContrastWords = new(StringComparer.Ordinal) { "but", "just", "merely", "simply", "only", "rather", "instead" };

    /// <summary>Whether a negator up to <paramref name="scope"/> words before word <paramref name="i"/> of <paramref name="words"/> (lower case) reaches it.</summary>
    public static bool Reaches(string[] words, int i, int scope = DefaultWords)
    {
        bool negated = false;
        for (int k = Math.Max(0, i - scope); k < i; k++)
        {
            if (IsNegator(words[k]))
            {
                negated = true;
            }
            else if (negated && ContrastWords.Contains(words[k]))
            {
                negated = false;
            }
        }

        return negated;
    }

    /// <summary>Whether <paramref name="word"/> (lower case) is a negator.</summary>
    public static bool IsNegator(string word) =>
        PolarityOperators.Negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);
}
