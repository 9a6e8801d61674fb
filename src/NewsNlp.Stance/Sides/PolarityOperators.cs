using System.Collections.Frozen;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// The words that turn the polarity of what they scope over (<see cref="PolarityComposer"/>): negators ("not", "never",
/// "no"), shifters that act against their object ("deny", "reject", "ban", "lose", "against", "without"), keepers that
/// act for it ("keep", "support", "defend"), and evaluatives that judge their clause ("wrong", "a mistake", "anathema";
/// "right", "justified"). Verbs match their inflections (<see cref="SideCueLexicon.Inflections"/> plus a few irregular forms).
/// </summary>
internal static class PolarityOperators
{
    /// <summary>Words that negate: as subject or auxiliary they scope over their clause; "no" only over what follows it.</summary>
    public static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
        ["not", "never", "no", "nothing", "none", "nobody", "neither", "nor", "cannot", "hardly"], StringComparer.Ordinal);

    /// <summary>Acts against their object, and prepositions of absence ("without trial").</summary>
    public static readonly FrozenSet<string> Shifters = Verbs(
        "veto disappear deny reject oppose stop ban refuse block prevent against without lose scrap abolish end resist dismiss dispute fight "
        + "challenge question doubt criticise criticize condemn attack drop abandon halt undermine threaten remove cut reduce axe lift oust "
        + "sack overturn reverse ditch kill unseat defeat topple depose overthrow hamper hinder impede stifle jeopardise jeopardize cost",
        "disappearance loss removal abolition reduction reductions cuts ban bans end closure withdrawal rejection opposition denial scrapping");

    /// <summary>Two-word shifters ("give up the veto", "rule against detention", "will not stand down as a candidate"); the first word matches its inflections.</summary>
    public static readonly IReadOnlyList<(FrozenSet<string> First, string Second)> ShifterPhrases =
        [.. new[] { ("give", "up"), ("rule", "against"), ("argue", "against"), ("vote", "against"), ("get", "rid"), ("do", "away"), ("stand", "down"), ("step", "down"), ("pull", "out"), ("back", "down") }
            .Select(p => (Verbs(p.Item1, string.Empty), p.Item2))];

    /// <summary>Acts for their object: they take a position without turning it.</summary>
    public static readonly FrozenSet<string> Keepers = Verbs(
        "keep support back defend welcome favour favor protect maintain retain secure preserve endorse approve praise urge justify uphold continue",
        string.Empty);

    /// <summary>
    /// Judgements against what their clause says ("it was wrong to …", "… is anathema", "concern about …", "… is ineligible to stand"), and verbs of
    /// harm whose subject is judged by them ("detention without trial breaks human rights law").
    /// </summary>
    public static readonly FrozenSet<string> NegativeEvaluatives = Verbs(
        "break violate breach harm damage hurt endanger concern wrong ineligible unfit unsuitable unworkable mistake unacceptable flawed anathema nonsense absurd ridiculous disgrace disgraceful outrageous unfair unjustified "
        + "unjust dangerous damaging misguided scandal shameful disaster untrue false myth lie rubbish illegal unlawful deplorable "
        + "appalling regrettable problem error wrongly unnecessary pointless counterproductive",
        string.Empty);

    /// <summary>Judgements for what their clause says ("right to …", "… is justified").</summary>
    public static readonly FrozenSet<string> PositiveEvaluatives = FrozenSet.ToFrozenSet(
        ["right", "justified", "fair", "sensible", "reasonable", "correct", "true", "vital", "essential", "crucial", "necessary",
            "proportionate", "legitimate", "appropriate", "rightly"], StringComparer.Ordinal);

    /// <summary>The prepositions among the shifters ("against", "without"): they act on what follows them wherever they stand.</summary>
    public static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(["against", "without"], StringComparer.Ordinal);

    /// <summary>Words after which a shifter or keeper is a noun ("the veto", "a phone ban", "no question of").</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "its", "our", "their", "his", "her", "this", "that", "my", "your", "no"], StringComparer.Ordinal);

    /// <summary>Forms of "be" (and "get") before a past participle: a passive shifter scopes back over its subject ("phones should be banned").</summary>
    public static readonly FrozenSet<string> Be = FrozenSet.ToFrozenSet(
        ["be", "been", "being", "is", "are", "was", "were", "get", "got"], StringComparer.Ordinal);

    /// <summary>Words that start a new clause (an operator's scope ends there).</summary>
    public static readonly FrozenSet<string> ClauseStarts = FrozenSet.ToFrozenSet(
        ["but", "although", "though", "while", "whilst", "whereas", "because", "however", "yet", "which", "who", "whom", "where"], StringComparer.Ordinal);

    /// <summary>Words that open a hypothetical clause, which takes no position ("if we lose the rebate …").</summary>
    public static readonly FrozenSet<string> Conditionals = FrozenSet.ToFrozenSet(["if", "unless", "whether"], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="clause"/> (lower-case words) is conditional: one of <see cref="Conditionals"/> among its first three words. Such a clause takes no position.</summary>
    public static bool IsConditional(string[] clause) => clause.Take(3).Any(Conditionals.Contains);

    /// <summary>The operator <paramref name="word"/> is, if any: its kind and sign.</summary>
    public static (PolarityOperatorKind Kind, int Sign)? Of(string word)
    {
        if (Negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
        {
            return (PolarityOperatorKind.Negator, -1);
        }

        if (NegativeEvaluatives.Contains(word))
        {
            return (PolarityOperatorKind.Evaluative, -1);
        }

        if (PositiveEvaluatives.Contains(word))
        {
            return (PolarityOperatorKind.Evaluative, 1);
        }

        if (Shifters.Contains(word))
        {
            return (PolarityOperatorKind.Act, -1);
        }

        return Keepers.Contains(word) ? (PolarityOperatorKind.Act, 1) : null;
    }

    private static FrozenSet<string> Verbs(string verbs, string exact)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (string verb in verbs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            forms.UnionWith(SideCueLexicon.Inflections(verb));
            forms.UnionWith(verb switch
            {
                "lose" => ["lost"],
                "keep" => ["kept"],
                "give" => ["gave", "given"],
                "fight" => ["fought"],
                "uphold" => ["upheld"],
                "break" => ["broke", "broken"],
                "stand" => ["stood"],
                "lie" => ["lies"],
                _ => [],
            });
        }

        forms.UnionWith(exact.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return forms.ToFrozenSet(StringComparer.Ordinal);
    }
}

/// <summary>Kinds of <see cref="PolarityOperators"/>.</summary>
internal enum PolarityOperatorKind
{
    /// <summary>"not", "never", "no".</summary>
    Negator,

    /// <summary>A verb, noun or preposition acting on what follows it (shifter −, keeper +).</summary>
    Act,

    /// <summary>A judgement of its whole clause.</summary>
    Evaluative,
}
