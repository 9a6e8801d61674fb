namespace NewsNlp.Documents;

/// <summary>A person or group quoted in a document, with every quote attributed to them.</summary>
public sealed record Speaker
{
    /// <summary>Id, unique within the document.</summary>
    public required int Id { get; init; }

    /// <summary>Canonical name (the fullest form of the name used in the document, or the source text for unnamed groups).</summary>
    public required string CanonicalName { get; init; }

    /// <summary>Entity type when the speaker is a recognised entity.</summary>
    public EntityType? Type { get; init; }

    /// <summary>Id of the linked <see cref="DocumentEntity"/>, or -1.</summary>
    public int EntityId { get; init; } = -1;

    /// <summary>Ids of the speaker's quotes, in text order.</summary>
    public required IReadOnlyList<int> QuoteIds { get; init; }
}
