namespace NewsNlp.Stance.Sides;

/// <summary>
/// A name in an "of" phrase after a common noun of the claim's subject is what the subject is about, not the subject:
/// "Labour's poster of Michael Howard is offensive" judges the poster (Howard is its target, and speaks against it),
/// "The sacking of the coach was a mistake" is for the coach. Such names do not make their entity the claim's subject
/// (so its speaker takes no "own side" of the claim's effect on the subject). A name's own "of" stays whole: "The Bank of
/// England", "The Arts Council of Wales" (a capitalised word before "of").
/// </summary>
internal static class SubjectOfPhrase
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "their", "his", "her" };

    /// <summary>The lower-case words (possessive removed) of the capitalised names after "of" and a common noun in the claim's subject.</summary>
    public static IReadOnlySet<string> ObjectNames(ClaimFrame claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var names = new HashSet<string>(StringComparer.Ordinal);
        string[] tokens = claim.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int subjectTokens = Math.Min(tokens.Length, claim.VerbIndex);
        for (int i = 1; i + 1 < subjectTokens; i++)
        {
            if (tokens[i] != "of" || !char.IsLower(tokens[i - 1][0]))
            {
                continue;
            }

            int j = i + 1;
            while (j < subjectTokens && Determiners.Contains(tokens[j].ToLowerInvariant()))
            {
                j++;
            }

            for (; j < subjectTokens && char.IsUpper(tokens[j][0]); j++)
            {
                names.Add(ClaimFrame.WithoutPossessive(tokens[j].Trim(',', ';', ':').ToLowerInvariant()));
            }
        }

        return names;
    }
}
