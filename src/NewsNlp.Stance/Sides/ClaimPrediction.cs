using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// A speaker who predicts the claimed event asserts a claim of fact, even when the prediction names the event by a pronoun
/// or a noun: "I expect it to close within a year" and "the closure is likely" toward "The carmaker will close its plant"
/// agree; "I do not expect it to close" and "the closure is unlikely" disagree. Two forms of English are read in each asserted
/// clause (<see cref="ClaimRestatement.AssertedClauses"/>):
/// <list type="bullet">
/// <item>an expectation — "expect", "predict", "anticipate" after a first-person subject ("I expect", "we fully expect") or
/// "expected" after a form of "be" ("the plant is expected to close") — then "to" and the claim's main predicate word;</item>
/// <item>a likelihood word ("likely", "inevitable", "certain", "bound"; "unlikely" against) after a word of the claim's main
/// predicate or its word family ("the closure was likely") or before "to" and that word ("is bound to close").</item>
/// </list>
/// A negation before the expectation or likelihood word, or right after "to", turns it. Not read: proposals ("The unit
/// should close" is not endorsed by expecting it to close), questions, conditionals, and clauses that report what others
/// say ("critics say the closure is inevitable").
/// </summary>
internal static class ClaimPrediction
{
    /// <summary>Words between the expectation verb and its "to" at most ("expect the Leeds plant to close").</summary>
    private const int MaxObjectWords = 4;

    /// <summary>Words between a predicate word and the likelihood word after it at most ("the closure now looks likely").</summary>
    private const int MaxGap = 3;

    private static readonly HashSet<string> ExpectationVerbs = new(StringComparer.Ordinal)
    {
        "expect", "expects", "expected", "predict", "predicts", "predicted", "anticipate", "anticipates", "anticipated",
    };

    private static readonly HashSet<string> FirstPersonSubjects = new(StringComparer.Ordinal) { "i", "we" };

    private static readonly HashSet<string> LikelyWords = new(StringComparer.Ordinal) { "likely", "inevitable", "certain", "bound", "unavoidable" };

    private static readonly HashSet<string> UnlikelyWords = new(StringComparer.Ordinal) { "unlikely", "improbable" };

    /// <summary>Words that may stand between "to" and the predicate ("expected to be closed", "likely to have closed").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "be", "have", "been" };

    /// <summary>The side the text's predictions of <paramref name="claim"/> take (±1 per predicting clause times the claim's sign) and their words.</summary>
    public static (int Score, IReadOnlyList<string> Words) Read(ClaimFrame claim, string text)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(text);
        if (claim.IsProposal || ClaimRestatement.MainPredicateStem(claim) is not { } predicate)
        {
            return (0, []);
        }

        int score = 0;
        var words = new List<string>();
        foreach (string[] clause in ClaimRestatement.PositionClauses(text))
        {
            if (Predicts(predicate, clause) is ({ } sign, { } said))
            {
                score += sign * claim.ClaimSign;
                words.Add((sign * claim.ClaimSign > 0 ? "+" : "-") + said);
            }
        }

        return (score, words);
    }

    /// <summary>+1 or −1 and the words read when <paramref name="clause"/> predicts (or rules out) the event of <paramref name="predicate"/>.</summary>
    private static (int Sign, string Words)? Predicts(string predicate, string[] clause)
    {
        for (int i = 0; i < clause.Length; i++)
        {
            string w = clause[i];
            if (ClaimRestatement.ReportWords.Contains(w) && !ExpectationVerbs.Contains(w))
            {
                // What follows is someone else's words ("critics say the closure is inevitable").
                return null;
            }

            if (ExpectationVerbs.Contains(w) && IsExpectation(clause, i) && PredicateAfterTo(predicate, clause, i + 1, MaxObjectWords) is { } p)
            {
                int sign = NegationScope.Reaches(clause, i) || NegationScope.IsNegator(clause[p - 1]) ? -1 : 1;
                return (sign, w + " " + clause[p]);
            }

            bool likely = LikelyWords.Contains(w), unlikely = UnlikelyWords.Contains(w);
            if (!likely && !unlikely)
            {
                continue;
            }

            int? at = PredicateAfterTo(predicate, clause, i + 1, 0);
            for (int k = i - 1; at is null && k >= Math.Max(0, i - 1 - MaxGap); k--)
            {
                if (IsPredicateWord(predicate, clause[k]))
                {
                    at = k;
                }
            }

            if (at is { } q)
            {
                int sign = (unlikely ? -1 : 1) * (NegationScope.Reaches(clause, i, 2) ? -1 : 1);
                return (sign, clause[q] + " " + w);
            }
        }

        return null;
    }

    /// <summary>"I expect", "we fully expect", "I do not expect", or "is / are / was / were / be expected".</summary>
    private static bool IsExpectation(string[] clause, int i)
    {
        for (int k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (FirstPersonSubjects.Contains(clause[k]))
            {
                return true;
            }
        }

        return clause[i] == "expected" && i > 0 && PolarityOperators.Be.Contains(clause[i - 1]);
    }

    /// <summary>The index of the predicate word after a "to" found within <paramref name="maxBefore"/> words of <paramref name="from"/> (skipping "be", "have", a negation), or null.</summary>
    private static int? PredicateAfterTo(string predicate, string[] clause, int from, int maxBefore)
    {
        for (int t = from; t < Math.Min(clause.Length, from + maxBefore + 1); t++)
        {
            if (clause[t] != "to")
            {
                continue;
            }

            for (int p = t + 1; p < Math.Min(clause.Length, t + 4); p++)
            {
                if (IsPredicateWord(predicate, clause[p]))
                {
                    return p;
                }

                if (!Auxiliaries.Contains(clause[p]) && !NegationScope.IsNegator(clause[p]))
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether <paramref name="word"/> has the predicate's stem or is of its word family (close / closure).</summary>
    private static bool IsPredicateWord(string predicate, string word)
    {
        string stem = TextPreparer.Stem(word);
        return stem == predicate || (stem.Length >= 5 && predicate.Length >= 5 && ShortText.ShortTextFeaturizer.SameWordFamily(predicate, stem));
    }
}
