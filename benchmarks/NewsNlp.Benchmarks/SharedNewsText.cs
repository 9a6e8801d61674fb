using System.Reflection;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Benchmark articles of news that does not repeat itself, read at run time from the BBC News articles of
/// <c>../shared/data/unlabeled/bbc</c> (beside the repository; never copied into it): whole articles taken in turn from
/// the five categories (business, entertainment, politics, sport, tech; files in name order) and joined with blank lines
/// until the size is reached. The seed-built articles (<see cref="SeedText"/>) cycle through ~10 KB of text, so at 1 MB
/// the same weight rows and lexicon entries are read again while still cached; this text measures a large document honestly.
/// </summary>
internal static class SharedNewsText
{
    /// <summary>The folder of the BBC articles, or null when <c>../shared</c> is not beside the repository.</summary>
    public static string? Folder
    {
        get
        {
            string? root = typeof(SharedNewsText).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
            string? folder = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "unlabeled", "bbc"));
            return folder is not null && Directory.Exists(Path.Combine(folder, "business")) ? folder : null;
        }
    }

    /// <summary>Why the news benchmarks do not run when <see cref="Folder"/> is null.</summary>
    public const string MissingMessage = "../shared/data/unlabeled/bbc not found beside the repository: the non-repeating news articles are skipped (only the seed-built ones run).";

    /// <summary>An article of at least <paramref name="characters"/> characters of whole BBC articles (all of them when they hold fewer).</summary>
    /// <exception cref="DirectoryNotFoundException">../shared is absent (check <see cref="Folder"/> first).</exception>
    public static string OfLength(int characters)
    {
        string folder = Folder ?? throw new DirectoryNotFoundException(MissingMessage);
        string[][] categories =
        [
            .. Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
                .Select(d => Directory.GetFiles(d, "*.txt").Order(StringComparer.Ordinal).ToArray())
                .Where(files => files.Length > 0),
        ];
        var text = new System.Text.StringBuilder(characters + 8192);
        for (int i = 0; text.Length < characters && categories.Any(c => i < c.Length); i++)
        {
            foreach (string[] files in categories)
            {
                if (i < files.Length && text.Length < characters)
                {
                    text.Append(File.ReadAllText(files[i]).Trim()).Append("\n\n");
                }
            }
        }

        return text.ToString();
    }
}
