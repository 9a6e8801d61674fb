namespace NewsNlp.Serialization.Model;

/// <summary>A part of the article outside its running text (<see cref="Documents.DocumentPart"/>).</summary>
public sealed record PartJson
{
    /// <summary><c>headline</c>, <c>standfirst</c>, <c>dateline</c>, <c>byline</c>, <c>caption</c>, <c>slug</c> or <c>credits</c>.</summary>
    public string Kind { get; init; } = "";

    /// <summary>Offset of the first character.</summary>
    public int Start { get; init; }

    /// <summary>Offset one past the last character.</summary>
    public int End { get; init; }
}
