using System.Collections.Concurrent;

namespace NewsNlp.Stance.Features;

/// <summary>A lower-cased word with its stem, stop-word flag, lexicon flags and indicator index.</summary>
internal sealed record WordInfo(string Word, string Stem, bool IsContent, byte LexMask, short IndicatorId);

/// <summary>Splits text into lower-cased words and sentences in one linear pass and stems words lightly.</summary>
internal static class TextPreparer
{
    /// <summary>Longest word kept; longer runs of letters are cut (bounded work on pathological input).</summary>
    private const int MaxWordLength = 40;

    /// <summary>Words kept in the shared word cache at most (bounded memory on adversarial input).</summary>
    private const int MaxCachedWords = 300_000;

    private static readonly ConcurrentDictionary<string, WordInfo> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> CacheLookup =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _cached;

    public static PreparedText Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<WordInfo>(Math.Min(text.Length / 5 + 1, 1 << 16));
        var sentenceStarts = new List<int>();
        Span<char> current = stackalloc char[MaxWordLength];
        int length = 0, upper = 0, lower = 0;
        bool sentenceOpen = false;
        var colons = new List<int>();
        var shouted = new List<int>();
        int questionMarks = 0, quoteMarks = 0;

        void Flush(Span<char> buffer, ref int len)
        {
            if (len == 0)
            {
                return;
            }

            // Trim apostrophes at the ends ("'hello'" -> hello).
            ReadOnlySpan<char> w = buffer[..len].Trim('\'');
            bool allCaps = upper >= 3 && lower == 0;
            len = 0;
            upper = 0;
            lower = 0;
            if (w.IsEmpty)
            {
                return;
            }

            if (!sentenceOpen)
            {
                sentenceStarts.Add(words.Count);
                sentenceOpen = true;
            }

            if (allCaps)
            {
                shouted.Add(words.Count);
            }

            words.Add(Lookup(w));
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (length < MaxWordLength)
                {
                    upper += char.IsUpper(c) ? 1 : 0;
                    lower += char.IsLower(c) ? 1 : 0;
                    current[length++] = char.ToLowerInvariant(c);
                }

                continue;
            }

            if ((c == '\'' || c == '\u2019') && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                if (length < MaxWordLength)
                {
                    current[length++] = '\'';
                }

                continue;
            }

            Flush(current, ref length);
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
                case ':':
                    colons.Add(words.Count);
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

        Flush(current, ref length);
        return new PreparedText([.. words], [.. sentenceStarts], questionMarks, quoteMarks, [.. colons], [.. shouted]);
    }

    /// <summary>The analysis of one lower-cased word, from the shared cache when it has been seen before.</summary>
    internal static WordInfo Lookup(ReadOnlySpan<char> word)
    {
        if (CacheLookup.TryGetValue(word, out WordInfo? info))
        {
            return info;
        }

        string w = word.ToString();
        string stem = Stem(w);
        info = new WordInfo(w, stem, !Lexicons.StopWords.Contains(w), Lexicons.MaskOf(w, stem),
            (short)(Lexicons.IndicatorIndex.TryGetValue(stem, out int k) ? k : -1));
        if (Volatile.Read(ref _cached) < MaxCachedWords && Cache.TryAdd(w, info))
        {
            Interlocked.Increment(ref _cached);
        }

        return info;
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
