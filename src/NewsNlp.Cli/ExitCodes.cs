namespace NewsNlp.Cli;

/// <summary>Process exit codes shared by the commands.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was processed.</summary>
    public const int Success = 0;

    /// <summary>At least one document failed; the others were written.</summary>
    public const int SomeDocumentsFailed = 1;

    /// <summary>Nothing was processed: missing or unreadable input, bad option, invalid pipeline.</summary>
    public const int UsageError = 2;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
