using System.Text.Json.Serialization;
using NewsNlp.Serialization.Model;

namespace NewsNlp.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the document JSON model (no reflection; trimming- and AOT-safe).
/// Use <c>NewsNlpJsonContext.Default.DocumentJson</c> to read documents back.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false,
    Converters = [typeof(LosslessStringConverter)])]
[JsonSerializable(typeof(DocumentJson))]
public sealed partial class NewsNlpJsonContext : JsonSerializerContext
{
}
