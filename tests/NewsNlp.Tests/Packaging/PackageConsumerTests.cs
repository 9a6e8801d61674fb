using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsNlp.DependencyInjection;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Packaging;

/// <summary>
/// Packs every packable project of the solution into a temporary folder, then builds a fresh console app that
/// references the packages from that folder only (no project references), calls <c>services.AddNewsNlp()</c> and
/// processes a seed article; and installs the <c>newsnlp</c> tool package and runs it.
/// </summary>
/// <remarks>
/// Packs with <c>--no-build</c> from the configuration this test assembly was built in (the solution build already
/// compiled every project the test references), under a unique prerelease version so no stale copy in the NuGet
/// cache can be used. Runs in the normal suite; filter with <c>--filter Category!=Packaging</c> to skip it.
/// </remarks>
[Trait("Category", "Packaging")]
public sealed partial class PackageConsumerTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);
    private readonly string _root = Directory.CreateTempSubdirectory("newsnlp-pack-").FullName;
    private readonly string _version = $"0.1.0-pkgtest.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public void Dispose()
    {
        TryDelete(_root);
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (string id in (string[])["newsnlp", "newsnlp.stance", "newsnlp.tool", .. PackageHygiene.ModelPackages.Select(p => p.ToLowerInvariant())])
        {
            TryDelete(Path.Combine(cache, id, _version));
        }
    }

    [SkippableFact]
    public async Task Packages_work_from_a_fresh_console_app_and_as_a_dotnet_tool()
    {
        string packages = Path.Combine(_root, "packages");
        string configuration = typeof(PackageConsumerTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

        // 1. Pack all packable projects of the solution.
        (int packExit, string packOutput) = await DotnetProcess.RunAsync(SharedData.RepoRoot, StepTimeout,
            "pack", Path.Combine(SharedData.RepoRoot, "NewsNlp.sln"), "-c", configuration, "--no-build", "-nodeReuse:false",
            $"-p:PackageOutputPath={packages}", $"-p:NuspecOutputPath={Path.Combine(_root, "nuspec")}", $"-p:Version={_version}");
        Assert.True(packExit == 0, $"dotnet pack failed:\n{packOutput}");
        string[] shipped = [.. Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "src"), "*.csproj", SearchOption.AllDirectories)];
        string[] nupkgs = [.. Directory.EnumerateFiles(packages, "*.nupkg").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
        Assert.Equal(shipped.Length, nupkgs.Length);
        Assert.Contains($"NewsNlp.{_version}.nupkg", nupkgs);
        Assert.Contains($"NewsNlp.Tool.{_version}.nupkg", nupkgs);
        AssertPackageHas(Path.Combine(packages, $"NewsNlp.{_version}.nupkg"), "lib/net10.0/NewsNlp.dll", "lib/net10.0/NewsNlp.xml", "README.md");
        AssertPackageHas(Path.Combine(packages, $"NewsNlp.Tool.{_version}.nupkg"), "tools/net10.0/any/NewsNlp.Cli.dll", "tools/net10.0/any/DotnetToolSettings.xml");
        PackageHygiene.AssertAll(packages, _version);

        // 2. A consumer app in its own folder: only the local folder is added to the machine's default package sources.
        string app = Path.Combine(_root, "app");
        Directory.CreateDirectory(app);
        await File.WriteAllTextAsync(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="newsnlp-packages-under-test" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        // Stop MSBuild from picking up any Directory.*.props above the temp folder.
        await File.WriteAllTextAsync(Path.Combine(_root, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(_root, "Directory.Build.targets"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(_root, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        await File.WriteAllTextAsync(Path.Combine(app, "App.csproj"), ConsumerProject());
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
            using Microsoft.Extensions.DependencyInjection;
            using NewsNlp.DependencyInjection;
            using NewsNlp.Documents;
            using NewsNlp.Pipeline;
            using NewsNlp.Serialization;

            var services = new ServiceCollection();
            services.AddNewsNlp();
            using ServiceProvider provider = services.BuildServiceProvider();
            NewsPipeline pipeline = provider.GetRequiredService<NewsPipeline>();
            NewsDocument doc = pipeline.Process(File.ReadAllText(args[0]), new DocumentMetadata { Id = "seed" });
            Console.WriteLine("stages=" + string.Join(",", pipeline.Stages.Select(s => s.Name)));
            Console.WriteLine("produced=" + string.Join(",", doc.Produced.Order(StringComparer.Ordinal)));
            Console.WriteLine($"tokens={doc.Tokens.Count}");
            Console.WriteLine($"sentences={doc.Sentences.Count}");
            Console.WriteLine($"entities={doc.Entities.Count}");
            Console.WriteLine($"quotes={doc.Quotes.Count}");
            Console.WriteLine($"speakers={doc.Speakers.Count}");
            Console.WriteLine($"json={NewsDocumentJson.Serialize(doc).Length}");
            """);
        (int buildExit, string buildOutput) = await DotnetProcess.RunAsync(app, StepTimeout, "build", "-c", "Release", "-nodeReuse:false");
        SkipIfFeedUnreachable(buildExit, buildOutput);
        Assert.True(buildExit == 0, $"building the consumer app failed:\n{buildOutput}");
        Assert.False(File.Exists(Path.Combine(app, "bin", "Release", "net10.0", "NewsNlp.Cli.dll")), "the app must get NewsNlp from the package only");
        foreach (string modelPackage in NewsNlp.Models.EmbeddedModels.CorePackages)
        {
            Assert.True(File.Exists(Path.Combine(app, "bin", "Release", "net10.0", modelPackage + ".dll")), $"'dotnet add package NewsNlp' must bring {modelPackage}");
        }

        string seed = SharedData.Seed("sindh-floods.txt");
        (int runExit, string runOutput) = await DotnetProcess.RunAsync(app, StepTimeout, Path.Combine(app, "bin", "Release", "net10.0", "App.dll"), seed);
        Assert.True(runExit == 0, $"the consumer app failed:\n{runOutput}");
        Dictionary<string, string> facts = ParseFacts(runOutput);

        // The package holds the same pipeline as this build of the code …
        var local = new ServiceCollection();
        local.AddNewsNlp();
        using (ServiceProvider provider = local.BuildServiceProvider())
        {
            Assert.Equal(string.Join(",", provider.GetRequiredService<NewsPipeline>().Stages.Select(s => s.Name)), facts["stages"]);
        }

        // … and it produces what its stages promise, on a real article.
        string[] produced = facts["produced"].Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(int.Parse(facts["tokens"], System.Globalization.CultureInfo.InvariantCulture) > 400, runOutput);
        Assert.True(int.Parse(facts["sentences"], System.Globalization.CultureInfo.InvariantCulture) > 15, runOutput);
        Assert.True(int.Parse(facts["json"], System.Globalization.CultureInfo.InvariantCulture) > 1000, runOutput);
        if (produced.Contains(AnnotationNames.Entities))
        {
            Assert.True(int.Parse(facts["entities"], System.Globalization.CultureInfo.InvariantCulture) > 5, runOutput);
        }

        if (produced.Contains(AnnotationNames.Quotes))
        {
            Assert.True(int.Parse(facts["quotes"], System.Globalization.CultureInfo.InvariantCulture) > 0, runOutput);
            Assert.True(int.Parse(facts["speakers"], System.Globalization.CultureInfo.InvariantCulture) > 0, runOutput);
        }

        // 2b. A business that swaps the quote models: NewsNlp.Models.Quotes left out, the stage told to run without it.
        await AssertQuoteModelsCanBeLeftOutAsync(seed);

        // 3. The tool package installs and runs.
        string tools = Path.Combine(_root, "tools");
        (int installExit, string installOutput) = await DotnetProcess.RunAsync(_root, StepTimeout,
            "tool", "install", "NewsNlp.Tool", "--version", _version, "--tool-path", tools, "--add-source", packages);
        SkipIfFeedUnreachable(installExit, installOutput);
        Assert.True(installExit == 0, $"dotnet tool install failed:\n{installOutput}");
        string output = Path.Combine(_root, "seed.json");
        var tool = new System.Diagnostics.ProcessStartInfo(Path.Combine(tools, "newsnlp")) { UseShellExecute = false, RedirectStandardError = true };
        foreach (string arg in (string[])["analyze", seed, "--compact", "--output", output])
        {
            tool.ArgumentList.Add(arg);
        }

        using (var process = System.Diagnostics.Process.Start(tool)!)
        {
            string stderr = await process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(StepTimeout);
            await process.WaitForExitAsync(cts.Token);
            Assert.True(process.ExitCode == 0, $"the installed newsnlp tool failed: {stderr}");
        }

        using JsonDocument json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        Assert.Equal("newsnlp.document/2", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(facts["produced"], string.Join(",", json.RootElement.GetProperty("produced").EnumerateArray().Select(e => e.GetString())
            .Where(p => produced.Contains(p)).Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// An app that excludes NewsNlp.Models.Quotes (a direct reference with <c>ExcludeAssets="all"</c>) gets no quote
    /// models: the default pipeline fails with an error naming the package; with the models turned off in the quote
    /// options (where a business would give its own) the pipeline runs and still finds quotes with the rules.
    /// </summary>
    private async Task AssertQuoteModelsCanBeLeftOutAsync(string seed)
    {
        string app = Path.Combine(_root, "own-models");
        Directory.CreateDirectory(app);
        await File.WriteAllTextAsync(Path.Combine(app, "OwnModels.csproj"), ConsumerProject($"""<PackageReference Include="NewsNlp.Models.Quotes" Version="{_version}" ExcludeAssets="all" />"""));
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
            using Microsoft.Extensions.DependencyInjection;
            using NewsNlp.DependencyInjection;
            using NewsNlp.Models;
            using NewsNlp.Pipeline;
            using NewsNlp.Quotes;

            string text = File.ReadAllText(args[0]);
            Console.WriteLine("quotes-package=" + (EmbeddedModels.Find(EmbeddedModels.QuotesPackage) is null ? "absent" : "present"));
            try
            {
                NewsPipeline.CreateDefault().Process(text);
                Console.WriteLine("default=ran");
            }
            catch (ModelPackageMissingException ex)
            {
                Console.WriteLine("default=" + ex.Package);
                Console.WriteLine("message=" + ex.Message);
            }

            var services = new ServiceCollection();
            services.AddNewsNlp(b => b.AddQuotes(o =>
            {
                o.UseLearnedTagger = false;
                o.UseSourceRanker = false;
                o.UseCalibratedConfidence = false;
            }));
            using ServiceProvider provider = services.BuildServiceProvider();
            Console.WriteLine("rules-quotes=" + provider.GetRequiredService<NewsPipeline>().Process(text).Quotes.Count);
            """);
        (int buildExit, string buildOutput) = await DotnetProcess.RunAsync(app, StepTimeout, "build", "-c", "Release", "-nodeReuse:false");
        SkipIfFeedUnreachable(buildExit, buildOutput);
        Assert.True(buildExit == 0, $"building the app without the quote models failed:\n{buildOutput}");
        string bin = Path.Combine(app, "bin", "Release", "net10.0");
        Assert.False(File.Exists(Path.Combine(bin, "NewsNlp.Models.Quotes.dll")), "ExcludeAssets=\"all\" must keep the quote models out");
        Assert.True(File.Exists(Path.Combine(bin, "NewsNlp.Models.Ner.dll")));

        (int runExit, string runOutput) = await DotnetProcess.RunAsync(app, StepTimeout, Path.Combine(bin, "OwnModels.dll"), seed);
        Assert.True(runExit == 0, $"the app without the quote models failed:\n{runOutput}");
        Dictionary<string, string> facts = ParseFacts(runOutput);
        Assert.Equal("absent", facts["quotes-package"]);
        Assert.Equal("NewsNlp.Models.Quotes", facts["default"]);
        Assert.Contains("dotnet add package NewsNlp.Models.Quotes", facts["message"], StringComparison.Ordinal);
        Assert.True(int.Parse(facts["rules-quotes"], System.Globalization.CultureInfo.InvariantCulture) > 0, runOutput);
    }

    /// <summary>
    /// The consumer restores dependencies (Microsoft.Extensions.*) through the machine's default package source; on a
    /// machine where that source cannot be reached (NU1301) the test cannot run and says so instead of failing.
    /// </summary>
    private static void SkipIfFeedUnreachable(int exitCode, string output) =>
        Skip.If(exitCode != 0 && output.Contains("NU1301", StringComparison.Ordinal),
            "The machine's default NuGet source is unreachable (NU1301), so a consumer app cannot restore: packaging test skipped.\n" + output);

    private static void AssertPackageHas(string nupkg, params string[] entries)
    {
        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        foreach (string entry in entries)
        {
            Assert.True(zip.GetEntry(entry) is not null, $"{Path.GetFileName(nupkg)} lacks {entry}");
        }
    }

    private static Dictionary<string, string> ParseFacts(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);

    /// <summary>
    /// The project file of a consumer app: a .NET 10 console app referencing NewsNlp at the version under test and
    /// Microsoft.Extensions.DependencyInjection (at the solution's central version), plus the <paramref name="references"/> (item lines).
    /// </summary>
    private string ConsumerProject(params string[] references) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <NuGetAudit>false</NuGetAudit>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="NewsNlp" Version="{_version}" />
            <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="{CentralVersion("Microsoft.Extensions.DependencyInjection")}" />
        {string.Concat(references.Select(r => $"    {r}\n"))}  </ItemGroup>
        </Project>
        """;

    private static string CentralVersion(string id)
    {
        string props = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "Directory.Packages.props"));
        Match m = Regex.Match(props, $"<PackageVersion Include=\"{Regex.Escape(id)}\" Version=\"([^\"]+)\"");
        Assert.True(m.Success, $"{id} has no version in Directory.Packages.props");
        return m.Groups[1].Value;
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
