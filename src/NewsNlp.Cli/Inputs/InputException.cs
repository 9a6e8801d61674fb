namespace NewsNlp.Cli.Inputs;

/// <summary>One input document could not be read as text; <see cref="Code"/> is its error record's code.</summary>
internal sealed class InputException : Exception
{
    public InputException()
        : this(Output.DocumentErrorCodes.Unreadable, "cannot read the input")
    {
    }

    public InputException(string message)
        : this(Output.DocumentErrorCodes.Unreadable, message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = Output.DocumentErrorCodes.Unreadable;
    }

    public InputException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>One of <see cref="Output.DocumentErrorCodes"/>.</summary>
    public string Code { get; }
}
