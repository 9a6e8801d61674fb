namespace NewsNlp.Documents;

/// <summary>A contiguous run of tokens <c>[FirstToken, EndToken)</c> with the character span it covers.</summary>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="EndToken">Index one past the last token.</param>
/// <param name="Span">Characters from the first token's start to the last token's end.</param>
public readonly record struct TokenRange(int FirstToken, int EndToken, TextSpan Span)
{
    /// <summary>Number of tokens.</summary>
    public int TokenCount => EndToken - FirstToken;

    /// <summary>True when <paramref name="tokenIndex"/> is inside the range.</summary>
    public bool ContainsToken(int tokenIndex) => tokenIndex >= FirstToken && tokenIndex < EndToken;
}
