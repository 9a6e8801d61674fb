using NewsNlp.Documents;

namespace NewsNlp.Stance.Speakers;

/// <summary>A speaker's stance toward a target, summed up over their quotes.</summary>
/// <param name="SpeakerId">The speaker's id in <see cref="NewsDocument.Speakers"/>.</param>
/// <param name="SpeakerName">The speaker's canonical name.</param>
/// <param name="Target">The target (claim, headline or phrase).</param>
/// <param name="Label">
/// Agree, disagree or discuss; <see cref="StanceLabel.Unrelated"/> means "no stance": none of the speaker's quotes addresses
/// the target.
/// </param>
/// <param name="Agree">Probability that the speaker agrees.</param>
/// <param name="Disagree">Probability that the speaker disagrees.</param>
/// <param name="Discuss">Probability that the speaker addresses the target without taking a side.</param>
/// <param name="Unrelated">Probability that the speaker's quotes do not address the target.</param>
/// <param name="EvidenceQuoteIds">Ids of the quotes that address the target, strongest evidence first.</param>
public sealed record SpeakerStance(
    int SpeakerId,
    string SpeakerName,
    string Target,
    StanceLabel Label,
    double Agree,
    double Disagree,
    double Discuss,
    double Unrelated,
    IReadOnlyList<int> EvidenceQuoteIds)
{
    /// <summary>True when at least one of the speaker's quotes addresses the target.</summary>
    public bool HasStance => Label != StanceLabel.Unrelated;

    /// <summary>Probability of <paramref name="label"/>.</summary>
    public double this[StanceLabel label] => label switch
    {
        StanceLabel.Agree => Agree,
        StanceLabel.Disagree => Disagree,
        StanceLabel.Discuss => Discuss,
        StanceLabel.Unrelated => Unrelated,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown stance label."),
    };

    /// <summary>Probability of the chosen label.</summary>
    public double Confidence => this[Label];
}
