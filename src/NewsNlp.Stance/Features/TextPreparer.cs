using System.Text;

namespace NewsNlp.Stance.Features;

/// <summary>Splits text into lower-cased words and sentences in one linear pass and stems words lightly.</summary>
internal static class TextPreparer
{
    /// <summary>Longest word kept; longer runs of letters are cut (bounded work on pathological input).</summary>
    private const int MaxWordLength = 40;

    public static PreparedText Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>(Math.Min(text.Length / 5 + 1, 1 << 16));
        var sentenceStarts = new List<int>();
        var current = new StringBuilder(MaxWordLength);
        bool sentenceOpen = false;
        int questionMarks = 0, quoteMarks = 0;

        void Flush()
        {
            if (current.Length == 0)
            {
                return;
            }

            // Trim apostrophes at the ends ("'hello'" -> hello).
            string w = current.ToString().Trim('\'');
            current.Clear();
            if (w.Length == 0)
            {
                return;
            }

            if (!sentenceOpen)
            {
                sentenceStarts.Add(words.Count);
                sentenceOpen = true;
            }

            words.Add(w);
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (current.Length < MaxWordLength)
                {
                    current.Append(char.ToLowerInvariant(c));
                }

                continue;
            }

            if ((c == '\'' || c == '\u2019') && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                current.Append('\'');
                continue;
            }

            Flush();
            switch (c)
            {
                case '?':
                    questionMarks++;
                    sentenceOpen = EndsSentence(text, i) ? false : sentenceOpen;
                    break;
                case '.':
                case '!':
                    sentenceOpen = EndsSentence(text, i) ? false : sentenceOpen;
                    break;
                case '\n':
                    sentenceOpen = false;
                    break;
                case '"':
                case '\u201C':
                case '\u201D':
                    quoteMarks++;
                    break;
                default:
                    break;
            }
        }

        Flush();
        string[] wordArray = [.. words];
        var stems = new string[wordArray.Length];
        var isContent = new bool[wordArray.Length];
        for (int i = 0; i < wordArray.Length; i++)
        {
            stems[i] = Stem(wordArray[i]);
            isContent[i] = !Lexicons.StopWords.Contains(wordArray[i]);
        }

        return new PreparedText(wordArray, stems, isContent, [.. sentenceStarts], questionMarks, quoteMarks);
    }

    private static bool EndsSentence(string text, int i) => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '\u201D' or '\'';

    /// <summary>A light suffix stripper: possessives, plurals, -ing, -ed (enough to match "denies"/"denied"/"deny").</summary>
    internal static string Stem(string word)
    {
        string w = word;
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (w.Length <= 3)
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            return w[..^3];
        }

        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^2];
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w;
    }
}
