namespace NewsNlp.Stance.Tests.Infrastructure;

/// <summary>Locates <c>../shared</c> (datasets, scorers, seed) beside the repository root.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>Absolute path of the repository root (the folder holding NewsNlp.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Path of <c>../shared</c>, or null when absent.</summary>
    public static string? SharedRoot => Root.Value;

    /// <summary>Path under <c>../shared/data</c>; skips the test with a clear reason when it is absent.</summary>
    public static string RequireData(string relative)
    {
        string? root = SharedRoot;
        Skip.If(root is null, "../shared is not beside the repository: dataset tests skipped.");
        string path = Path.Combine(root!, "data", relative);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"../shared/data/{relative} is absent: test skipped.");
        return path;
    }

    /// <summary>Path under <c>../shared</c>; skips the test with a clear reason when it is absent.</summary>
    public static string RequireShared(string relative)
    {
        string? root = SharedRoot;
        Skip.If(root is null, "../shared is not beside the repository: test skipped.");
        string path = Path.Combine(root!, relative);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"../shared/{relative} is absent: test skipped.");
        return path;
    }

    /// <summary>Path of a file in the repository's <c>seeds/</c> folder.</summary>
    public static string Seed(string name) => Path.Combine(RepoRoot, "seeds", name);

    private static string FindRepoRoot()
    {
        string? built = typeof(SharedData).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "NewsNlp.sln")))
        {
            return Path.GetFullPath(built);
        }

        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "NewsNlp.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindRoot()
    {
        string candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
