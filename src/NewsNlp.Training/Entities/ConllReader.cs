namespace NewsNlp.Entities.Training;

/// <summary>Reads CoNLL-2003 layout files: one token a line (word first, tag last), blank lines between sentences, <c>-DOCSTART-</c> lines between documents.</summary>
public static class ConllReader
{
    /// <summary>Reads a file into documents (a file without <c>-DOCSTART-</c> is one document).</summary>
    public static IReadOnlyList<ConllDocument> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(File.ReadLines(path));
    }

    /// <summary>Reads lines into documents.</summary>
    public static IReadOnlyList<ConllDocument> Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var documents = new List<ConllDocument>();
        var items = new List<string>();
        var sentences = new List<ConllSentence>();
        var sentenceLines = new List<string>();
        var words = new List<string>();
        var tags = new List<string>();

        foreach (string raw in lines)
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence();
                if (items.Count > 0)
                {
                    documents.Add(new ConllDocument(items, sentences));
                    items = [];
                    sentences = [];
                }

                items.Add(raw);
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                items.Add(raw);
                continue;
            }

            string[] columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            sentenceLines.Add(raw);
            words.Add(columns[0]);
            tags.Add(columns.Length > 1 ? columns[^1] : "O");
        }

        EndSentence();
        if (items.Count > 0)
        {
            documents.Add(new ConllDocument(items, sentences));
        }

        return documents;

        void EndSentence()
        {
            if (words.Count == 0)
            {
                return;
            }

            sentences.Add(new ConllSentence(sentenceLines, words, tags));
            items.Add(ConllDocument.SentenceMarker);
            sentenceLines = [];
            words = [];
            tags = [];
        }
    }
}
