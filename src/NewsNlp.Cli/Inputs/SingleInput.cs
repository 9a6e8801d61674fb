namespace NewsNlp.Cli.Inputs;

/// <summary>Reads the one article of a command that takes a single file (or <c>-</c>), reporting failures on stderr.</summary>
internal static class SingleInput
{
    /// <summary>
    /// The text of <paramref name="input"/>, or null with <paramref name="exitCode"/> set: <see cref="ExitCodes.UsageError"/>
    /// when it names nothing readable (missing, a folder), <see cref="ExitCodes.SomeDocumentsFailed"/> when the document
    /// itself is refused (unreadable, binary, too long).
    /// </summary>
    public static string? Read(string input, CliEnvironment env, InputLimits limits, out int exitCode)
    {
        InputSet? inputs = InputSet.ResolveSingle(input, env);
        if (inputs is null)
        {
            exitCode = ExitCodes.UsageError;
            return null;
        }

        InputDocument document = inputs.Documents[0];
        try
        {
            exitCode = ExitCodes.Success;
            return InputReader.Read(document, env, limits);
        }
        catch (InputException ex)
        {
            env.Error($"{document.Id}: {ex.Message}");
            exitCode = ExitCodes.SomeDocumentsFailed;
            return null;
        }
    }
}
