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

        int[] ids = [.. data.Stances.Select(s => s.BodyId).Distinct().Order()];
        new Random(seed).Shuffle(ids);
        int holdout = ids.Length >= 3 ? (int)Math.Round(ids.Length * holdoutFraction) : 0;
        int dev = ids.Length >= 2 ? (int)Math.Round(ids.Length * devFraction) : 0;
        var holdoutIds = new HashSet<int>(ids.Take(holdout));
        var devIds = new HashSet<int>(ids.Skip(holdout).Take(dev));
        return new FncSplit(
            [.. data.Stances.Where(s => !holdoutIds.Contains(s.BodyId) && !devIds.Contains(s.BodyId))],
            [.. data.Stances.Where(s => devIds.Contains(s.BodyId))],
            [.. data.Stances.Where(s => holdoutIds.Contains(s.BodyId))]);
    }
}
