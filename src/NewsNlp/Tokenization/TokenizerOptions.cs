namespace NewsNlp.Tokenization;

/// <summary>Options of <see cref="NewsTokenizer"/>.</summary>
public sealed record TokenizerOptions
{
    /// <summary>The defaults: Universal Dependencies / Penn Treebank conventions.</summary>
    public static TokenizerOptions Default { get; } = new();

    /// <summary>
    /// Split hyphenated compounds at their hyphens (<c>well-known</c> → <c>well</c> <c>-</c> <c>known</c>), as UD English EWT and
    /// GUM do; words with bound prefixes (<c>e-mail</c>, <c>non-</c>, <c>re-</c>, <c>pre-</c> …) and digit ranges stay whole.
    /// Default true. Set false for the CoNLL-2003 convention (hyphenated words whole).
    /// </summary>
    public bool SplitHyphens { get; init; } = true;

    /// <summary>
    /// Split informal contractions without an apostrophe the way UD does (<c>gonna</c> → <c>gon</c> <c>na</c>,
    /// <c>cannot</c> → <c>can</c> <c>not</c>, <c>dont</c> → <c>do</c> <c>nt</c>). Default true.
    /// </summary>
    public bool SplitInformalContractions { get; init; } = true;
}
