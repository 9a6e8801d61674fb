namespace NewsNlp.Models;

/// <summary>
/// A stage needs an embedded model whose package (<see cref="Package"/>, e.g. <c>NewsNlp.Models.Quotes</c>) the
/// application does not reference; the message says which package to add or which option takes a model of your own.
/// </summary>
public sealed class ModelPackageMissingException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ModelPackageMissingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ModelPackageMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ModelPackageMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="model"/> of <paramref name="package"/>.</summary>
    public ModelPackageMissingException(string package, string model, string message)
        : base(message)
    {
        Package = package;
        Model = model;
    }

    /// <summary>The package to add, e.g. <c>NewsNlp.Models.Quotes</c>.</summary>
    public string? Package { get; }

    /// <summary>The model that was asked for, e.g. <c>attribution-tagger</c>.</summary>
    public string? Model { get; }
}
