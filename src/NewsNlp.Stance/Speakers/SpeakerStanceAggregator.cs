using NewsNlp.Documents;
using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Speakers;

/// <summary>
/// Sums up a speaker's quote stances toward one target: quotes that do not address the target (relatedness below
/// <see cref="MinRelatedness"/>) are ignored; the others' agree/disagree/discuss shares (given related) are averaged, each
/// weighted by its relatedness; the speaker has no stance (<see cref="StanceLabel.Unrelated"/>) only when no quote relates
/// and no side-taking cue is found. A speaker's own words that address a claim take a side more often than a headline does,
/// so the side is the larger of agree and disagree, however small. The probabilities are the speaker's distribution over
/// agree, disagree and no stance (unrelated; discuss is 0), and the label is always their argmax: the side mass is the best
/// quote relatedness (with cues, at least their weight), split by the agree share; a speaker with no side ahead has no
/// stance. Side-taking cues (the stage reads them: "rejected the claim", "a myth", "defended the
/// coach"), when there are any, are added to the quotes' agree − disagree margin and decide the side; a quote in which the
/// speaker declines to take a side ("no comment", "too early to say") does not count.
/// </summary>
public static class SpeakerStanceAggregator
{
    /// <summary>A quote addresses the target when its relatedness (1 − P(unrelated)) is at least this.</summary>
    public const double MinRelatedness = 0.5;

    /// <summary>The aggregate of <paramref name="quotes"/> (quote id and its prediction toward the target).</summary>
    /// <returns>Label (the argmax of the probabilities), probabilities (agree, disagree, discuss = 0, unrelated = no stance; sum 1) and the evidence quote ids, strongest first (none without a stance).</returns>
    public static (StanceLabel Label, double[] Probabilities, IReadOnlyList<int> Evidence) Aggregate(IReadOnlyList<(int QuoteId, IReadOnlyList<double> Probabilities)> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        return Aggregate([.. quotes.Select(q => (q.QuoteId, q.Probabilities, SideReading.None))], SideReading.None);
    }

    /// <summary>
    /// The aggregate of <paramref name="quotes"/> with the side-taking cues of each quote and of the reporter's words about
    /// the speaker (<paramref name="paraphrases"/>).
    /// </summary>
    internal static (StanceLabel Label, double[] Probabilities, IReadOnlyList<int> Evidence) Aggregate(
        IReadOnlyList<(int QuoteId, IReadOnlyList<double> Probabilities, SideReading Side)> quotes, SideReading paraphrases)
    {
        var sides = new double[3];
        double weightSum = 0, maxRelated = 0, unrelatedMean = 0, cueScore = paraphrases.Score;
        var evidence = new List<(int Id, double Relatedness, double[] Sides, double Cue)>();
        foreach ((int id, IReadOnlyList<double> p, SideReading side) in quotes)
        {
            double related = 1 - p[(int)StanceLabel.Unrelated];
            unrelatedMean += p[(int)StanceLabel.Unrelated] / quotes.Count;
            if (side.Neutral)
            {
                continue;
            }

            cueScore += side.Score;
            maxRelated = Math.Max(maxRelated, related);
            if ((related < MinRelatedness || related <= 0) && side.Score == 0)
            {
                continue;
            }

            double[] given = related <= 0 ? [1 / 3.0, 1 / 3.0, 1 / 3.0] : [p[0] / related, p[1] / related, p[2] / related];
            if (related >= MinRelatedness)
            {
                for (int k = 0; k < 3; k++)
                {
                    sides[k] += related * given[k];
                }

                weightSum += related;
            }

            evidence.Add((id, related, given, side.Score));
        }

        if (cueScore == 0 && weightSum == 0)
        {
            double r = quotes.Count == 0 ? 0 : 1 - unrelatedMean;
            return (StanceLabel.Unrelated, [r / 2, r / 2, 0, 1 - r], []);
        }

        // A speaker's distribution: they take a side with probability sideMass (agree with agreeShare of it) or none.
        double sideMass, agreeShare;
        if (cueScore != 0)
        {
            // The cues decide the side, the quotes' margin (−1..1) weighs in; the side mass is at least the cues' weight.
            double margin = weightSum > 0 ? (sides[0] - sides[1]) / weightSum : 0;
            agreeShare = 1 / (1 + Math.Exp(-2 * (margin + cueScore)));
            sideMass = Math.Max(maxRelated, Math.Min(0.95, 0.5 + (0.15 * Math.Abs(cueScore))));
        }
        else
        {
            // The quotes' discuss mass is not read as "no side" (it is a headline's neutral report; as no side, dev lost 6 of 72).
            agreeShare = sides[0] + sides[1] > 0 ? sides[0] / (sides[0] + sides[1]) : 0.5;
            sideMass = maxRelated;
        }

        if (agreeShare == 0.5)
        {
            sideMass = Math.Min(sideMass, 0.5);   // neither side: no stance
        }

        double[] probabilities = [sideMass * agreeShare, sideMass * (1 - agreeShare), 0, 1 - sideMass];
        int best = probabilities[3] >= Math.Max(probabilities[0], probabilities[1]) ? (int)StanceLabel.Unrelated
            : probabilities[1] > probabilities[0] ? (int)StanceLabel.Disagree : (int)StanceLabel.Agree;
        if (best == (int)StanceLabel.Unrelated)
        {
            return (StanceLabel.Unrelated, probabilities, []);
        }

        return ((StanceLabel)best, probabilities, Order(evidence, (StanceLabel)best));
    }

    /// <summary>
    /// The evidence quote ids for <paramref name="label"/> (agree or disagree; none for no stance): the quotes that address
    /// the target or carry a cue, the strongest for that side first — for a label another decision chose
    /// (<see cref="SpeakerSideModel"/>).
    /// </summary>
    internal static IReadOnlyList<int> Evidence(IReadOnlyList<(int QuoteId, IReadOnlyList<double> Probabilities, SideReading Side)> quotes, StanceLabel label)
    {
        if (label is not (StanceLabel.Agree or StanceLabel.Disagree))
        {
            return [];
        }

        var evidence = new List<(int Id, double Relatedness, double[] Sides, double Cue)>();
        foreach ((int id, IReadOnlyList<double> p, SideReading side) in quotes)
        {
            double related = 1 - p[(int)StanceLabel.Unrelated];
            if (side.Neutral || ((related < MinRelatedness || related <= 0) && side.Score == 0))
            {
                continue;
            }

            evidence.Add((id, related, related <= 0 ? [1 / 3.0, 1 / 3.0, 1 / 3.0] : [p[0] / related, p[1] / related, p[2] / related], side.Score));
        }

        return Order(evidence, label);
    }

    private static List<int> Order(List<(int Id, double Relatedness, double[] Sides, double Cue)> evidence, StanceLabel label)
    {
        int sign = label == StanceLabel.Agree ? 1 : -1;
        return [.. evidence.OrderByDescending(e => (sign * e.Cue) + (e.Relatedness * e.Sides[(int)label])).ThenBy(e => e.Id).Select(e => e.Id)];
    }
}
