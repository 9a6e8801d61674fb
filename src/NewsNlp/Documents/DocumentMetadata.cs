namespace NewsNlp.Documents;

/// <summary>Optional facts about an article that are not part of its text.</summary>
public sealed record DocumentMetadata
{
    /// <summary>An identifier chosen by the caller (file name, URL, database key).</summary>
    public string? Id { get; init; }

    /// <summary>The article's headline, when it is not part of the text.</summary>
    public string? Headline { get; init; }

    /// <summary>
    /// True when <see cref="Headline"/> was read from the text by the structure stage rather than given by the caller.
    /// </summary>
    public bool HeadlineFromText { get; init; }

    /// <summary>Publisher or feed the article came from.</summary>
    public string? Source { get; init; }

    /// <summary>Where the article was published (its address), when known.</summary>
    public string? Url { get; init; }

    /// <summary>Who wrote the article, as the source states it (free text), when known.</summary>
    public string? Byline { get; init; }

    /// <summary>
    /// What <see cref="NewsDocument.Text"/> was extracted from when it is not the input itself — <c>html</c> for the article
    /// text read out of a web page — or null. Every offset refers to the document's text, never to the original markup.
    /// </summary>
    public string? ExtractedFrom { get; init; }

    /// <summary>Publication date.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Stance targets (claims, headlines, short phrases) that stance stages should score this article against.</summary>
    public IReadOnlyList<string> StanceTargets { get; init; } = [];
}
