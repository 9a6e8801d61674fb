namespace NewsNlp.Stance;

/// <summary>The stance of the body, of one quote, or of one speaker (over their quotes) toward one target.</summary>
public sealed record StanceJson
{
    /// <summary>The target (claim, headline or phrase).</summary>
    public string Target { get; init; } = "";

    /// <summary>Id of the quote, or null for the article body or a speaker.</summary>
    public int? QuoteId { get; init; }

    /// <summary>Id of the speaker whose quotes this stance sums up, or null for the body or a quote.</summary>
    public int? SpeakerId { get; init; }

    /// <summary>For a speaker, the ids of the quotes that address the target, strongest first (otherwise empty).</summary>
    public IReadOnlyList<int> EvidenceQuoteIds { get; init; } = [];

    /// <summary>Words of the text that drove the label, strongest first (may be empty).</summary>
    public IReadOnlyList<string> DrivingWords { get; init; } = [];

    /// <summary><c>agree</c>, <c>disagree</c>, <c>discuss</c> or <c>unrelated</c>.</summary>
    public string Label { get; init; } = "";

    /// <summary>Probability of each label.</summary>
    public StanceProbabilitiesJson Probabilities { get; init; } = new();

    /// <summary>Component that produced the annotation.</summary>
    public string Producer { get; init; } = "";
}
