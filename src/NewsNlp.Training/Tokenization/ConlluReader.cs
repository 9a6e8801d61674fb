using System.Globalization;

namespace NewsNlp.Tokenization.Training;

/// <summary>Reads the sentences of a CoNLL-U file (Universal Dependencies) as <c>../shared/eval/ud_tokens.py</c> does.</summary>
public static class ConlluReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">A token line is malformed.</exception>
    public static IReadOnlyList<UdSentence> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads CoNLL-U text.</summary>
    /// <exception cref="FormatException">A token line is malformed.</exception>
    public static IReadOnlyList<UdSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<UdSentence>();
        var forms = new List<string>();
        var spaces = new List<bool>();
        var words = new List<string>();
        var multiword = new List<string>();
        bool newPar = false, newDoc = false;
        int skipUntil = 0;
        string multiwordForm = string.Empty;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newDoc = true;
                    newPar = true;
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal))
                {
                    newPar = true;
                }

                continue;
            }

            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            string[] cols = line.Split('\t');
            if (cols.Length < 10)
            {
                throw new FormatException($"CoNLL-U line {lineNumber} has {cols.Length} columns; 10 expected.");
            }

            string id = cols[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            bool spaceAfter = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                skipUntil = int.Parse(id.AsSpan(dash + 1), CultureInfo.InvariantCulture);
                forms.Add(cols[1]);
                spaces.Add(spaceAfter);
                multiwordForm = cols[1];
                multiword.Clear();
                continue;
            }

            int index = int.Parse(id, CultureInfo.InvariantCulture);
            if (index <= skipUntil)
            {
                multiword.Add(cols[1]);
                if (index == skipUntil)
                {
                    if (string.Concat(multiword) == multiwordForm)
                    {
                        words.AddRange(multiword);
                    }
                    else
                    {
                        words.Add(multiwordForm);
                    }
                }

                continue;
            }

            forms.Add(cols[1]);
            spaces.Add(spaceAfter);
            words.Add(cols[1]);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (forms.Count > 0)
            {
                sentences.Add(new UdSentence(newDoc, newPar, forms.ToArray(), spaces.ToArray(), words.ToArray()));
            }

            forms.Clear();
            spaces.Clear();
            words.Clear();
            newPar = false;
            newDoc = false;
            skipUntil = 0;
        }
    }
}
