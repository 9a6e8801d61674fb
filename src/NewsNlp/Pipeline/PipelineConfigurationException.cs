namespace NewsNlp.Pipeline;

/// <summary>Thrown when a pipeline cannot be built: a required annotation has no producer, or two stages share a name.</summary>
public sealed class PipelineConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public PipelineConfigurationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PipelineConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public PipelineConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
