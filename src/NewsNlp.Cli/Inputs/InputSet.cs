namespace NewsNlp.Cli.Inputs;

/// <summary>The articles named by a command's INPUT argument: a file, a folder of files, or <c>-</c> for standard input.</summary>
internal sealed class InputSet
{
    private InputSet(IReadOnlyList<InputDocument> documents, bool isSingle, int unreadableFolders)
    {
        Documents = documents;
        IsSingle = isSingle;
        UnreadableFolders = unreadableFolders;
    }

    /// <summary>The articles, sorted by path for folders.</summary>
    public IReadOnlyList<InputDocument> Documents { get; }

    /// <summary>True for one file or standard input (JSON output by default), false for a folder (JSONL).</summary>
    public bool IsSingle { get; }

    /// <summary>Subfolders that could not be listed (reported as warnings; the run's exit code says some input failed).</summary>
    public int UnreadableFolders { get; }

    /// <summary>A set of already resolved documents (several INPUT arguments together).</summary>
    public static InputSet Of(IReadOnlyList<InputDocument> documents) => new(documents, isSingle: documents.Count == 1, 0);

    /// <summary>One file or standard input, for commands that take a single article.</summary>
    public static InputSet? ResolveSingle(string input, CliEnvironment env) =>
        Resolve(input, "*.txt", recursive: false, env, FolderWalker.Default, allowFolder: false);

    /// <summary>Resolves <paramref name="input"/>; returns null after writing a clear error when it names nothing readable.</summary>
    public static InputSet? Resolve(string input, string pattern, bool recursive, CliEnvironment env) =>
        Resolve(input, pattern, recursive, env, FolderWalker.Default, allowFolder: true);

    /// <summary>Resolves <paramref name="input"/> with <paramref name="walker"/> listing folders.</summary>
    public static InputSet? Resolve(string input, string pattern, bool recursive, CliEnvironment env, FolderWalker walker, bool allowFolder)
    {
        if (input == "-")
        {
            return new InputSet([new InputDocument("-", null)], isSingle: true, 0);
        }

        if (Directory.Exists(input))
        {
            if (!allowFolder)
            {
                env.Error($"'{input}' is a folder; this command takes one file (or - for standard input).");
                return null;
            }

            try
            {
                FolderContents contents = walker.Walk(input, pattern, recursive, env.Warn);
                if (contents.Files.Count == 0)
                {
                    env.Error($"no files matching '{pattern}' in folder '{input}'{(recursive ? " or its subfolders" : " (use --recursive to look in subfolders)")}.");
                    return null;
                }

                return new InputSet([.. contents.Files.Select(f => new InputDocument(f, Path.GetFullPath(f)))], isSingle: false, contents.UnreadableFolders);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                env.Error($"cannot list folder '{input}': {ex.Message}");
                return null;
            }
        }

        if (File.Exists(input))
        {
            // Named explicitly, a FIFO or device is read (process substitution gives /dev/fd/N, a pipe).
            return new InputSet([new InputDocument(input, Path.GetFullPath(input))], isSingle: true, 0);
        }

        env.Error($"input '{input}' does not exist (give a text file{(allowFolder ? ", a folder of them" : "")}, or - to read standard input).");
        return null;
    }
}
