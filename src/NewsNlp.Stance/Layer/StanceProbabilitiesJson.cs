namespace NewsNlp.Stance;

/// <summary>Probabilities of the four stance labels (they sum to 1).</summary>
public sealed record StanceProbabilitiesJson
{
    /// <summary>Probability of <c>agree</c>.</summary>
    public double Agree { get; init; }

    /// <summary>Probability of <c>disagree</c>.</summary>
    public double Disagree { get; init; }

    /// <summary>Probability of <c>discuss</c>.</summary>
    public double Discuss { get; init; }

    /// <summary>Probability of <c>unrelated</c>.</summary>
    public double Unrelated { get; init; }
}
