namespace NewsNlp.Documents;

/// <summary>How a quotation reports speech.</summary>
public enum QuoteKind : byte
{
    /// <summary>The speaker's words inside quote marks.</summary>
    Direct,
    /// <summary>A paraphrase that contains some quoted words.</summary>
    Mixed,
    /// <summary>Reported speech without quote marks ("X said that …").</summary>
    Indirect,
}
