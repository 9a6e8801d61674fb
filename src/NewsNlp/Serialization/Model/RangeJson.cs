namespace NewsNlp.Serialization.Model;

/// <summary>A sentence or paragraph: its character span and token range.</summary>
public sealed record RangeJson
{
    /// <summary>Start offset (UTF-16 code units).</summary>
    public int Start { get; init; }

    /// <summary>End offset, exclusive.</summary>
    public int End { get; init; }

    /// <summary>Index of the first token.</summary>
    public int FirstToken { get; init; }

    /// <summary>Index one past the last token.</summary>
    public int EndToken { get; init; }
}
