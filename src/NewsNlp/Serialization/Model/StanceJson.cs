namespace NewsNlp.Serialization.Model;

/// <summary>The stance of the body, or of one quote, toward one target.</summary>
public sealed record StanceJson
{
    /// <summary>The target (claim, headline or phrase).</summary>
    public string Target { get; init; } = "";

    /// <summary>Id of the quote, or null for the article body.</summary>
    public int? QuoteId { get; init; }

    /// <summary><c>agree</c>, <c>disagree</c>, <c>discuss</c> or <c>unrelated</c>.</summary>
    public string Label { get; init; } = "";

    /// <summary>Probability of each label.</summary>
    public StanceProbabilitiesJson Probabilities { get; init; } = new();

    /// <summary>Component that produced the annotation.</summary>
    public string Producer { get; init; } = "";
}
