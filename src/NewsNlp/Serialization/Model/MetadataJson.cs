namespace NewsNlp.Serialization.Model;

/// <summary>JSON form of <see cref="Documents.DocumentMetadata"/>; absent values are null.</summary>
public sealed record MetadataJson
{
    /// <summary>Headline, when supplied separately from the text.</summary>
    public string? Headline { get; init; }

    /// <summary>True when the headline was read from the text (the structure stage), not given by the caller.</summary>
    public bool HeadlineFromText { get; init; }

    /// <summary>Publisher or feed.</summary>
    public string? Source { get; init; }

    /// <summary>Publication date (ISO 8601).</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Stance targets the document was scored against.</summary>
    public IReadOnlyList<string> StanceTargets { get; init; } = [];
}
