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

    /// <summary>Publication date.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Stance targets (claims, headlines, short phrases) that stance stages should score this article against.</summary>
    public IReadOnlyList<string> StanceTargets { get; init; } = [];
}
