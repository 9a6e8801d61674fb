using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Stance.ShortText;

/// <summary>
/// Word polarity, subjectivity and antonyms read by the short-text stance features: a table derived from VADER
/// (Hutto &amp; Gilbert 2014), Bing Liu's opinion lexicon (Hu &amp; Liu 2004), Pattern's English adjectives (CLiPS) and
/// WordNet 3.1 antonym pointers (Princeton). Built once by the trainer from the lexicon files and stored inside the model.
/// </summary>
/// <remarks>Immutable and thread-safe. Keys are lower-case word forms.</remarks>
internal sealed class StanceLexicon
{
    private readonly FrozenDictionary<string, float> _polarity;
    private readonly FrozenDictionary<string, float> _subjectivity;
    private readonly FrozenDictionary<string, string[]> _antonyms;

    public StanceLexicon(IReadOnlyDictionary<string, float> polarity, IReadOnlyDictionary<string, float> subjectivity, IReadOnlyDictionary<string, string[]> antonyms)
    {
        _polarity = polarity.ToFrozenDictionary(StringComparer.Ordinal);
        _subjectivity = subjectivity.ToFrozenDictionary(StringComparer.Ordinal);
        _antonyms = antonyms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>An empty lexicon (no polarity, no antonyms).</summary>
    public static StanceLexicon Empty { get; } = new(new Dictionary<string, float>(), new Dictionary<string, float>(), new Dictionary<string, string[]>());

    public int PolarityCount => _polarity.Count;

    public int AntonymCount => _antonyms.Count;

    /// <summary>Polarity in [-1, 1] (0 when unknown).</summary>
    public float Polarity(string word) => _polarity.GetValueOrDefault(word);

    /// <summary>Subjectivity in [0, 1] (0 when unknown).</summary>
    public float Subjectivity(string word) => _subjectivity.GetValueOrDefault(word);

    /// <summary>True when WordNet lists <paramref name="a"/> and <paramref name="b"/> as antonyms (either direction).</summary>
    public bool AreAntonyms(string a, string b) =>
        (_antonyms.TryGetValue(a, out string[]? list) && Array.IndexOf(list, b) >= 0)
        || (_antonyms.TryGetValue(b, out list) && Array.IndexOf(list, a) >= 0);

    /// <summary>
    /// Builds the table from the lexicon folder laid out as <c>../shared/data/lexicons</c>: <c>vader/vader_lexicon.txt</c>,
    /// <c>liu/{positive,negative}-words.txt</c>, <c>pattern/pattern-sentiment-en.json</c>, <c>wordnet/data.{adj,verb,adv}</c>.
    /// Polarity is VADER's mean valence / 4 where VADER has the word, else ±0.5 from Liu, else Pattern's polarity.
    /// </summary>
    public static StanceLexicon Build(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var polarity = new Dictionary<string, float>(StringComparer.Ordinal);
        var subjectivity = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(folder, "vader", "vader_lexicon.txt")))
        {
            string[] parts = line.Split('\t');
            if (parts.Length >= 2 && IsWord(parts[0]) && float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out float v))
            {
                polarity[parts[0]] = Math.Clamp(v / 4f, -1f, 1f);
            }
        }

        foreach ((string file, float sign) in new[] { ("positive-words.txt", 0.5f), ("negative-words.txt", -0.5f) })
        {
            foreach (string raw in File.ReadLines(Path.Combine(folder, "liu", file)))
            {
                string w = raw.Trim();
                if (w.Length > 0 && !w.StartsWith(';') && IsWord(w))
                {
                    polarity.TryAdd(w, sign);
                }
            }
        }

        using (JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "pattern", "pattern-sentiment-en.json"))))
        {
            foreach (JsonProperty entry in json.RootElement.EnumerateObject())
            {
                string w = entry.Name.ToLowerInvariant();
                if (!IsWord(w))
                {
                    continue;
                }

                if (Number(entry.Value, "polarity") is float p && p != 0)
                {
                    polarity.TryAdd(w, Math.Clamp(p, -1f, 1f));
                }

                if (Number(entry.Value, "subjectivity") is float s)
                {
                    subjectivity[w] = Math.Clamp(s, 0f, 1f);
                }
            }
        }

        var antonyms = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (string pos in new[] { "adj", "verb", "adv", "noun" })
        {
            ReadWordNetAntonyms(Path.Combine(folder, "wordnet", "data." + pos), antonyms);
        }

        return new StanceLexicon(polarity, subjectivity, antonyms.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Writes the table as UTF-8 text: <c>p word value</c>, <c>s word value</c>, <c>a word antonym…</c> lines, sorted.</summary>
    public void Write(TextWriter writer)
    {
        foreach ((string w, float v) in _polarity.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"p\t{w}\t{v:R}\n"));
        }

        foreach ((string w, float v) in _subjectivity.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"s\t{w}\t{v:R}\n"));
        }

        foreach ((string w, string[] list) in _antonyms.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write("a\t" + w + "\t" + string.Join('\t', list) + "\n");
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="FormatException">A malformed line.</exception>
    public static StanceLexicon Read(TextReader reader)
    {
        var polarity = new Dictionary<string, float>(StringComparer.Ordinal);
        var subjectivity = new Dictionary<string, float>(StringComparer.Ordinal);
        var antonyms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string[] parts = line.Split('\t');
            if (parts.Length < 3)
            {
                throw new FormatException($"lexicon line {lineNumber}: expected at least 3 fields.");
            }

            switch (parts[0])
            {
                case "p":
                    polarity[parts[1]] = float.Parse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture);
                    break;
                case "s":
                    subjectivity[parts[1]] = float.Parse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture);
                    break;
                case "a":
                    antonyms[parts[1]] = parts[2..];
                    break;
                default:
                    throw new FormatException($"lexicon line {lineNumber}: unknown kind '{parts[0]}'.");
            }
        }

        return new StanceLexicon(polarity, subjectivity, antonyms);
    }

    private static float? Number(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String
        && float.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out float f) ? f : null;

    private static bool IsWord(string w) => w.Length > 1 && w.All(c => char.IsAsciiLetterLower(c) || c == '-' || c == '\'');

    /// <summary>Adds every single-word antonym pair of a WordNet data file (pointer symbol <c>!</c>, lexical source/target).</summary>
    private static void ReadWordNetAntonyms(string path, SortedDictionary<string, SortedSet<string>> antonyms)
    {
        if (!File.Exists(path))
        {
            return;
        }

        // Offsets of synsets and their words, then antonym pointers resolved against them.
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var pointers = new List<(string Offset, int Source, string TargetOffset, int Target)>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.StartsWith(' '))
            {
                continue;
            }

            string[] f = line.Split(' ');
            int wordCount = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var synsetWords = new string[wordCount];
            for (int i = 0; i < wordCount; i++)
            {
                string w = f[4 + (2 * i)];
                int paren = w.IndexOf('(', StringComparison.Ordinal);
                synsetWords[i] = (paren > 0 ? w[..paren] : w).ToLowerInvariant();
            }

            words[f[0]] = synsetWords;
            int p = 4 + (2 * wordCount);
            int pointerCount = int.Parse(f[p], NumberStyles.Integer, CultureInfo.InvariantCulture);
            for (int k = 0; k < pointerCount; k++)
            {
                int at = p + 1 + (4 * k);
                if (f[at] == "!")
                {
                    string st = f[at + 3];
                    pointers.Add((f[0], Convert.ToInt32(st[..2], 16), f[at + 1], Convert.ToInt32(st[2..], 16)));
                }
            }
        }

        foreach ((string offset, int source, string targetOffset, int target) in pointers)
        {
            if (!words.TryGetValue(offset, out string[]? from) || !words.TryGetValue(targetOffset, out string[]? to))
            {
                continue;
            }

            for (int i = 0; i < from.Length; i++)
            {
                if (source != 0 && source != i + 1)
                {
                    continue;
                }

                for (int j = 0; j < to.Length; j++)
                {
                    if ((target != 0 && target != j + 1) || !IsWord(from[i]) || !IsWord(to[j]))
                    {
                        continue;
                    }

                    if (!antonyms.TryGetValue(from[i], out SortedSet<string>? set))
                    {
                        antonyms[from[i]] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(to[j]);
                }
            }
        }
    }
}
