using System.Collections.Concurrent;
using System.Reflection;

namespace NewsNlp.Models;

/// <summary>
/// Where the embedded models are found. Each model family ships in its own resource-only assembly and NuGet package —
/// <see cref="SentencesPackage"/>, <see cref="NerPackage"/>, <see cref="QuotesPackage"/> (dependencies of
/// <c>NewsNlp</c>), <see cref="StancePackage"/> (a dependency of <c>NewsNlp.Stance</c>) and the optional
/// <see cref="MiniLmPackage"/> — so a business can see each model's terms and swap it. The loaders look a package up
/// here by assembly name: an application that leaves a model package out and gives the stage a model of its own runs
/// without it, and one that needs a missing model gets a <see cref="ModelPackageMissingException"/> naming the package.
/// </summary>
/// <example>
/// <code>
/// Assembly? quotes = EmbeddedModels.Find(EmbeddedModels.QuotesPackage);   // null when the app does not reference it
/// foreach (ModelInfo model in ModelCatalog.Installed)
///     Console.WriteLine($"{model.Name}: {model.Package}");
/// </code>
/// </example>
public static class EmbeddedModels
{
    /// <summary>The package of the sentence-boundary model (<c>sentence-boundary</c>).</summary>
    public const string SentencesPackage = "NewsNlp.Models.Sentences";

    /// <summary>The package of the named-entity model (<c>ner-conll2003</c>).</summary>
    public const string NerPackage = "NewsNlp.Models.Ner";

    /// <summary>The package of the quote models (<c>attribution-tagger</c>, <c>source-ranker</c>, <c>quote-calibration</c>).</summary>
    public const string QuotesPackage = "NewsNlp.Models.Quotes";

    /// <summary>The package of the stance models (<c>stance-fnc1</c>, <c>stance-short</c>).</summary>
    public const string StancePackage = "NewsNlp.Models.Stance";

    /// <summary>The optional encoder package, which carries its own model (<c>stance-short-minilm</c>) beside its code.</summary>
    public const string MiniLmPackage = "NewsNlp.Stance.MiniLM";

    private static readonly ConcurrentDictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    /// <summary>The model packages the core <c>NewsNlp</c> package depends on, in pipeline order.</summary>
    public static IReadOnlyList<string> CorePackages { get; } = [SentencesPackage, NerPackage, QuotesPackage];

    /// <summary>Every package that carries NewsNlp models.</summary>
    public static IReadOnlyList<string> Packages { get; } = [SentencesPackage, NerPackage, QuotesPackage, StancePackage, MiniLmPackage];

    /// <summary>
    /// The assembly of <paramref name="package"/> (its assembly name is the package id), or null when the application
    /// does not reference it. An assembly found is remembered; "not found" is not, so a package the application loads
    /// later (a plugin's load context, <see cref="Assembly.LoadFrom(string)"/>, an assembly resolver registered after the
    /// first lookup) is found by the next lookup.
    /// </summary>
    public static Assembly? Find(string package)
    {
        ArgumentException.ThrowIfNullOrEmpty(package);
        if (Loaded.TryGetValue(package, out Assembly? known))
        {
            return known;
        }

        Assembly? assembly = AlreadyLoaded(package) ?? TryLoad(package);
        return assembly is null ? null : Loaded.GetOrAdd(package, assembly);
    }

    /// <summary>An assembly named <paramref name="name"/> that the process has loaded already, in any load context.</summary>
    private static Assembly? AlreadyLoaded(string name)
    {
        foreach (Assembly assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (string.Equals(assembly.GetName().Name, name, StringComparison.Ordinal))
            {
                return assembly;
            }
        }

        return null;
    }

    private static Assembly? TryLoad(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The assembly of <paramref name="package"/>, which <paramref name="model"/> needs.</summary>
    /// <param name="package">The model package, e.g. <see cref="QuotesPackage"/>.</param>
    /// <param name="model">The model's name, e.g. <c>attribution-tagger</c>.</param>
    /// <param name="instead">How to run without the package, for the error (e.g. which option takes your own model).</param>
    /// <exception cref="ModelPackageMissingException">The application does not reference <paramref name="package"/>.</exception>
    public static Assembly Require(string package, string model, string instead)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentException.ThrowIfNullOrEmpty(instead);
        return Find(package) ?? throw new ModelPackageMissingException(package, model,
            $"The model '{model}' comes in the NuGet package {package}, which this application does not reference: "
            + $"add it ('dotnet add package {package}'), or {instead}.");
    }
}
