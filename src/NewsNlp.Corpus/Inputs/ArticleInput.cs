using NewsNlp.Documents;

namespace NewsNlp.Corpus.Inputs;

/// <summary>
/// One article as it arrives, before analysis: its text and what is known about it (from a JSONL record, a saved web
/// page or a file name).
/// </summary>
public sealed record ArticleInput
{
    /// <summary>The caller's identifier (JSONL <c>id</c>, or the file path); null lets the index derive one from the text.</summary>
    public string? Id { get; init; }

    /// <summary>Where the article was published (JSONL <c>url</c>, or the page's canonical address when known).</summary>
    public string? Url { get; init; }

    /// <summary>The headline (JSONL <c>headline</c>, or the page title).</summary>
    public string? Headline { get; init; }

    /// <summary>Who wrote it, as the page states it (author and sometimes date, free text).</summary>
    public string? Byline { get; init; }

    /// <summary>Publication date and time.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Publisher or feed (JSONL <c>source</c>, or the page's site name).</summary>
    public string? Source { get; init; }

    /// <summary>The article text that is analysed; every offset of the analysis refers to it.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// What <see cref="Text"/> was extracted from when it is not the input itself: <see cref="ExtractedFromHtml"/> for a
    /// web page (the text is SmartReader's article text, not the HTML), otherwise null.
    /// </summary>
    public string? ExtractedFrom { get; init; }

    /// <summary>The value of <see cref="ExtractedFrom"/> for text extracted from a web page.</summary>
    public const string ExtractedFromHtml = "html";

    /// <summary>The pipeline metadata of this article, with <paramref name="stanceTargets"/> to score it against.</summary>
    public DocumentMetadata ToMetadata(IReadOnlyList<string>? stanceTargets = null) => new()
    {
        Id = Id,
        Url = Url,
        Headline = string.IsNullOrWhiteSpace(Headline) ? null : Headline.Trim(),
        Byline = string.IsNullOrWhiteSpace(Byline) ? null : Byline.Trim(),
        Published = Published,
        Source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(),
        ExtractedFrom = ExtractedFrom,
        StanceTargets = stanceTargets ?? [],
    };
}
