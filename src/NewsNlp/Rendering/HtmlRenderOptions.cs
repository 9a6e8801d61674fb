namespace NewsNlp.Rendering;

/// <summary>What <see cref="HtmlRenderer"/> puts on the page.</summary>
public sealed record HtmlRenderOptions
{
    /// <summary>The defaults: every section, title from the metadata or the first line.</summary>
    public static HtmlRenderOptions Default { get; } = new();

    /// <summary>Page title; default: the headline, else the first line of the text, else the document id.</summary>
    public string? Title { get; init; }

    /// <summary>Show the speaker table with each speaker's quotes and stances (default true).</summary>
    public bool IncludeSpeakerTable { get; init; } = true;

    /// <summary>Show the list of entities by type (default true).</summary>
    public bool IncludeEntityList { get; init; } = true;
}
