namespace NewsNlp.Documents;

/// <summary>Bit flags describing a token beyond its <see cref="TokenKind"/>.</summary>
[Flags]
public enum TokenTraits : byte
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>The token is a quote mark that opens a quotation.</summary>
    QuoteOpen = 1,
    /// <summary>The token is a quote mark that closes a quotation.</summary>
    QuoteClose = 2,
    /// <summary>The token starts a sentence.</summary>
    SentenceStart = 4,
    /// <summary>The token starts a paragraph.</summary>
    ParagraphStart = 8,
    /// <summary>The token is followed by a line break in the text.</summary>
    NewlineAfter = 16,
}
