using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;

namespace NewsNlp.Models;

/// <summary>
/// Lists the embedded models with their package, training data, licence terms, metrics and size. Each model package
/// (<see cref="EmbeddedModels.Packages"/>) carries a manifest resource <c>&lt;AssemblyName&gt;.models.json</c>
/// describing its models; size and SHA-256 are measured from the embedded bytes, so the catalog always describes what
/// is actually shipped.
/// </summary>
/// <example>
/// <code>
/// foreach (ModelInfo model in ModelCatalog.Installed)
///     Console.WriteLine($"{model.Name} ({model.Package}) {model.SizeBytes:N0} B: {model.Terms}");
/// </code>
/// </example>
public static class ModelCatalog
{
    /// <summary>Suffix of the manifest resource, after the assembly name.</summary>
    public const string ManifestSuffix = ".models.json";

    private static readonly Lazy<IReadOnlyList<ModelInfo>> CoreModels = new(() => Of(EmbeddedModels.CorePackages));
    private static readonly Lazy<IReadOnlyList<ModelInfo>> InstalledModels = new(() => Of(EmbeddedModels.Packages));

    /// <summary>
    /// The models of the packages the core <c>NewsNlp</c> package depends on (tokenizer, NER, quotes:
    /// <see cref="EmbeddedModels.CorePackages"/>) that the application references.
    /// </summary>
    public static IReadOnlyList<ModelInfo> Core => CoreModels.Value;

    /// <summary>The models of every model package (<see cref="EmbeddedModels.Packages"/>) that the application references.</summary>
    public static IReadOnlyList<ModelInfo> Installed => InstalledModels.Value;

    /// <summary>The models embedded in <paramref name="assembly"/> (empty when it has no manifest).</summary>
    /// <exception cref="InvalidDataException">The manifest is malformed, or names a resource the assembly lacks.</exception>
    public static IReadOnlyList<ModelInfo> For(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        string name = assembly.GetName().Name ?? "";
        using Stream? manifest = assembly.GetManifestResourceStream(name + ManifestSuffix);
        if (manifest is null)
        {
            return [];
        }

        string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString() ?? "";
        try
        {
            using JsonDocument json = JsonDocument.Parse(manifest);
            return [.. json.RootElement.GetProperty("models").EnumerateArray().Select(m => Read(m, assembly, name, version))];
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"The model manifest of {name} is malformed: {ex.Message}", ex);
        }
    }

    private static IReadOnlyList<ModelInfo> Of(IReadOnlyList<string> packages) =>
        [.. packages.Select(EmbeddedModels.Find).OfType<Assembly>().SelectMany(For)];

    private static ModelInfo Read(JsonElement m, Assembly assembly, string package, string version)
    {
        string resource = m.GetProperty("resource").GetString()!;
        using Stream bytes = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"The model manifest of {package} names '{resource}', which {package} does not embed.");
        long size = bytes.Length;
        string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new ModelInfo
        {
            Name = m.GetProperty("name").GetString()!,
            Package = package,
            Version = version,
            Resource = resource,
            Stage = m.GetProperty("stage").GetString()!,
            Task = m.GetProperty("task").GetString()!,
            Format = m.GetProperty("format").GetString()!,
            TrainingData = [.. m.GetProperty("trainingData").EnumerateArray().Select(e => e.GetString()!)],
            Terms = m.GetProperty("terms").GetString()!,
            LicenseFile = m.GetProperty("license").GetString()!,
            Metrics = [.. m.GetProperty("metrics").EnumerateArray().Select(e => e.GetString()!)],
            Card = m.GetProperty("card").GetString()!,
            SizeBytes = size,
            Sha256 = sha,
        };
    }
}
