namespace NewsNlp.Serialization.Model;

/// <summary>A named-entity mention.</summary>
public sealed record EntityJson
{
    /// <summary>Start offset (UTF-16 code units).</summary>
    public int Start { get; init; }

    /// <summary>End offset, exclusive.</summary>
    public int End { get; init; }

    /// <summary>The mention's text.</summary>
    public string Text { get; init; } = "";

    /// <summary><c>PERSON</c>, <c>ORG</c>, <c>LOC</c> or <c>MISC</c>.</summary>
    public string Type { get; init; } = "";

    /// <summary>Confidence in <c>[0, 1]</c>.</summary>
    public double Confidence { get; init; }

    /// <summary>Component that produced the mention.</summary>
    public string Producer { get; init; } = "";

    /// <summary>Id of the entity cluster, or -1 when not linked.</summary>
    public int EntityId { get; init; } = -1;

    /// <summary>Index of the first token.</summary>
    public int FirstToken { get; init; }

    /// <summary>Index one past the last token.</summary>
    public int EndToken { get; init; }
}
