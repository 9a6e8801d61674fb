using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsNlp.Serialization.Model;

/// <summary>
/// The JSON form of a processed <see cref="Documents.NewsDocument"/> (schema <see cref="NewsDocumentJson.SchemaId"/>).
/// All offsets are UTF-16 code units into the document text, <c>[start, end)</c>. See <c>docs/json-format.md</c>.
/// </summary>
public sealed record DocumentJson
{
    /// <summary>Schema identifier and version, <c>newsnlp.document/2</c>.</summary>
    public string Schema { get; init; } = NewsDocumentJson.SchemaId;

    /// <summary>The caller's identifier (file name, URL …), or null.</summary>
    public string? Id { get; init; }

    /// <summary>Metadata supplied with the text.</summary>
    public MetadataJson Metadata { get; init; } = new();

    /// <summary>Length of the text in UTF-16 code units.</summary>
    public int TextLength { get; init; }

    /// <summary>The text itself; omitted when <see cref="NewsDocumentJsonOptions.IncludeText"/> is false.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    /// <summary>Names of the annotations the pipeline produced (<c>tokens</c>, <c>entities</c>, <c>quotes</c> …), sorted.</summary>
    public IReadOnlyList<string> Produced { get; init; } = [];

    /// <summary>Tokens in columns; omitted unless <see cref="NewsDocumentJsonOptions.IncludeTokens"/> is true.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TokensJson? Tokens { get; init; }

    /// <summary>Sentences in text order.</summary>
    public IReadOnlyList<RangeJson> Sentences { get; init; } = [];

    /// <summary>Paragraphs in text order.</summary>
    public IReadOnlyList<RangeJson> Paragraphs { get; init; } = [];

    /// <summary>Parts outside the running text (headline, dateline, captions …) in text order.</summary>
    public IReadOnlyList<PartJson> Structure { get; init; } = [];

    /// <summary>Named-entity mentions in text order.</summary>
    public IReadOnlyList<EntityJson> Entities { get; init; } = [];

    /// <summary>Document-level entities (mentions of the same thing grouped).</summary>
    public IReadOnlyList<EntityClusterJson> EntityClusters { get; init; } = [];

    /// <summary>Quotes in text order of their first content span.</summary>
    public IReadOnlyList<QuoteJson> Quotes { get; init; } = [];

    /// <summary>Speakers with the ids of their quotes.</summary>
    public IReadOnlyList<SpeakerJson> Speakers { get; init; } = [];

    /// <summary>
    /// The layers packages add (see <see cref="Documents.LayerKey"/>), by JSON property, after the core's properties:
    /// e.g. <c>stances</c> from <c>NewsNlp.Stance</c>, whose <c>StanceDocumentJson.Stances</c> reads it back typed.
    /// Any property this version does not know is kept here too.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Layers { get; set; }
}
