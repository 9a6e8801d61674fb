using NewsNlp.Documents;
using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Speakers;

/// <summary>
/// Sums up a speaker's quote stances toward one target: quotes that do not address the target (relatedness below
/// <see cref="MinRelatedness"/>) are ignored; the others' agree/disagree/discuss shares (given related) are averaged, each
/// weighted by its relatedness; the speaker has no stance (<see cref="StanceLabel.Unrelated"/>) only when no quote relates
/// and no side-taking cue is found. A speaker's own words that address a claim take a side more often than a headline does,
/// so the label is the larger of agree and disagree unless together they hold less than <see cref="MinSideShare"/> of the
/// related mass (then discuss). Side-taking cues (the stage reads them: "rejected the claim", "a myth", "defended the
/// coach"), when there are any, are added to the quotes' agree − disagree margin and decide the side; a quote in which the
/// speaker declines to take a side ("no comment", "too early to say") does not count.
/// </summary>
public static class SpeakerStanceAggregator
{
    /// <summary>A quote addresses the target when its relatedness (1 − P(unrelated)) is at least this.</summary>
    public const double MinRelatedness = 0.5;

    /// <summary>
    /// Share of the related mass agree + disagree must exceed for the speaker to be given a side: 0, so a speaker whose words
    /// address the claim takes the larger side however small (the quote model's discuss is a headline's neutral report; a
    /// speaker's own words take a side). Only when neither side has any mass is the label discuss.
    /// </summary>
    public const double MinSideShare = 0;

    /// <summary>The aggregate of <paramref name="quotes"/> (quote id and its prediction toward the target).</summary>
    /// <returns>Label, probabilities (agree, disagree, discuss, unrelated; sum 1) and the evidence quote ids, strongest first.</returns>
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
            return (StanceLabel.Unrelated, [r / 3, r / 3, r / 3, 1 - r], []);
        }

        var probabilities = new double[4];
        int best;
        if (cueScore != 0)
        {
            // The cues decide the side, the quotes' margin (−1..1) weighs in; the related mass is at least the cues' weight.
            double margin = weightSum > 0 ? (sides[0] - sides[1]) / weightSum : 0;
            double total = margin + cueScore;
            double related = Math.Max(maxRelated, Math.Min(0.95, 0.5 + (0.15 * Math.Abs(cueScore))));
            double discuss = weightSum > 0 ? Math.Min(0.5, sides[2] / weightSum) : 0;
            double agree = 1 / (1 + Math.Exp(-2 * total));
            probabilities[0] = related * (1 - discuss) * agree;
            probabilities[1] = related * (1 - discuss) * (1 - agree);
            probabilities[2] = related * discuss;
            probabilities[3] = 1 - related;
            best = total > 0 ? (int)StanceLabel.Agree : total < 0 ? (int)StanceLabel.Disagree : (int)StanceLabel.Discuss;
        }
        else
        {
            for (int k = 0; k < 3; k++)
            {
                probabilities[k] = maxRelated * sides[k] / weightSum;
            }

            double sideShare = (sides[0] + sides[1]) / weightSum;
            best = sideShare <= MinSideShare ? (int)StanceLabel.Discuss : sides[1] > sides[0] ? (int)StanceLabel.Disagree : (int)StanceLabel.Agree;
            probabilities[3] = 1 - maxRelated;
        }

        int sign = best == (int)StanceLabel.Agree ? 1 : best == (int)StanceLabel.Disagree ? -1 : 0;
        List<int> ids = [.. evidence.OrderByDescending(e => (sign * e.Cue) + (e.Relatedness * e.Sides[best])).ThenBy(e => e.Id).Select(e => e.Id)];
        return ((StanceLabel)best, probabilities, ids);
    }
}
