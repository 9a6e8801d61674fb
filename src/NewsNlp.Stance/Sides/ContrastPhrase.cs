namespace NewsNlp.Stance.Sides;

/// <summary>
/// "X rather than Y", "X instead of Y": the phrase after "rather than" or "instead of" is the contrary of what the sentence
/// asserts. "Turkey would be a benefit rather than a burden to the EU" says Turkey is no burden, so a speaker who says
/// "Turkey will not be a burden" agrees with it (<see cref="PolarityComposer"/> gives the denied phrase's words the sign −1).
/// The denied phrase is the noun phrase right after the two words: it ends at a preposition, a verb of the main clause is
/// not in it ("a burden to the EU": only "a burden").
/// </summary>
internal static class ContrastPhrase
{
    /// <summary>Words in which the denied phrase may stand at most.</summary>
    private const int MaxWords = 4;

    private static readonly HashSet<string> Ends = new(StringComparer.Ordinal)
    {
        "to", "of", "for", "in", "on", "at", "by", "with", "from", "into", "over", "under", "about", "against", "and", "or", "as", "than",
    };

    /// <summary>
    /// When <paramref name="clause"/>[<paramref name="i"/>] opens "rather than" or "instead of": the index where the denied
    /// phrase after it ends (exclusive); otherwise null.
    /// </summary>
    public static int? At(string[] clause, int i)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (i + 2 >= clause.Length || !((clause[i] == "rather" && clause[i + 1] == "than") || (clause[i] == "instead" && clause[i + 1] == "of")))
        {
            return null;
        }

        int end = i + 2;
        while (end < clause.Length && end < i + 2 + MaxWords && !Ends.Contains(clause[end]))
        {
            end++;
        }

        return end;
    }
}
