using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// An annotation of the stance layer (<see cref="StanceLayer"/>): the stance of the article body, of one quote, or of one speaker (over their quotes) toward one target.
/// </summary>
public sealed record StanceAnnotation
{
    /// <summary>The target (headline, claim or short phrase).</summary>
    public required string Target { get; init; }

    /// <summary>Id of the quote this stance is about, or null for the article body or a speaker.</summary>
    public int? QuoteId { get; init; }

    /// <summary>Id of the speaker (in <see cref="NewsDocument.Speakers"/>) whose quotes this stance sums up, or null.</summary>
    public int? SpeakerId { get; init; }

    /// <summary>For a speaker's stance, the ids of the quotes that address the target, strongest evidence first; else empty.</summary>
    public IReadOnlyList<int> EvidenceQuoteIds { get; init; } = [];

    /// <summary>Words of the text that drove the label, strongest first (empty when the classifier does not say).</summary>
    public IReadOnlyList<string> DrivingWords { get; init; } = [];

    /// <summary>The most probable label.</summary>
    public required StanceLabel Label { get; init; }

    /// <summary>Probability of each label, indexed by <see cref="StanceLabel"/>; sums to 1.</summary>
    public required IReadOnlyList<double> Probabilities { get; init; }

    /// <summary>Component that produced the annotation.</summary>
    public required string Producer { get; init; }
}
