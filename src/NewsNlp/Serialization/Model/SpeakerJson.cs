namespace NewsNlp.Serialization.Model;

/// <summary>A person or group quoted in the document.</summary>
public sealed record SpeakerJson
{
    /// <summary>Id, referenced by <see cref="QuoteJson.SpeakerId"/>.</summary>
    public int Id { get; init; }

    /// <summary>Canonical name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Entity type (<c>PERSON</c>, <c>ORG</c> …) when the speaker is a recognised entity, otherwise null.</summary>
    public string? Type { get; init; }

    /// <summary>Id of the linked entity cluster, or -1.</summary>
    public int EntityId { get; init; } = -1;

    /// <summary>Ids of the speaker's quotes in text order.</summary>
    public IReadOnlyList<int> QuoteIds { get; init; } = [];
}
