using NewsNlp.Documents;

namespace NewsNlp.Serialization;

/// <summary>What <see cref="NewsDocumentJson"/> writes and how.</summary>
public sealed record NewsDocumentJsonOptions
{
    /// <summary>The defaults: text included, tokens omitted, compact output.</summary>
    public static NewsDocumentJsonOptions Default { get; } = new();

    /// <summary>Write the document text (default true). Offsets stay valid without it if the reader has the text.</summary>
    public bool IncludeText { get; init; } = true;

    /// <summary>Write the token table in columns (default false: it is the largest part of the output).</summary>
    public bool IncludeTokens { get; init; }

    /// <summary>Indent the JSON for reading (default false: one line, as JSONL needs).</summary>
    public bool Indented { get; init; }

    /// <summary>
    /// Package layers written even when a document lacks them (as an empty array), first and in this order, so a
    /// consumer can rely on the property (the <c>newsnlp</c> tool always writes <c>stances</c>). The document's other
    /// layers follow in the order they were added. Default: none.
    /// </summary>
    public IReadOnlyList<LayerKey> AlwaysWrittenLayers { get; init; } = [];
}
