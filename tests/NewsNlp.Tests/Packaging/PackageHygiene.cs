using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsNlp.Models;

namespace NewsNlp.Tests.Packaging;

/// <summary>
/// What every package must carry and leave out (issue 14): the code licence as an expression, the models' terms in the
/// description, README and notices, each embedded model's licence text under <c>licenses/</c>, a symbols package, no
/// placeholder URL, a README with absolute links only; each model family in its own package (NewsNlp.Models.*) whose
/// licence is a file stating the data's terms (not MIT), on which the code packages depend; and a tool package that
/// bundles the model packages without files it never loads.
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
