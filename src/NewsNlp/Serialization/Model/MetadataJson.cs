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

    /// <summary>Where the article was published, or null.</summary>
    public string? Url { get; init; }

    /// <summary>Who wrote it, as the source states it, or null.</summary>
    public string? Byline { get; init; }

    /// <summary>
    /// What the text was extracted from: <c>html</c> when it is the article text read out of a web page (every offset
    /// refers to that text, not to the HTML), null when the input was the text itself.
    /// </summary>
    public string? ExtractedFrom { get; init; }

    /// <summary>Publication date (ISO 8601).</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Stance targets the document was scored against.</summary>
    public IReadOnlyList<string> StanceTargets { get; init; } = [];
}
