namespace NewsNlp.Documents;

/// <summary>A document-level entity: all mentions that name the same person, organisation or place.</summary>
public sealed record DocumentEntity
{
    /// <summary>Id, unique within the document; <see cref="EntityMention.EntityId"/> refers to it.</summary>
    public required int Id { get; init; }

    /// <summary>Canonical name: the longest full form used in the document ("Bashar al-Jaafari" for "Jaafari").</summary>
    public required string CanonicalName { get; init; }

    /// <summary>Entity type.</summary>
    public required EntityType Type { get; init; }

    /// <summary>Indexes into <see cref="NewsDocument.Entities"/> of the mentions, in text order.</summary>
    public required IReadOnlyList<int> MentionIndexes { get; init; }
}
