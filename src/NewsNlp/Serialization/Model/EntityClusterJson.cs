namespace NewsNlp.Serialization.Model;

/// <summary>A document-level entity: all mentions naming the same thing.</summary>
public sealed record EntityClusterJson
{
    /// <summary>Id, referenced by <see cref="EntityJson.EntityId"/> and <see cref="SpeakerJson.EntityId"/>.</summary>
    public int Id { get; init; }

    /// <summary>The fullest name used in the document.</summary>
    public string CanonicalName { get; init; } = "";

    /// <summary><c>PERSON</c>, <c>ORG</c>, <c>LOC</c> or <c>MISC</c>.</summary>
    public string Type { get; init; } = "";

    /// <summary>Indexes into <see cref="DocumentJson.Entities"/> of the mentions.</summary>
    public IReadOnlyList<int> Mentions { get; init; } = [];
}
