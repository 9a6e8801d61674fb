using System.Text.Json.Serialization;
using NewsNlp.Serialization;

namespace NewsNlp.Stance;

/// <summary>Source-generated System.Text.Json metadata for the stance layer's records (the same settings as the core document's).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false,
    Converters = [typeof(LosslessStringConverter)])]
[JsonSerializable(typeof(StanceJson))]
[JsonSerializable(typeof(IReadOnlyList<StanceJson>))]
internal sealed partial class StanceJsonContext : JsonSerializerContext
{
}
