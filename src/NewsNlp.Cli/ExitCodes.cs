namespace NewsNlp.Cli;

/// <summary>Process exit codes shared by the commands (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Every document was processed.</summary>
    public const int Success = 0;

    /// <summary>At least one document (or folder) failed; the others were written, failed documents as error records.</summary>
    public const int SomeDocumentsFailed = 1;

    /// <summary>Nothing was processed: a parse error, bad option value, missing input, invalid pipeline or unusable model.</summary>
    public const int UsageError = 2;

    /// <summary>The output could not be written (broken pipe, disk full): the run stopped there.</summary>
    public const int OutputFailed = 3;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
