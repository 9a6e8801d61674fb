namespace NewsNlp.Serialization.Model;

/// <summary>
/// The token table in columns (compact: one array per field, token <c>i</c> is the <c>i</c>-th entry of each).
/// </summary>
public sealed record TokensJson
{
    /// <summary>Number of tokens.</summary>
    public int Count { get; init; }

    /// <summary>Start offset of each token.</summary>
    public IReadOnlyList<int> Starts { get; init; } = [];

    /// <summary>End offset (exclusive) of each token.</summary>
    public IReadOnlyList<int> Ends { get; init; } = [];

    /// <summary>Lexical class of each token as a lower-case name (<c>word</c>, <c>clitic</c>, <c>number</c>, <c>punctuation</c>, <c>quote</c> …).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Trait bit flags of each token (1 quote opens, 2 quote closes, 4 sentence start, 8 paragraph start, 16 newline after).</summary>
    public IReadOnlyList<int> Traits { get; init; } = [];
}
