namespace NewsNlp.Corpus.Model;

/// <summary>What adding an article did.</summary>
public enum AddOutcome
{
    /// <summary>The article was stored.</summary>
    Added,

    /// <summary>An article with the same id was already stored; nothing was added.</summary>
    DuplicateId,

    /// <summary>An article with the same text (same SHA-256) was already stored under another id; nothing was added.</summary>
    DuplicateText,
}
