using NewsNlp.Stance.Features;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// A speaker who says the opposite of the claim in plain words asserts its contrary: a clause that names the claim's subject
/// and then, within a few words, a WordNet antonym of the claim's main predicate word ("rents will fall" toward "Rents will
/// rise"; "the economy is weak" toward "The economy is strong") disagrees with an affirmative claim and agrees with a negated
/// one. The clause must be a plain assertion as for <see cref="ClaimRestatement"/> (no negation or other polarity operator,
/// no question, no conditional, not a report of what others say, the claim's modality). The antonyms are the WordNet 3.1
/// table the short-text model carries (<see cref="StanceLexicon.AntonymsOf"/>).
/// </summary>
internal static class ClaimAntonym
{
    /// <summary>The side the text's contrary assertions take (−1 per asserting clause times the claim's sign) and their words.</summary>
    public static (int Score, IReadOnlyList<string> Words) Read(ClaimFrame claim, string text, StanceLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (claim.SubjectStems.Count == 0 || MainPredicateWord(claim) is not { } predicate)
        {
            return (0, []);
        }

        var antonyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (string form in BaseForms(predicate))
        {
            foreach (string antonym in lexicon.AntonymsOf(form))
            {
                string stem = TextPreparer.Stem(antonym);
                if (!claim.SubjectStems.Contains(stem) && !claim.PredicateStems.Contains(stem))
                {
                    antonyms.Add(stem);
                }
            }
        }

        if (antonyms.Count == 0)
        {
            return (0, []);
        }

        int score = 0;
        var words = new List<string>();
        foreach (string[] clause in ClaimRestatement.AssertedClauses(text))
        {
            if (ClaimRestatement.Restates(claim, antonyms.Contains, clause) is { } said)
            {
                score -= claim.ClaimSign;
                words.Add((claim.ClaimSign > 0 ? "-" : "+") + said);
            }
        }

        return (score, words);
    }

    /// <summary>The claim's main predicate word as written ("rise" of "Rents will rise", "strong" of "The economy is strong").</summary>
    private static string? MainPredicateWord(ClaimFrame claim)
    {
        string? stem = ClaimRestatement.MainPredicateStem(claim);
        return stem is null ? null : claim.Words.Skip(claim.VerbIndex).FirstOrDefault(w => TextPreparer.Stem(w) == stem);
    }

    /// <summary>The word and the base forms it may have in WordNet ("rising" → rise, "cuts" → cut, "closed" → close).</summary>
    internal static IEnumerable<string> BaseForms(string word)
    {
        yield return word;
        foreach (string suffix in new[] { "ing", "ed", "es", "s", "d" })
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                string root = word[..^suffix.Length];
                yield return root;
                if (suffix is "ing" or "ed")
                {
                    yield return root + "e";
                }
            }
        }
    }
}
