using System.Text.Json;
using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>
/// The stance annotation layer this package adds to <see cref="NewsDocument"/>: its key (JSON property
/// <c>stances</c>, written after the core's properties; a speaker-table column and section on the HTML page) and the
/// <c>document.Stances</c> accessor (<see cref="StanceDocumentJson"/> reads the layer back from JSON).
/// </summary>
public static class StanceLayer
{
    /// <summary>The key of the stance layer.</summary>
    public static readonly LayerKey<StanceAnnotation> Key = new("stances")
    {
        Json = static (writer, _, stance) => JsonSerializer.Serialize(writer, StanceJsonMapper.Map(stance), StanceJsonContext.Default.StanceJson),
        Html = StanceHtmlView.For,
    };

    /// <summary>The stance layer of a document.</summary>
    extension(NewsDocument document)
    {
        /// <summary>The document's stance annotations (empty when no stance stage ran); never adds the layer.</summary>
        public IReadOnlyList<StanceAnnotation> Stances => document.TryGetLayer(Key, out AnnotationLayer<StanceAnnotation>? layer) ? layer : [];
    }
}
