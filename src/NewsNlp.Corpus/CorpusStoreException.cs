namespace NewsNlp.Corpus;

/// <summary>
/// The corpus store cannot be used: the file is missing (when it must exist), is not a NewsNlp corpus, is corrupt, was
/// made by a newer version, or was deleted while in use. The message says which file and what to do.
/// </summary>
public sealed class CorpusStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CorpusStoreException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public CorpusStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public CorpusStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
