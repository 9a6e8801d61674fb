namespace NewsNlp.Cli.Inputs;

/// <summary>
/// Tells CoNLL-2003 layout (one token a line, the same whitespace-separated columns on every token line, word first,
/// at most 10 columns; blank lines and <c>-DOCSTART-</c> lines between sentences and documents) from prose, so that
/// <c>newsnlp ner story.txt</c> on an article fails with a pointer to <c>--format text</c> instead of tagging each
/// line's first word.
/// </summary>
internal static class ConllLayout
{
    private const int MaxColumns = 10;

    /// <summary>The lines of <paramref name="text"/>, split as <see cref="File.ReadLines(string)"/> splits a file.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Null when <paramref name="lines"/> are in CoNLL layout, else why not (naming the first offending line).</summary>
    public static string? Problem(IReadOnlyList<string> lines)
    {
        int firstLine = -1;
        int columns = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            int count = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
            if (firstLine < 0)
            {
                firstLine = i;
                columns = count;
                if (count > MaxColumns)
                {
                    return $"line {i + 1} has {count} columns (CoNLL has one token a line and at most {MaxColumns} columns)";
                }
            }
            else if (count != columns)
            {
                return $"line {firstLine + 1} has {columns} columns but line {i + 1} has {count} (CoNLL has the same columns on every token line)";
            }
        }

        return firstLine < 0 ? "it has no token lines" : null;
    }
}
