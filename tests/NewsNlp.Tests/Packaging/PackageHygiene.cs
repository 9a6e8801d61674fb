using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsNlp.Models;

namespace NewsNlp.Tests.Packaging;

/// <summary>
/// What every package must carry and leave out (issue 14): the code licence as an expression, the models' terms in the
/// description, README and notices, each embedded model's licence text under <c>licenses/</c>, a symbols package, no
/// placeholder URL, a README with absolute links only; and a tool package without files it never loads.
/// </summary>
internal static partial class PackageHygiene
{
    /// <summary>
    /// The unpacked size the tool package must stay under (49.1 MB before native and debug files were dropped, 34.8 MB
    /// after, 35.9 MB with the short-text stance model, 49.8 MB with the corpus store: SQLite's native library for 7
    /// platforms, 11.6 MB, and SmartReader with AngleSharp, 2.4 MB).
    /// </summary>
    public const long MaxToolUnpackedBytes = 52_000_000;

    public static void AssertAll(string folder, string version)
    {
        ModelInfo[] core = [.. ModelCatalog.Core];
        ModelInfo[] stance = [.. ModelCatalog.For(typeof(NewsNlp.Stance.Model.StanceModel).Assembly)];
        AssertPackage(folder, "NewsNlp", version, core);
        AssertPackage(folder, "NewsNlp.Stance", version, stance);
        AssertPackage(folder, "NewsNlp.Tool", version, [.. core, .. stance]);
        AssertToolIsLean(Path.Combine(folder, $"NewsNlp.Tool.{version}.nupkg"));
    }

    private static void AssertPackage(string folder, string id, string version, IReadOnlyList<ModelInfo> models)
    {
        string nupkg = Path.Combine(folder, $"{id}.{version}.nupkg");
        Assert.True(File.Exists(Path.Combine(folder, $"{id}.{version}.snupkg")), $"{id} has no symbols package (.snupkg)");
        using ZipArchive zip = ZipFile.OpenRead(nupkg);
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
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        XElement? license = metadata.Element(ns + "license");
        Assert.True(license is not null && (string?)license.Attribute("type") == "expression" && license.Value == "MIT", $"{id}: the code licence must be the MIT expression");
        Assert.Null(metadata.Element(ns + "projectUrl"));
        Assert.DoesNotContain("example.invalid", nuspec.ToString(), StringComparison.Ordinal);
        string description = metadata.Element(ns + "description")!.Value;
        Assert.Contains("THIRD-PARTY-NOTICES.md", description, StringComparison.Ordinal);
        Assert.Contains("research", description, StringComparison.Ordinal);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);

        string readme = Read(zip, "README.md");
        Assert.Contains("dotnet add package NewsNlp", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --global NewsNlp.Tool", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("./newsnlp", readme, StringComparison.Ordinal);
        foreach (Match link in MarkdownLink().Matches(readme))
        {
            Assert.StartsWith("https://", link.Groups[1].Value, StringComparison.Ordinal);
        }

        foreach (ModelInfo model in models)
        {
            Assert.Contains($"`{model.Name}`", readme, StringComparison.Ordinal);
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
