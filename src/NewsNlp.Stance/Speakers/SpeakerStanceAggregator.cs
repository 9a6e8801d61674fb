using NewsNlp.Documents;

namespace NewsNlp.Stance.Speakers;

/// <summary>
/// Sums up a speaker's quote stances toward one target: quotes that do not address the target (relatedness below
/// <see cref="MinRelatedness"/>) are ignored; the others' agree/disagree/discuss shares (given related) are averaged, each
/// weighted by its relatedness; the speaker has no stance (<see cref="StanceLabel.Unrelated"/>) only when no quote relates.
/// A speaker's own words that address a claim take a side more often than a headline does, so the label is the larger of
/// agree and disagree unless together they hold less than <see cref="MinSideShare"/> of the related mass (then discuss).
/// </summary>
public static class SpeakerStanceAggregator
{
    /// <summary>A quote addresses the target when its relatedness (1 − P(unrelated)) is at least this.</summary>
    public const double MinRelatedness = 0.5;

    /// <summary>Share of the related mass agree + disagree must reach for the speaker to be given a side.</summary>
    public const double MinSideShare = 0.1;

    /// <summary>The aggregate of <paramref name="quotes"/> (quote id and its prediction toward the target).</summary>
    /// <returns>Label, probabilities (agree, disagree, discuss, unrelated; sum 1) and the evidence quote ids, strongest first.</returns>
    public static (StanceLabel Label, double[] Probabilities, IReadOnlyList<int> Evidence) Aggregate(IReadOnlyList<(int QuoteId, IReadOnlyList<double> Probabilities)> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var sides = new double[3];
        double weightSum = 0, maxRelated = 0, unrelatedMean = 0;
        var evidence = new List<(int Id, double Relatedness, double[] Sides)>();
        foreach ((int id, IReadOnlyList<double> p) in quotes)
        {
            double related = 1 - p[(int)StanceLabel.Unrelated];
            unrelatedMean += p[(int)StanceLabel.Unrelated] / quotes.Count;
            maxRelated = Math.Max(maxRelated, related);
            if (related < MinRelatedness || related <= 0)
            {
                continue;
            }

            double[] given = [p[0] / related, p[1] / related, p[2] / related];
            for (int k = 0; k < 3; k++)
            {
                sides[k] += related * given[k];
            }

            weightSum += related;
            evidence.Add((id, related, given));
        }

        if (evidence.Count == 0)
        {
            double r = quotes.Count == 0 ? 0 : 1 - unrelatedMean;
            return (StanceLabel.Unrelated, [r / 3, r / 3, r / 3, 1 - r], []);
        }

        var probabilities = new double[4];
        for (int k = 0; k < 3; k++)
        {
            probabilities[k] = maxRelated * sides[k] / weightSum;
        }

        double sideShare = (sides[0] + sides[1]) / weightSum;
        int best = sideShare < MinSideShare ? (int)StanceLabel.Discuss : sides[1] > sides[0] ? (int)StanceLabel.Disagree : (int)StanceLabel.Agree;

        probabilities[3] = 1 - maxRelated;
        List<int> ids = [.. evidence.OrderByDescending(e => e.Relatedness * e.Sides[best]).ThenBy(e => e.Id).Select(e => e.Id)];
        return ((StanceLabel)best, probabilities, ids);
    }
}
