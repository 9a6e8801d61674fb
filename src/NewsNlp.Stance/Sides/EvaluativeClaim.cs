namespace NewsNlp.Stance.Sides;

/// <summary>
/// A claim that judges its subject with a copula and a short predicate ("Labour's poster of Michael Howard is offensive",
/// "Lord Butler's criticism … is justified", "The relaxation of the rules is welcome"): a verdict in a quote that names no
/// referent judges that subject, so it takes its sign times the claim's effect on the subject. "The hypnotism image was
/// insensitive" and "a big misjudgement" agree with "… is offensive" (a condemnation of the thing the claim condemns);
/// read as verdicts on the claim itself they disagreed. Toward a claim for its subject ("… is justified", "… is welcome")
/// nothing changes (the effect and the claim's sign are the same).
/// </summary>
internal static class EvaluativeClaim
{
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "are", "was", "were" };

    /// <summary>Most words after the copula ("is deeply offensive to many", "was a big mistake").</summary>
    private const int MaxPredicateWords = 4;

    /// <summary>Whether <paramref name="claim"/> judges its subject: no proposal, a copula as its verb, a short predicate, an effect on the subject.</summary>
    public static bool JudgesSubject(ClaimFrame claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return !claim.IsProposal && claim.SubjectEffect != 0 && claim.VerbIndex > 0 && claim.VerbIndex < claim.Words.Count - 1
            && Copulas.Contains(claim.Words[claim.VerbIndex]) && claim.Words.Count - claim.VerbIndex - 1 <= MaxPredicateWords;
    }
}
