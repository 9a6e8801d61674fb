namespace NewsNlp.Stance.Fnc;

/// <summary>A deterministic split of FNC-1 training data by body id into train, dev and held-out rows.</summary>
public sealed class FncSplit
{
    private FncSplit(IReadOnlyList<FncStance> train, IReadOnlyList<FncStance> dev, IReadOnlyList<FncStance> holdout)
    {
        Train = train;
        Dev = dev;
        Holdout = holdout;
    }

    /// <summary>Rows for fitting.</summary>
    public IReadOnlyList<FncStance> Train { get; }

    /// <summary>Rows for choices and calibration.</summary>
    public IReadOnlyList<FncStance> Dev { get; }

    /// <summary>Rows never used in training (for an honest check of a trained model on train-distribution data).</summary>
    public IReadOnlyList<FncStance> Holdout { get; }

    /// <summary>
    /// Shuffles the distinct body ids with <paramref name="seed"/>; the first <paramref name="holdoutFraction"/> of them are held
    /// out, the next <paramref name="devFraction"/> are dev, the rest train. A body's rows all land in one part.
    /// </summary>
    public static FncSplit ByBodyId(FncData data, int seed, double devFraction, double holdoutFraction)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (devFraction is < 0 or > 0.9 || holdoutFraction is < 0 or > 0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(devFraction), "devFraction must be in [0, 0.9] and holdoutFraction in [0, 0.5].");
        }

        int[] ids = ShuffledBodyIds(data, seed);
        int holdout = HoldoutCount(ids, holdoutFraction);
        int dev = ids.Length >= 2 ? (int)Math.Round(ids.Length * devFraction) : 0;
        var holdoutIds = new HashSet<int>(ids.Take(holdout));
        var devIds = new HashSet<int>(ids.Skip(holdout).Take(dev));
        return new FncSplit(
            [.. data.Stances.Where(s => !holdoutIds.Contains(s.BodyId) && !devIds.Contains(s.BodyId))],
            [.. data.Stances.Where(s => devIds.Contains(s.BodyId))],
            [.. data.Stances.Where(s => holdoutIds.Contains(s.BodyId))]);
    }

    /// <summary>
    /// Holds out the same bodies as <see cref="ByBodyId"/>, then splits the rest by <b>claim</b>: a claim is a connected
    /// component of the graph whose edges are the related (agree, disagree, discuss) pairs between headlines and bodies, so
    /// the headlines and bodies that tell one story form one claim. The claims are shuffled with <paramref name="seed"/> and
    /// the first <paramref name="devFraction"/> of them are dev: every pair whose headline belongs to a dev claim is dev
    /// (its unrelated pairs included, whatever claim their body tells). Train is the pairs whose headline and body both
    /// belong to train claims; an unrelated pair of a train headline with a dev body is in neither. Dev headlines and dev
    /// bodies are thus never seen in training, as in the FNC-1 competition test, whose claims are all new (a split by body
    /// id alone keeps most dev headlines in train with other bodies, and over-rates the agree class).
    /// </summary>
    /// <param name="data">Labelled pairs.</param>
    /// <param name="seed">Seed of the held-out bodies and of the order of the claims.</param>
    /// <param name="devFraction">Fraction of the claims in dev.</param>
    /// <param name="holdoutFraction">Fraction of the bodies held out.</param>
    /// <param name="fold">Which slice of the shuffled claims is dev: claims [fold × d, (fold + 1) × d), d the dev count
    /// (folds 0 … 1/<paramref name="devFraction"/> − 1 are disjoint and cover the claims).</param>
    public static FncSplit ByClaim(FncData data, int seed, double devFraction, double holdoutFraction, int fold = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (devFraction is < 0 or > 0.9 || holdoutFraction is < 0 or > 0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(devFraction), "devFraction must be in [0, 0.9] and holdoutFraction in [0, 0.5].");
        }

        int[] ids = ShuffledBodyIds(data, seed);
        var holdoutIds = new HashSet<int>(ids.Take(HoldoutCount(ids, holdoutFraction)));
        List<FncStance> rest = [.. data.Stances.Where(s => !holdoutIds.Contains(s.BodyId))];
        var claims = new ClaimGraph(rest);
        int[] order = claims.Ids();
        new Random(seed).Shuffle(order);
        int dev = order.Length >= 2 ? (int)Math.Round(order.Length * devFraction) : 0;
        ArgumentOutOfRangeException.ThrowIfNegative(fold);
        var devClaims = new HashSet<int>(order.Skip(fold * dev).Take(dev));
        return new FncSplit(
            [.. rest.Where(s => !devClaims.Contains(claims.OfHeadline(s.Headline)) && !devClaims.Contains(claims.OfBody(s.BodyId)))],
            [.. rest.Where(s => devClaims.Contains(claims.OfHeadline(s.Headline)))],
            [.. data.Stances.Where(s => holdoutIds.Contains(s.BodyId))]);
    }

    private static int[] ShuffledBodyIds(FncData data, int seed)
    {
        int[] ids = [.. data.Stances.Select(s => s.BodyId).Distinct().Order()];
        new Random(seed).Shuffle(ids);
        return ids;
    }

    private static int HoldoutCount(int[] ids, double holdoutFraction) =>
        ids.Length >= 3 ? (int)Math.Round(ids.Length * holdoutFraction) : 0;
}
