namespace NewsNlp.Cli.Output;

/// <summary>Turns a stage's exception into a message for a user (no parameter names or exception type names of ours).</summary>
internal static class ErrorMessages
{
    public static string Describe(Exception? error) => error switch
    {
        null => "failed",
        ArgumentException a when a.ParamName is not null => a.Message.Replace($" (Parameter '{a.ParamName}')", "", StringComparison.Ordinal),
        ArgumentException or InvalidOperationException or IOException => error.Message,
        _ => $"{error.GetType().Name}: {error.Message}",
    };
}
