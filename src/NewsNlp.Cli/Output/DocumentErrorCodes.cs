namespace NewsNlp.Cli.Output;

/// <summary>The <c>error.code</c> values of a failed document's record (documented in docs/cli.md).</summary>
internal static class DocumentErrorCodes
{
    /// <summary>The file could not be opened or read (missing, permission denied, I/O error).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>The text is longer than the character limit (<c>--max-chars</c>).</summary>
    public const string TooLong = "too-long";

    /// <summary>The input is not text (NUL characters, or mostly control and undecodable characters).</summary>
    public const string Binary = "binary";

    /// <summary>A pipeline stage failed on the document.</summary>
    public const string ProcessingFailed = "processing-failed";
}
