namespace NewsNlp.Learning;

/// <summary>A model file is corrupt, truncated, of another kind, or of an unsupported format version.</summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ModelFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
