using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.MiniLM;

/// <summary>
/// The encoder as a relatedness gate only: whether a text addresses the claim comes from the encoder model
/// (<see cref="MiniLmStance.Classifier"/>: its 1 − P(unrelated)), which side it takes from the small short-text model
/// (<see cref="ShortTextStanceClassifier.Default"/>: its agree, disagree and discuss shares given related, and its driving
/// words). The encoder finds the sentence about the claim; it does not tell whether the sentence asserts or denies it
/// (docs/stance.md, session 13), so the sides stay with the model the default pipeline uses.
/// </summary>
/// <remarks>Thread-safe as its two classifiers are.</remarks>
public sealed class MiniLmRelatednessGate : IStanceClassifier
{
    private readonly IStanceClassifier _relatedness;
    private readonly IStanceClassifier _sides;

    /// <summary>Creates the gate over the embedded encoder model and the embedded small model (both loaded on first use).</summary>
    public MiniLmRelatednessGate()
        : this(MiniLmStance.Classifier, ShortTextStanceClassifier.Default)
    {
    }

    /// <summary>Creates the gate over any two classifiers.</summary>
    /// <param name="relatedness">Gives each pair's relatedness (1 − P(unrelated)).</param>
    /// <param name="sides">Gives each pair's agree / disagree / discuss shares and driving words.</param>
    public MiniLmRelatednessGate(IStanceClassifier relatedness, IStanceClassifier sides)
    {
        ArgumentNullException.ThrowIfNull(relatedness);
        ArgumentNullException.ThrowIfNull(sides);
        _relatedness = relatedness;
        _sides = sides;
    }

    /// <inheritdoc />
    public StancePrediction Classify(string target, string text) => Combine(_relatedness.Classify(target, text), _sides.Classify(target, text));

    /// <inheritdoc />
    public IReadOnlyList<StancePrediction> ClassifyMany(IReadOnlyList<StancePair> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        IReadOnlyList<StancePrediction> related = _relatedness.ClassifyMany(pairs, cancellationToken);
        IReadOnlyList<StancePrediction> sides = _sides.ClassifyMany(pairs, cancellationToken);
        var result = new StancePrediction[pairs.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Combine(related[i], sides[i]);
        }

        return result;
    }

    /// <summary>The relatedness of <paramref name="related"/> split by the side shares of <paramref name="sides"/>.</summary>
    internal static StancePrediction Combine(StancePrediction related, StancePrediction sides)
    {
        double relatedness = related.Relatedness;
        double agree = sides[StanceLabel.Agree], disagree = sides[StanceLabel.Disagree], discuss = sides[StanceLabel.Discuss];
        double given = agree + disagree + discuss;
        double[] p = given > 0
            ? [relatedness * agree / given, relatedness * disagree / given, relatedness * discuss / given, 1 - relatedness]
            : [0, 0, relatedness, 1 - relatedness];
        return new StancePrediction(p) { DrivingWords = sides.DrivingWords };
    }
}
