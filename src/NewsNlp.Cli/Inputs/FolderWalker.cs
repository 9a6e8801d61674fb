namespace NewsNlp.Cli.Inputs;

/// <summary>Lists one folder's files and subfolders; the default reads the file system, tests substitute failures.</summary>
internal interface IFolderListing
{
    /// <summary>Files of <paramref name="folder"/> (not its subfolders) whose names match <paramref name="pattern"/>.</summary>
    IEnumerable<string> Files(string folder, string pattern);

    /// <summary>The subfolders of <paramref name="folder"/>.</summary>
    IEnumerable<string> Folders(string folder);
}

/// <summary><see cref="IFolderListing"/> over the real file system (case-insensitive patterns; hidden entries skipped).</summary>
internal sealed class FileSystemListing : IFolderListing
{
    public static FileSystemListing Instance { get; } = new();

    private static readonly EnumerationOptions Options = new() { MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = false };

    public IEnumerable<string> Files(string folder, string pattern) => Directory.EnumerateFiles(folder, pattern, Options);

    public IEnumerable<string> Folders(string folder) => Directory.EnumerateDirectories(folder, "*", Options);
}

/// <summary>The files a folder input names, and what was left out.</summary>
/// <param name="Files">Regular files, ordinal path order.</param>
/// <param name="UnreadableFolders">Subfolders that could not be listed (each reported as a warning).</param>
internal sealed record FolderContents(IReadOnlyList<string> Files, int UnreadableFolders);

/// <summary>
/// Collects the matching regular files of a folder (and with <c>recursive</c> its subfolders). A subfolder that cannot
/// be listed is reported and skipped, so the rest of the batch still runs; a FIFO, device or socket is skipped with a
/// warning (opening a FIFO would wait forever for a writer). Symbolic links to folders are not followed when recursing.
/// </summary>
internal sealed class FolderWalker
{
    private readonly IFolderListing _listing;
    private readonly Func<string, FileKind> _kindOf;

    public FolderWalker(IFolderListing listing, Func<string, FileKind> kindOf)
    {
        _listing = listing;
        _kindOf = kindOf;
    }

    /// <summary>The walker over the real file system.</summary>
    public static FolderWalker Default { get; } = new(FileSystemListing.Instance, FileKinds.Of);

    /// <summary>Walks <paramref name="root"/>; <paramref name="warn"/> receives one message per skipped entry.</summary>
    /// <exception cref="IOException">The root folder itself cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">The root folder itself cannot be listed.</exception>
    public FolderContents Walk(string root, string pattern, bool recursive, Action<string> warn)
    {
        var files = new List<string>();
        int unreadable = 0;
        AddFiles(root, pattern, files, warn);
        if (recursive)
        {
            var pending = new Stack<string>(Subfolders(root));
            while (pending.Count > 0)
            {
                string folder = pending.Pop();
                try
                {
                    AddFiles(folder, pattern, files, warn);
                    foreach (string sub in Subfolders(folder))
                    {
                        pending.Push(sub);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    unreadable++;
                    warn($"cannot list folder '{folder}', skipped: {ex.Message}");
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return new FolderContents(files, unreadable);
    }

    private List<string> Subfolders(string folder) =>
        [.. _listing.Folders(folder).Where(f => new DirectoryInfo(f).LinkTarget is null)];

    private void AddFiles(string folder, string pattern, List<string> files, Action<string> warn)
    {
        // Listed in full first, so a folder that fails half-way adds nothing twice.
        foreach (string file in _listing.Files(folder, pattern).ToList())
        {
            FileKind kind = _kindOf(file);
            switch (kind)
            {
                case FileKind.Regular:
                    files.Add(file);
                    break;
                case FileKind.Missing:
                    // A dangling symbolic link: kept, so it gets its own "cannot read" record in place.
                    files.Add(file);
                    break;
                default:
                    warn($"skipping '{file}': it is {FileKinds.Describe(kind)}, not a regular file.");
                    break;
            }
        }
    }
}
