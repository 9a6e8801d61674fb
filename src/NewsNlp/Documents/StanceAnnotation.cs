namespace NewsNlp.Documents;

/// <summary>The stance of the article body, or of one quote, toward one target.</summary>
public sealed record StanceAnnotation
{
    /// <summary>The target (headline, claim or short phrase).</summary>
    public required string Target { get; init; }

    /// <summary>Id of the quote this stance is about, or null for the article body.</summary>
    public int? QuoteId { get; init; }

    /// <summary>The most probable label.</summary>
    public required StanceLabel Label { get; init; }

    /// <summary>Probability of each label, indexed by <see cref="StanceLabel"/>; sums to 1.</summary>
    public required IReadOnlyList<double> Probabilities { get; init; }

    /// <summary>Component that produced the annotation.</summary>
    public required string Producer { get; init; }
}
