using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsNlp.Models;

namespace NewsNlp.Tests.Packaging;

/// <summary>
/// What every package must carry and leave out (issue 14): the code licence as an expression, the models' terms in the
/// description, README and notices, each embedded model's licence text under <c>licenses/</c>, a symbols package, no
/// placeholder URL, a README with absolute links only; each model family in its own package (NewsNlp.Models.*) whose
/// licence is a file stating the data's terms (not MIT), on which the code packages depend; the optional encoder
/// package (code and model together) held to the code packages' rules plus its model's licence texts; and a tool package
/// that bundles the model packages without files it never loads.
/// </summary>
internal static partial class PackageHygiene
{
    /// <summary>
    /// The unpacked size the tool package must stay under (49.1 MB before native and debug files were dropped, 34.8 MB
    /// after, 35.9 MB with the short-text stance model, 49.8 MB with the corpus store: SQLite's native library for 7
    /// platforms, 11.6 MB, and SmartReader with AngleSharp, 2.4 MB).
    /// </summary>
    public const long MaxToolUnpackedBytes = 52_000_000;

    /// <summary>The model packages the solution packs (the optional MiniLM package carries its code and model together).</summary>
    public static readonly string[] ModelPackages = [EmbeddedModels.SentencesPackage, EmbeddedModels.NerPackage, EmbeddedModels.QuotesPackage, EmbeddedModels.StancePackage];

    public static void AssertAll(string folder, string version)
    {
        ModelInfo[] all = [.. ModelCatalog.Installed];
        foreach (string id in ModelPackages)
        {
            ModelInfo[] models = [.. all.Where(m => m.Package == id)];
            Assert.NotEmpty(models);
            AssertModelPackage(folder, id, version, models);
        }

        ModelInfo[] core = [.. ModelCatalog.Core];
        ModelInfo[] stance = [.. all.Where(m => m.Package == EmbeddedModels.StancePackage)];
        AssertCodePackage(folder, "NewsNlp", version, carried: [], named: core, dependsOn: EmbeddedModels.CorePackages);
        AssertCodePackage(folder, "NewsNlp.Stance", version, carried: [], named: stance, dependsOn: [EmbeddedModels.StancePackage]);
        AssertCodePackage(folder, "NewsNlp.Tool", version, carried: all, named: all, dependsOn: []);
        AssertMiniLmPackage(folder, version);
        AssertToolBundles(Path.Combine(folder, $"NewsNlp.Tool.{version}.nupkg"), ModelPackages);
        AssertToolIsLean(Path.Combine(folder, $"NewsNlp.Tool.{version}.nupkg"));
    }

    /// <summary>A code package: MIT expression, the models' terms in its description, README for NuGet; its dependencies.</summary>
    private static void AssertCodePackage(string folder, string id, string version, IReadOnlyList<ModelInfo> carried, IReadOnlyList<ModelInfo> named, IReadOnlyList<string> dependsOn)
    {
        using ZipArchive zip = OpenWithCommonEntries(folder, id, version, carried, out XElement metadata, out XNamespace ns, out string readme);
        XElement? license = metadata.Element(ns + "license");
        Assert.True(license is not null && (string?)license.Attribute("type") == "expression" && license.Value == "MIT", $"{id}: the code licence must be the MIT expression");
        Assert.Contains("research", metadata.Element(ns + "description")!.Value, StringComparison.Ordinal);
        Assert.Contains("dotnet add package NewsNlp", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --global NewsNlp.Tool", readme, StringComparison.Ordinal);
        foreach (ModelInfo model in named)
        {
            Assert.Contains($"`{model.Name}`", readme, StringComparison.Ordinal);
            Assert.Contains(model.Package, readme, StringComparison.Ordinal);
        }

        string[] dependencies = [.. metadata.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!)];
        foreach (string package in dependsOn)
        {
            Assert.True(dependencies.Contains(package), $"{id} must depend on {package} (its default models) so that it works with no extra step");
        }
    }

    /// <summary>
    /// The optional encoder package (NewsNlp.Stance.MiniLM), which carries its code and its model together: a code
    /// package (MIT expression, the model's terms in its description and its own README, depending on NewsNlp.Stance)
    /// that also holds the model's licence texts and, in its assembly, the model file and manifest it names.
    /// </summary>
    private static void AssertMiniLmPackage(string folder, string version)
    {
        string id = EmbeddedModels.MiniLmPackage;
        ModelInfo[] models = ManifestModels(id, version);
        Assert.NotEmpty(models);
        AssertCodePackage(folder, id, version, carried: models, named: models, dependsOn: ["NewsNlp.Stance"]);
        using ZipArchive zip = ZipFile.OpenRead(Path.Combine(folder, $"{id}.{version}.nupkg"));
        XDocument nuspec = XDocument.Parse(Read(zip, $"{id}.nuspec"));
        string description = nuspec.Root!.Descendants(nuspec.Root.Name.Namespace + "description").Single().Value;
        string[] resources = ResourceNames(zip, $"lib/net10.0/{id}.dll");
        Assert.Contains($"{id}.models.json", resources);
        foreach (ModelInfo model in models)
        {
            Assert.Contains(model.Name, description, StringComparison.Ordinal);
            Assert.True(resources.Contains(model.Resource), $"{id}.dll does not embed {model.Resource}");
            Assert.Contains("research", model.Terms, StringComparison.Ordinal);
            Assert.Contains("research", Read(zip, "README.md"), StringComparison.OrdinalIgnoreCase);
        }

        // Its model is trained like stance-short, whose data terms its licence text points to: that text travels too.
        Assert.True(zip.GetEntry("licenses/stance-short.txt") is not null, $"{id} lacks licenses/stance-short.txt, which its model's licence refers to");
    }

    /// <summary>The models a package's manifest (<c>packaging/models/PACKAGE.models.json</c>) lists, as the catalog would describe them.</summary>
    private static ModelInfo[] ManifestModels(string package, string version)
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Infrastructure.SharedData.RepoRoot, "packaging", "models", $"{package}.models.json")));
        return [.. manifest.RootElement.GetProperty("models").EnumerateArray().Select(m => new ModelInfo
        {
            Name = m.GetProperty("name").GetString()!,
            Package = package,
            Version = version,
            Resource = m.GetProperty("resource").GetString()!,
            Stage = m.GetProperty("stage").GetString()!,
            Task = m.GetProperty("task").GetString()!,
            Format = m.GetProperty("format").GetString()!,
            TrainingData = [.. m.GetProperty("trainingData").EnumerateArray().Select(e => e.GetString()!)],
            Terms = m.GetProperty("terms").GetString()!,
            LicenseFile = m.GetProperty("license").GetString()!,
            Metrics = [.. m.GetProperty("metrics").EnumerateArray().Select(e => e.GetString()!)],
            Card = m.GetProperty("card").GetString()!,
            SizeBytes = 0,
            Sha256 = "",
        })];
    }

    /// <summary>The manifest resource names of an assembly inside the package (read from its metadata, not loaded).</summary>
    private static string[] ResourceNames(ZipArchive zip, string entry)
    {
        ZipArchiveEntry? dll = zip.GetEntry(entry);
        Assert.True(dll is not null, $"the package lacks {entry}");
        using var bytes = new MemoryStream();
        using (Stream stream = dll.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        MetadataReader metadata = pe.GetMetadataReader();
        return [.. metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name))];
    }

    /// <summary>
    /// A model package: no dependencies, its licence a file (LICENSE.txt) naming every model it holds and, when the data is
    /// research-only, saying the weights are not MIT; the per-model licence texts; description and README naming the models.
    /// </summary>
    private static void AssertModelPackage(string folder, string id, string version, IReadOnlyList<ModelInfo> models)
    {
        using ZipArchive zip = OpenWithCommonEntries(folder, id, version, models, out XElement metadata, out XNamespace ns, out string readme);
        Assert.True(zip.GetEntry($"lib/net10.0/{id}.dll") is not null, $"{id} lacks its assembly");
        XElement? license = metadata.Element(ns + "license");
        Assert.True(license is not null && (string?)license.Attribute("type") == "file" && license.Value == "LICENSE.txt", $"{id}: the licence must be the file LICENSE.txt stating the training data's terms");
        string licenseText = Read(zip, "LICENSE.txt");
        string description = metadata.Element(ns + "description")!.Value;
        Assert.Contains("LICENSE.txt", description, StringComparison.Ordinal);
        Assert.Empty(metadata.Descendants(ns + "dependency"));
        foreach (ModelInfo model in models)
        {
            Assert.Contains(model.Resource, licenseText, StringComparison.Ordinal);
            Assert.Contains(model.Name, description, StringComparison.Ordinal);
            Assert.Contains($"`{model.Name}`", readme, StringComparison.Ordinal);
            if (model.Terms.Contains("research", StringComparison.Ordinal))
            {
                Assert.Contains("NOT offered under MIT", licenseText, StringComparison.Ordinal);
                Assert.Contains("research", description, StringComparison.Ordinal);
                Assert.Contains("research", readme, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Contains($"ModelPackageMissingException", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet add package NewsNlp", readme, StringComparison.Ordinal);
    }

    /// <summary>Opens the package and checks what every package carries: symbols, README, notices, licence texts, no placeholder URL.</summary>
    private static ZipArchive OpenWithCommonEntries(string folder, string id, string version, IReadOnlyList<ModelInfo> models, out XElement metadata, out XNamespace ns, out string readme)
    {
        string nupkg = Path.Combine(folder, $"{id}.{version}.nupkg");
        Assert.True(File.Exists(Path.Combine(folder, $"{id}.{version}.snupkg")), $"{id} has no symbols package (.snupkg)");
        ZipArchive zip = ZipFile.OpenRead(nupkg);
        foreach (string entry in (string[])["README.md", "THIRD-PARTY-NOTICES.md", .. models.Select(m => m.LicenseFile)])
        {
            Assert.True(zip.GetEntry(entry) is not null, $"{id} lacks {entry}");
        }

        foreach (ModelInfo model in models)
        {
            string licence = Read(zip, model.LicenseFile);
            Assert.Contains(model.Resource, licence, StringComparison.Ordinal);
        }

        XDocument nuspec = XDocument.Parse(Read(zip, $"{id}.nuspec"));
        ns = nuspec.Root!.Name.Namespace;
        metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Null(metadata.Element(ns + "projectUrl"));
        Assert.DoesNotContain("example.invalid", nuspec.ToString(), StringComparison.Ordinal);
        Assert.Contains("THIRD-PARTY-NOTICES.md", metadata.Element(ns + "description")!.Value, StringComparison.Ordinal);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);

        readme = Read(zip, "README.md");
        Assert.DoesNotContain("./newsnlp", readme, StringComparison.Ordinal);
        foreach (Match link in MarkdownLink().Matches(readme))
        {
            Assert.StartsWith("https://", link.Groups[1].Value, StringComparison.Ordinal);
        }

        return zip;
    }

    private static void AssertToolBundles(string nupkg, IReadOnlyList<string> modelPackages)
    {
        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        foreach (string id in modelPackages)
        {
            Assert.True(zip.GetEntry($"tools/net10.0/any/{id}.dll") is not null, $"the tool package does not bundle {id}");
        }
    }

    private static void AssertToolIsLean(string nupkg)
    {
        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        string[] unloaded = [.. zip.Entries.Select(e => e.FullName).Where(name =>
            name.EndsWith(".dbg", StringComparison.Ordinal)
            || name.EndsWith(".dwarf", StringComparison.Ordinal)
            || name.Contains("LdaNative", StringComparison.Ordinal)
            || name.EndsWith("/lightgbm.exe", StringComparison.Ordinal)
            || (name.StartsWith("tools/", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal) && !name.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)))];
        Assert.True(unloaded.Length == 0, "the tool package carries files it never loads:\n" + string.Join('\n', unloaded));
        long unpacked = zip.Entries.Sum(e => e.Length);
        Assert.True(unpacked < MaxToolUnpackedBytes, $"the tool package unpacks to {unpacked:N0} bytes");
    }

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\]\(([^)]*)\)")]
    private static partial Regex MarkdownLink();
}
