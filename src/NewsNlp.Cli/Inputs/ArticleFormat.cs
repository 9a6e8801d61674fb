namespace NewsNlp.Cli.Inputs;

/// <summary>How an input file holds its articles.</summary>
internal enum ArticleFormat
{
    /// <summary>One article as plain text.</summary>
    Text,

    /// <summary>One saved web page: the article text is extracted with SmartReader.</summary>
    Html,

    /// <summary>One JSON object per line with <c>text</c> and metadata (<c>id</c>, <c>url</c>, <c>headline</c>, <c>published</c>, <c>source</c>).</summary>
    Jsonl,
}

/// <summary>Tells an input's format from its name, or from the option that forces one.</summary>
internal static class ArticleFormats
{
    /// <summary>The file extensions a folder walk picks up when the format is told by extension.</summary>
    public static readonly string[] KnownExtensions = [".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"];

    /// <summary>The <c>--input-format</c> values.</summary>
    public static readonly string[] OptionValues = ["auto", "text", "html", "jsonl"];

    /// <summary>
    /// The format of <paramref name="document"/>: the forced one, else by extension (<c>.html</c>/<c>.htm</c>/<c>.xhtml</c>
    /// → HTML, <c>.jsonl</c>/<c>.ndjson</c> → JSONL, anything else text). Standard input is text unless forced.
    /// </summary>
    public static ArticleFormat Of(InputDocument document, string option)
    {
        switch (option)
        {
            case "text":
                return ArticleFormat.Text;
            case "html":
                return ArticleFormat.Html;
            case "jsonl":
                return ArticleFormat.Jsonl;
        }

        string extension = Path.GetExtension(document.Path ?? document.Id).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => ArticleFormat.Html,
            ".jsonl" or ".ndjson" => ArticleFormat.Jsonl,
            _ => ArticleFormat.Text,
        };
    }
}
