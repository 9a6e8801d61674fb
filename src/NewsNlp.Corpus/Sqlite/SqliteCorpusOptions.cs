namespace NewsNlp.Corpus.Sqlite;

/// <summary>How <see cref="SqliteCorpusIndex"/> opens its file.</summary>
public sealed record SqliteCorpusOptions
{
    /// <summary>
    /// True (default): create the file and its schema when it does not exist. False: the file must exist (queries), and a
    /// missing file is a <see cref="CorpusStoreException"/> saying so.
    /// </summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>
    /// <c>PRAGMA synchronous</c> under WAL: <c>NORMAL</c> (default; a power cut may lose the last committed batches, never
    /// corrupt the file, and a rerun adds them again) or <c>FULL</c> (every commit reaches the disk).
    /// </summary>
    public bool DurableCommits { get; init; }
}
