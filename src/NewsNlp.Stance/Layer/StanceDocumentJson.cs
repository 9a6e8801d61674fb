using System.Text.Json;
using NewsNlp.Serialization;
using NewsNlp.Serialization.Model;

namespace NewsNlp.Stance;

/// <summary>The stance layer of a document read back with <see cref="NewsDocumentJson"/>: <c>model.Stances</c>.</summary>
public static class StanceDocumentJson
{
    extension(DocumentJson model)
    {
        /// <summary>The <c>stances</c> of a document read with <see cref="NewsDocumentJson.Deserialize(string)"/> (empty when it has none).</summary>
        /// <exception cref="JsonException">The <c>stances</c> property is not an array of stance objects.</exception>
        public IReadOnlyList<StanceJson> Stances =>
            model.Layers is { } layers && layers.TryGetValue(StanceLayer.Key.Name, out JsonElement element)
                ? element.Deserialize(StanceJsonContext.Default.IReadOnlyListStanceJson) ?? []
                : [];
    }
}
