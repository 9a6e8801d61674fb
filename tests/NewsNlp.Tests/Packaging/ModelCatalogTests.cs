using System.Reflection;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using NewsNlp.Models;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Packaging;

/// <summary>The model catalog describes exactly the models that are embedded, with terms, metrics and licence text.</summary>
public sealed partial class ModelCatalogTests
{
    /// <summary>The model packages this test project references (all but the optional MiniLM one, tested in its own project).</summary>
    private static readonly Assembly[] ModelAssemblies = [.. EmbeddedModels.Packages.Where(p => p != EmbeddedModels.MiniLmPackage)
        .Select(p => EmbeddedModels.Find(p) ?? throw new InvalidOperationException($"{p} is not referenced"))];

    [Fact]
    public void Each_model_family_is_its_own_resource_only_assembly_and_the_code_assemblies_embed_none()
    {
        Assert.Equal(4, ModelAssemblies.Length);
        foreach (Assembly assembly in ModelAssemblies)
        {
            Assert.Empty(assembly.GetExportedTypes());
            Assert.NotEmpty(ModelCatalog.For(assembly));
        }

        foreach (Assembly code in (Assembly[])[typeof(ModelCatalog).Assembly, typeof(NewsNlp.Stance.Model.StanceModel).Assembly])
        {
            Assert.Empty(ModelCatalog.For(code));
            Assert.DoesNotContain(code.GetManifestResourceNames(), n => n.EndsWith(".model", StringComparison.Ordinal) || n.EndsWith(".zip", StringComparison.Ordinal));
        }

        Assert.Equal(ModelAssemblies.SelectMany(ModelCatalog.For).Select(m => m.Name), ModelCatalog.Installed.Select(m => m.Name));
        Assert.Equal([EmbeddedModels.SentencesPackage, EmbeddedModels.NerPackage, EmbeddedModels.QuotesPackage], ModelCatalog.Core.Select(m => m.Package).Distinct());
    }

    [Fact]
    public void Every_model_file_in_the_sources_lies_in_a_model_package_that_embeds_it()
    {
        // A model retrained to its pre-package path (src/NewsNlp/Quotes/Models/…) would be silently left out of every package.
        string src = Path.Combine(SharedData.RepoRoot, "src");
        string[] files = [.. Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".model", StringComparison.Ordinal) || f.EndsWith(".zip", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))];
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            string project = Path.GetFileName(Path.GetRelativePath(src, file).Split(Path.DirectorySeparatorChar)[0]);
            Assert.True(EmbeddedModels.Packages.Contains(project), $"{Path.GetRelativePath(SharedData.RepoRoot, file)} is not in a model package (src/NewsNlp.Models.*)");
            string csproj = File.ReadAllText(Path.Combine(src, project, project + ".csproj"));
            Assert.True(csproj.Contains(Path.GetFileName(file), StringComparison.Ordinal), $"{project}.csproj does not embed {Path.GetFileName(file)}");
        }
    }

    [Fact]
    public void A_missing_model_package_is_named_in_the_error_with_how_to_run_without_it()
    {
        Assert.Null(EmbeddedModels.Find("NewsNlp.Models.NotReferenced"));
        ModelPackageMissingException error = Assert.Throws<ModelPackageMissingException>(
            () => EmbeddedModels.Require("NewsNlp.Models.NotReferenced", "some-model", "set SomeOptions.Model to your own"));
        Assert.Equal("NewsNlp.Models.NotReferenced", error.Package);
        Assert.Equal("some-model", error.Model);
        Assert.Contains("'some-model'", error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet add package NewsNlp.Models.NotReferenced", error.Message, StringComparison.Ordinal);
        Assert.Contains("set SomeOptions.Model to your own", error.Message, StringComparison.Ordinal);
        Assert.Equal(EmbeddedModels.QuotesPackage, EmbeddedModels.Require(EmbeddedModels.QuotesPackage, "attribution-tagger", "-").GetName().Name);
    }

    [Fact]
    public void Every_embedded_model_has_a_catalog_entry_measured_from_its_bytes()
    {
        foreach (Assembly assembly in ModelAssemblies)
        {
            IReadOnlyList<ModelInfo> models = ModelCatalog.For(assembly);
            string[] embedded = [.. assembly.GetManifestResourceNames().Where(n => n.EndsWith(".model", StringComparison.Ordinal) || n.EndsWith(".zip", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
            Assert.NotEmpty(embedded);
            string[] missing = [.. embedded.Except(models.Select(m => m.Resource), StringComparer.Ordinal)];
            Assert.True(missing.Length == 0,
                $"{assembly.GetName().Name} embeds {string.Join(", ", missing)} without a catalog entry: add it to packaging/models/{assembly.GetName().Name}.models.json "
                + "(training data, terms, metrics), its licence text to packaging/licenses/ (a ModelLicense item of the model csproj) and a row to THIRD-PARTY-NOTICES.md.");
            Assert.Equal(embedded, models.Select(m => m.Resource).Order(StringComparer.Ordinal));
            foreach (ModelInfo model in models)
            {
                using Stream bytes = assembly.GetManifestResourceStream(model.Resource)!;
                Assert.Equal(bytes.Length, model.SizeBytes);
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), model.Sha256);
                Assert.Equal(assembly.GetName().Name, model.Package);
                Assert.False(string.IsNullOrWhiteSpace(model.Version));
                Assert.NotEmpty(model.TrainingData);
                Assert.False(string.IsNullOrWhiteSpace(model.Terms));
            }
        }
    }

    [Fact]
    public void Each_model_has_its_licence_text_card_and_metrics_that_the_readme_reports()
    {
        string readme = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "README.md"));
        foreach (ModelInfo model in ModelAssemblies.SelectMany(ModelCatalog.For))
        {
            string licence = Path.Combine(SharedData.RepoRoot, "packaging", model.LicenseFile);
            Assert.True(File.Exists(licence), $"{model.Name}: {licence} is missing");
            Assert.Contains(model.Resource, File.ReadAllText(licence), StringComparison.Ordinal);
            Assert.Contains($"package {model.Package})", File.ReadAllText(licence), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(SharedData.RepoRoot, model.Card)), $"{model.Name}: card {model.Card} is missing");
            Assert.NotEmpty(model.Metrics);
            foreach (string metric in model.Metrics)
            {
                string figure = Figure().Matches(metric)[^1].Value;
                Assert.True(readme.Contains(figure, StringComparison.Ordinal), $"{model.Name}: the metric '{metric}' ({figure}) is not in README.md");
            }
        }
    }

    [Fact]
    public void The_notices_name_every_model_and_its_training_data_terms()
    {
        string notices = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "THIRD-PARTY-NOTICES.md"));
        foreach (ModelInfo model in ModelAssemblies.SelectMany(ModelCatalog.For))
        {
            Assert.Contains($"| {model.Package} | `{model.Name}`", notices, StringComparison.Ordinal);
            Assert.Contains(model.Resource, notices, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_models_command_lists_name_data_terms_metrics_and_size()
    {
        Tests.Cli.CliResult text = await Tests.Cli.CliRunner.RunAsync("models");
        Assert.True(text.ExitCode == 0, text.Stderr);
        foreach (ModelInfo model in ModelAssemblies.SelectMany(ModelCatalog.For))
        {
            Assert.Contains(model.Name + "  (" + model.Package, text.Stdout, StringComparison.Ordinal);
            Assert.Contains(model.Terms, text.Stdout, StringComparison.Ordinal);
            Assert.Contains($"{model.SizeBytes:N0} bytes", text.Stdout, StringComparison.Ordinal);
            Assert.Contains(model.Metrics[0], text.Stdout, StringComparison.Ordinal);
        }

        Tests.Cli.CliResult json = await Tests.Cli.CliRunner.RunAsync("models", "--json");
        Assert.True(json.ExitCode == 0, json.Stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Stdout);
        Assert.Equal(ModelAssemblies.SelectMany(ModelCatalog.For).Count(), doc.RootElement.GetArrayLength());
        Assert.All(doc.RootElement.EnumerateArray(), m => Assert.True(m.GetProperty("sizeBytes").GetInt64() > 1000));
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Figure();
}
