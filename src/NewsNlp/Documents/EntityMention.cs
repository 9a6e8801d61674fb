namespace NewsNlp.Documents;

/// <summary>One mention of a named entity in the text.</summary>
public sealed record EntityMention
{
    /// <summary>Character span of the mention.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Token range <c>[FirstToken, EndToken)</c> of the mention.</summary>
    public required int FirstToken { get; init; }

    /// <summary>Index one past the mention's last token.</summary>
    public required int EndToken { get; init; }

    /// <summary>Entity type.</summary>
    public required EntityType Type { get; init; }

    /// <summary>The mention's text as it appears in the document.</summary>
    public required string Text { get; init; }

    /// <summary>Confidence in <c>[0, 1]</c>.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Name of the component that produced the mention (e.g. <c>ner</c>, <c>entity-rules</c>).</summary>
    public required string Producer { get; init; }

    /// <summary>Id of the document-level entity (cluster of mentions naming the same thing), once linked; otherwise -1.</summary>
    public int EntityId { get; init; } = -1;
}
