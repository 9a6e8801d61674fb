namespace NewsNlp.Stance.Sides;

/// <summary>
/// A claim that some harm is serious ("The tsunami will do serious damage to the region's economies", "Windows cash machines
/// face a serious risk from computer viruses") is judged by how big a speaker says the harm is, whatever word names it: "The
/// impact on the tourist industry is pretty devastating" agrees, "the risk from viruses was minimal" and "the number of
/// machines at risk was low" disagree. Read in each asserted clause (<see cref="ClaimRestatement.AssertedClauses"/>; not in
/// questions or conditionals): a harm noun ("damage", "impact", "risk", "threat" …) with a word of size up to two words
/// before it ("a devastating impact", "little risk") or up to <see cref="After"/> words after it ("the risk … was
/// minimal"); a negation up to three words before the size word turns it ("not a big risk", "was not serious").
/// </summary>
internal static class ClaimMagnitude
{
    /// <summary>Words after a harm noun in which its size word is looked for ("the impact on the tourist industry is pretty devastating").</summary>
    private const int After = 7;

    /// <summary>Words before a harm noun in which its size word is looked for ("a very serious risk").</summary>
    private const int Before = 2;

    private static readonly HashSet<string> HarmNouns = new(StringComparer.Ordinal)
    {
        "damage", "impact", "effect", "effects", "risk", "risks", "threat", "threats", "danger", "dangers", "harm", "toll", "consequences",
    };

    private static readonly HashSet<string> Large = new(StringComparer.Ordinal)
    {
        "serious", "severe", "devastating", "huge", "massive", "enormous", "significant", "major", "catastrophic", "crippling", "grave",
        "considerable", "substantial", "dramatic", "real",
    };

    private static readonly HashSet<string> Small = new(StringComparer.Ordinal)
    {
        "minimal", "low", "small", "slight", "negligible", "limited", "minor", "overplayed", "exaggerated", "overstated", "tiny", "little", "modest",
    };

    /// <summary>Whether <paramref name="claim"/> says a harm is large: a size word of <see cref="Large"/> right before a harm noun in its predicate.</summary>
    public static bool IsLargeHarmClaim(ClaimFrame claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        for (int i = Math.Max(claim.VerbIndex, 0); i + 1 < claim.Words.Count; i++)
        {
            if (Large.Contains(claim.Words[i]) && HarmNouns.Contains(claim.Words[i + 1]) && !claim.IsProposal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The side the text's sizes of harm take on <paramref name="claim"/> (±1 per sized harm noun, times the claim's sign) and their words.</summary>
    public static (int Score, IReadOnlyList<string> Words) Read(ClaimFrame claim, string text)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(text);
        if (!IsLargeHarmClaim(claim))
        {
            return (0, []);
        }

        int score = 0;
        var words = new List<string>();
        foreach (string[] clause in ClaimRestatement.PositionClauses(text))
        {
            for (int i = 0; i < clause.Length; i++)
            {
                if (!HarmNouns.Contains(clause[i]) || SizeOf(clause, i) is not { } size)
                {
                    continue;
                }

                int sign = (Large.Contains(clause[size]) ? 1 : -1) * (NegationScope.Reaches(clause, size) ? -1 : 1) * claim.ClaimSign;
                score += sign;
                words.Add((sign > 0 ? "+" : "-") + clause[size]);
            }
        }

        return (score, words);
    }

    /// <summary>The index of the size word of the harm noun at <paramref name="i"/>: the nearest before it, else the first after it.</summary>
    private static int? SizeOf(string[] clause, int i)
    {
        for (int k = i - 1; k >= Math.Max(0, i - Before); k--)
        {
            if (Large.Contains(clause[k]) || Small.Contains(clause[k]))
            {
                return k;
            }
        }

        for (int k = i + 1; k < Math.Min(clause.Length, i + 1 + After); k++)
        {
            if (HarmNouns.Contains(clause[k]))
            {
                return null;
            }

            if (Large.Contains(clause[k]) || Small.Contains(clause[k]))
            {
                return k;
            }
        }

        return null;
    }
}
