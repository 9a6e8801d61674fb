namespace NewsNlp.Cli.Inputs;

/// <summary>How much text one document may have, and the option a user changes it with (named in the error).</summary>
/// <param name="MaxChars">Largest text accepted, in UTF-16 code units; reading stops as soon as it is passed.</param>
/// <param name="OptionName">The command-line option that sets the limit, or null when the command has none.</param>
internal sealed record InputLimits(int MaxChars, string? OptionName)
{
    /// <summary>The pipeline's default limit (64 Mi characters), for commands without <c>--max-chars</c>.</summary>
    public static InputLimits Default { get; } = new(64 * 1024 * 1024, null);
}
