using System.Text.RegularExpressions;
using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// A speaker who says the claim in its own words asserts it: a clause of the text that names the claim's subject and then,
/// within <see cref="MaxGap"/> words, the claim's main predicate word ("The ceasefire is holding and we expect it to last"
/// toward "The ceasefire is holding") agrees with an affirmative claim and disagrees with a negated one. Only a plain
/// assertion counts: not a clause with a negation or any other polarity operator (the composition reads those,
/// <see cref="PolarityComposer"/>), a question, a conditional, a clause reporting what others say ("critics say the plan
/// will create jobs"), a clause whose modal differs from the claim's (a proposal needs "should", "must", "ought" or "need";
/// a claim of fact is not restated by "may", "might", "could", "would" or a proposal word).
/// </summary>
internal static partial class ClaimRestatement
{
    /// <summary>Words between the subject word and the predicate word at most ("the truce is, so far, still holding").</summary>
    private const int MaxGap = 5;

    private static readonly HashSet<string> ProposalWords = new(StringComparer.Ordinal) { "should", "must", "ought", "need", "needs" };

    private static readonly HashSet<string> HedgeModals = new(StringComparer.Ordinal) { "may", "might", "could", "would" };

    /// <summary>Verbs and nouns that report what someone else says or claims; the clause after them is not the speaker's assertion.</summary>
    internal static readonly HashSet<string> ReportWords = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "saying", "claim", "claims", "claimed", "claiming", "suggest", "suggests", "suggested", "suggesting",
        "allege", "alleges", "alleged", "alleging", "argue", "argues", "argued", "arguing", "report", "reports", "reported",
        "told", "tell", "tells", "rumour", "rumours", "rumor", "rumors", "insist", "insists", "insisted", "accuse", "accused",
        "accuses", "assume", "assumes", "pretend", "pretends", "pretending",
    };

    /// <summary>The side the text's restatements of <paramref name="claim"/> take (+1 per restating clause times the claim's sign) and the restated words.</summary>
    public static (int Score, IReadOnlyList<string> Words) Read(ClaimFrame claim, string text)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(text);
        string? predicate = MainPredicateStem(claim);
        if (predicate is null || claim.SubjectStems.Count == 0)
        {
            return (0, []);
        }

        int score = 0;
        var words = new List<string>();
        foreach (string[] clause in AssertedClauses(text))
        {
            if (Restates(claim, predicate, clause) is { } restated)
            {
                score += claim.ClaimSign;
                words.Add((claim.ClaimSign > 0 ? "+" : "-") + restated);
            }
        }

        return (score, words);
    }

    /// <summary>"subject predicate" when <paramref name="clause"/> names the claim's subject and then its main predicate word with the claim's modality.</summary>
    private static string? Restates(ClaimFrame claim, string predicate, string[] clause)
    {
        if (PolarityOperators.IsConditional(clause) || clause.Any(w => PolarityOperators.Of(w) is not null))
        {
            return null;
        }

        for (int s = 0; s < clause.Length; s++)
        {
            string stem = TextPreparer.Stem(clause[s]);
            if (!claim.SubjectStems.Contains(stem) || claim.PredicateStems.Contains(stem) || claim.IsLoneModifier(clause, s))
            {
                continue;
            }

            if (clause.Take(s).Any(ReportWords.Contains))
            {
                return null;
            }

            for (int p = s + 1; p < Math.Min(clause.Length, s + 2 + MaxGap); p++)
            {
                if (TextPreparer.Stem(clause[p]) != predicate)
                {
                    continue;
                }

                string[] between = clause[(s + 1)..p];
                bool proposal = between.Any(ProposalWords.Contains);
                bool sameModality = claim.IsProposal ? proposal : !proposal && !between.Any(w => HedgeModals.Contains(w) && !claim.Words.Contains(w));
                return sameModality && !between.Any(ReportWords.Contains) ? clause[s] + " " + clause[p] : null;
            }
        }

        return null;
    }

    /// <summary>The stem of the claim's first content word after its verb or auxiliary ("hold" of "The ceasefire is holding").</summary>
    internal static string? MainPredicateStem(ClaimFrame claim)
    {
        for (int i = claim.VerbIndex; i < claim.Words.Count; i++)
        {
            string stem = TextPreparer.Stem(claim.Words[i]);
            if (claim.PredicateStems.Contains(stem) && !claim.SubjectStems.Contains(stem) && !ProposalWords.Contains(claim.Words[i]))
            {
                return stem;
            }
        }

        return null;
    }

    /// <summary>The asserted clauses of <paramref name="text"/> that are not conditional: those that can take a position.</summary>
    internal static IEnumerable<string[]> PositionClauses(string text) => AssertedClauses(text).Where(c => !PolarityOperators.IsConditional(c));

    /// <summary>The lower-case words of each clause of <paramref name="text"/> that is not part of a question (split at punctuation, dashes and clause-opening words).</summary>
    internal static IEnumerable<string[]> AssertedClauses(string text)
    {
        foreach (Match sentence in SentencePattern().Matches(text.Replace('\u2019', '\'')))
        {
            if (sentence.Value.TrimEnd().EndsWith('?'))
            {
                continue;
            }

            var current = new List<string>();
            foreach (Match m in TokenPattern().Matches(sentence.Value))
            {
                string t = m.Value.ToLowerInvariant();
                if (!char.IsLetter(t[0]) || PolarityOperators.ClauseStarts.Contains(t))
                {
                    if (current.Count > 0)
                    {
                        yield return [.. current];
                    }

                    current.Clear();
                }
                else
                {
                    current.Add(t);
                }
            }

            if (current.Count > 0)
            {
                yield return [.. current];
            }
        }
    }

    [GeneratedRegex(@"[^.!?]+[.!?]*")]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"\p{L}[\p{L}'\-]*|[,;:()""\u201C\u201D\u2013\u2014\-]")]
    private static partial Regex TokenPattern();
}
