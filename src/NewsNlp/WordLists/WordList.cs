using System.Collections.Frozen;
using NewsNlp.Learning;

namespace NewsNlp.WordLists;

/// <summary>
/// A word list shipped as an embedded data file, <c>&lt;folder&gt;/Data/&lt;name&gt;.txt</c> (the attribution lists in
/// <c>Quotes/Lexicon/Data/</c>, the person titles in <c>Entities/Linking/Data/</c>; names are unique across folders):
/// one entry a line (a word, or a verb as <c>base/-s/past/participle/-ing</c>), optionally followed by <c>+tag</c> marks;
/// <c>#</c> starts a comment. Each file has one owner class that loads it, named in the file's header. An entry may not
/// repeat (same word, or same verb base).
/// </summary>
internal sealed class WordList
{
    private readonly string[][] _tags;

    private WordList(string name, string[] entries, string[][] tags)
    {
        Name = name;
        Entries = entries;
        _tags = tags;
    }

    /// <summary>The prefix of every word list's manifest resource name (then the file name).</summary>
    public const string ResourcePrefix = "NewsNlp.WordLists.";

    /// <summary>The file name without extension (<c>speech-verbs</c>).</summary>
    public string Name { get; }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>The entries marked <c>+<paramref name="tag"/></c>.</summary>
    public IEnumerable<string> Tagged(string tag)
    {
        for (int i = 0; i < Entries.Count; i++)
        {
            if (Array.IndexOf(_tags[i], tag) >= 0)
            {
                yield return Entries[i];
            }
        }
    }

    /// <summary>The entries as a case-insensitive set looked up by the characters of a token (no string per lookup).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup() => SpanLookup(Entries);

    /// <summary>The entries marked <c>+<paramref name="tag"/></c> as a case-insensitive set looked up by the characters of a token.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string tag) => SpanLookup(Tagged(tag));

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup(IEnumerable<string> words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Loads the embedded list <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">The list is missing, or an entry repeats.</exception>
    public static WordList Load(string name)
    {
        string resource = ResourcePrefix + name + ".txt";
        using Stream stream = typeof(WordList).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The word list '{name}' is not embedded (resource {resource}).");
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd());
    }

    /// <summary>Parses the text of a list file.</summary>
    /// <exception cref="InvalidOperationException">An entry repeats.</exception>
    public static WordList Parse(string name, string text)
    {
        var entries = new List<string>();
        var tags = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in text.Split('\n'))
        {
            int hash = raw.IndexOf('#', StringComparison.Ordinal);
            string line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string entry = fields[0];
            int slash = entry.IndexOf('/', StringComparison.Ordinal);
            if (!seen.Add(slash > 0 ? entry[..slash] : entry))
            {
                throw new InvalidOperationException($"The word list '{name}' lists '{entry}' twice.");
            }

            entries.Add(entry);
            tags.Add([.. fields.Skip(1).Select(f => f.TrimStart('+'))]);
        }

        return new WordList(name, [.. entries], [.. tags]);
    }

    /// <summary>
    /// A fingerprint of the word forms a list contributes (case-insensitive, order and repeats ignored): what a model
    /// trained on features of the list depends on.
    /// </summary>
    public static ulong Fingerprint(IEnumerable<string> forms)
    {
        string[] sorted = [.. forms.Select(f => f.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        ulong hash = StableHash.Seed;
        foreach (string form in sorted)
        {
            hash = StableHash.Add(StableHash.Add(hash, form), '\n');
        }

        return hash;
    }
}
