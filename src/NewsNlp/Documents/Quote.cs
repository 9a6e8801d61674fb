namespace NewsNlp.Documents;

/// <summary>A quotation (direct, mixed or indirect) with its cue, source mention and resolved speaker.</summary>
public sealed record Quote
{
    /// <summary>Id, unique within the document.</summary>
    public required int Id { get; init; }

    /// <summary>Direct, mixed or indirect.</summary>
    public required QuoteKind Kind { get; init; }

    /// <summary>What the attribution reports (speech, writing, thought, intention, perception or another act); default speech.</summary>
    public AttributionAct Act { get; init; } = AttributionAct.Speech;

    /// <summary>Spans of the quoted content, in text order (a quote split around its cue has two).</summary>
    public required IReadOnlyList<TextSpan> Content { get; init; }

    /// <summary>Span of the cue ("said", "according to", "told reporters"), when there is one.</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>
    /// Span of the words naming the speaker (a name, a pronoun, "the spokesman"), when present; for a quote that continues
    /// an earlier one without a cue of its own, the earlier quote's source mention.
    /// </summary>
    public TextSpan? Source { get; init; }

    /// <summary>Id of the resolved speaker in <see cref="NewsDocument.Speakers"/>, or null when unknown.</summary>
    public int? SpeakerId { get; init; }

    /// <summary>Canonical name of the resolved speaker, or null when unknown.</summary>
    public string? SpeakerName { get; init; }

    /// <summary>
    /// Ids of the document entities (<see cref="NewsDocument.EntityClusters"/>, from the entity linker) that the quote's
    /// content mentions, in order of first mention, each once: who or what the quote is about. Empty when the content
    /// names no linked entity, or no entity linker ran. The speaker's own entity is listed when the content names it.
    /// </summary>
    public IReadOnlyList<int> AboutEntityIds { get; init; } = [];

    /// <summary>Confidence in <c>[0, 1]</c>.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Component that produced the quote.</summary>
    public required string Producer { get; init; }

    /// <summary>The rule or model that decided the attribution (for debugging and trust), e.g. <c>cue-after-quote</c>.</summary>
    public required string DecidedBy { get; init; }
}
