using System.Text;

namespace NewsNlp.Cli.Inputs;

/// <summary>The articles named by a command's INPUT argument: a file, a folder of files, or <c>-</c> for standard input.</summary>
internal sealed class InputSet
{
    /// <summary>Files larger than this are refused before reading (the pipeline's default limit is 64 Mi characters).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private InputSet(IReadOnlyList<InputDocument> documents, bool isSingle)
    {
        Documents = documents;
        IsSingle = isSingle;
    }

    /// <summary>The articles, sorted by path for folders.</summary>
    public IReadOnlyList<InputDocument> Documents { get; }

    /// <summary>True for one file or standard input (JSON output by default), false for a folder (JSONL).</summary>
    public bool IsSingle { get; }

    /// <summary>Resolves <paramref name="input"/>; returns null after writing a clear error when it names nothing readable.</summary>
    public static InputSet? Resolve(string input, string pattern, bool recursive, CliEnvironment env, bool allowFolder = true)
    {
        if (input == "-")
        {
            return new InputSet([new InputDocument("-", null)], isSingle: true);
        }

        if (File.Exists(input))
        {
            return new InputSet([new InputDocument(input, Path.GetFullPath(input))], isSingle: true);
        }

        if (Directory.Exists(input))
        {
            if (!allowFolder)
            {
                env.Error($"'{input}' is a folder; this command takes one article (a file, or - for standard input).");
                return null;
            }

            try
            {
                var options = new EnumerationOptions { RecurseSubdirectories = recursive, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = false };
                InputDocument[] files = [.. Directory.EnumerateFiles(input, pattern, options)
                    .Order(StringComparer.Ordinal)
                    .Select(f => new InputDocument(f, Path.GetFullPath(f)))];
                if (files.Length == 0)
                {
                    env.Error($"no files matching '{pattern}' in folder '{input}'{(recursive ? " or its subfolders" : " (use --recursive to look in subfolders)")}.");
                    return null;
                }

                return new InputSet(files, isSingle: false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                env.Error($"cannot list folder '{input}': {ex.Message}");
                return null;
            }
        }

        env.Error($"input '{input}' does not exist (give a .txt file, a folder of them, or - to read standard input).");
        return null;
    }

    /// <summary>Reads the text of <paramref name="document"/> as UTF-8 (a BOM is dropped, invalid bytes become U+FFFD).</summary>
    /// <exception cref="IOException">Unreadable or too large.</exception>
    public static string ReadText(InputDocument document, CliEnvironment env)
    {
        if (document.Path is null)
        {
            using Stream stdin = env.OpenStdin();
            using var reader = new StreamReader(stdin, CliEnvironment.Utf8, detectEncodingFromByteOrderMarks: false);
            return DropBom(reader.ReadToEnd());
        }

        try
        {
            long length = new FileInfo(document.Path).Length;
            if (length > MaxFileBytes)
            {
                throw new IOException($"the file has {length:N0} bytes; the limit is {MaxFileBytes:N0}.");
            }

            using var reader = new StreamReader(document.Path, CliEnvironment.Utf8, detectEncodingFromByteOrderMarks: false);
            return DropBom(reader.ReadToEnd());
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            throw new IOException(ex.Message, ex);
        }
    }

    private static string DropBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
