using System.Reflection;
using System.Reflection.Emit;
using NewsNlp.Models;

namespace NewsNlp.Tests.Packaging;

/// <summary>
/// <see cref="EmbeddedModels.Find"/> remembers the packages it found, not the ones it did not: an application that
/// loads a model package after a first lookup failed (a plugin, a resolver registered later) gets it on the next lookup.
/// </summary>
public sealed class EmbeddedModelsTests
{
    [Fact]
    public void A_package_loaded_after_a_failed_lookup_is_found()
    {
        string name = "NewsNlp.Models.Late" + Guid.NewGuid().ToString("N");
        Assert.Null(EmbeddedModels.Find(name));

        // The application loads it now (a dynamic assembly stands for one loaded from a plugin folder).
        AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), AssemblyBuilderAccess.Run);

        Assembly? found = EmbeddedModels.Find(name);
        Assert.NotNull(found);
        Assert.Equal(name, found.GetName().Name);
        Assert.Same(found, EmbeddedModels.Find(name));
    }

    [Fact]
    public void A_package_a_resolver_registered_after_a_failed_lookup_provides_is_found()
    {
        string name = "NewsNlp.Models.Resolved" + Guid.NewGuid().ToString("N");
        Assert.Null(EmbeddedModels.Find(name));

        Assembly? provided = null;
        ResolveEventHandler resolver = (_, args) =>
            new AssemblyName(args.Name).Name == name ? provided ??= AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), AssemblyBuilderAccess.Run) : null;
        AppDomain.CurrentDomain.AssemblyResolve += resolver;
        try
        {
            Assembly? found = EmbeddedModels.Find(name);
            Assert.NotNull(found);
            Assert.Equal(name, found.GetName().Name);
        }
        finally
        {
            AppDomain.CurrentDomain.AssemblyResolve -= resolver;
        }
    }

    [Fact]
    public void A_referenced_package_is_found_and_remembered()
    {
        Assembly? quotes = EmbeddedModels.Find(EmbeddedModels.QuotesPackage);
        Assert.NotNull(quotes);
        Assert.Same(quotes, EmbeddedModels.Find(EmbeddedModels.QuotesPackage));
        Assert.Null(EmbeddedModels.Find("NewsNlp.Models.NoSuchPackage"));
    }
}
