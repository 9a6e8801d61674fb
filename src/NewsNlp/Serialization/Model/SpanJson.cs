namespace NewsNlp.Serialization.Model;

/// <summary>A character span with its text.</summary>
public sealed record SpanJson
{
    /// <summary>Start offset (UTF-16 code units).</summary>
    public int Start { get; init; }

    /// <summary>End offset, exclusive.</summary>
    public int End { get; init; }

    /// <summary>The covered text.</summary>
    public string Text { get; init; } = "";
}
