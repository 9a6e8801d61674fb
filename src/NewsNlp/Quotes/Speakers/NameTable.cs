using NewsNlp.Entities.Linking;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// The names of one document: the fullest form each surname is written in ("Jaafari" → "Bashar al-Jaafari") and one
/// shared string, with its lower-case key, per distinct name (a long article names the same people thousands of times,
/// so one string per distinct name, not several per mention, is built).
/// </summary>
internal sealed class NameTable
{
    private readonly DocumentView _v;
    private readonly Dictionary<string, string> _fullNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _fullNamesBySpan;
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _keysBySpan;
    private char[] _joined = new char[64];

    public NameTable(DocumentView v)
    {
        _v = v;
        _fullNamesBySpan = _fullNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _keysBySpan = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Records <paramref name="name"/> (two words or more) as the full form of its last word, when it is the longest seen.</summary>
    public void RememberFullName(ReadOnlySpan<char> name)
    {
        // Leading titles are not part of the name ("Mayor Linda Cortez" is remembered as "Linda Cortez", as the entity
        // linker names her), so every mention of one person gives one speaker name.
        int titleEnd;
        while ((titleEnd = name.IndexOf(' ')) > 0 && name[(titleEnd + 1)..].Contains(' ') && PersonTitles.IsTitle(name[..titleEnd]))
        {
            name = name[(titleEnd + 1)..];
        }

        int space = name.LastIndexOf(' ');
        if (space < 0)
        {
            return;
        }

        // The name's string is only built when the table changes (in a long article the same names come back).
        string? text = null;
        ReadOnlySpan<char> last = name[(space + 1)..];
        if (!_fullNamesBySpan.TryGetValue(last, out string? known) || known.Length < name.Length)
        {
            _fullNamesBySpan[last] = text = name.ToString();
        }

        // "al-Jaafari" is also known as "Jaafari".
        int dash = last.IndexOf('-');
        if (dash > 0 && dash < last.Length - 1)
        {
            ReadOnlySpan<char> bare = last[(dash + 1)..];
            if (!_fullNamesBySpan.TryGetValue(bare, out known) || known.Length < name.Length)
            {
                _fullNamesBySpan[bare] = text ?? name.ToString();
            }
        }
    }

    /// <summary>
    /// The fullest form of a name used in the document ("Jaafari" → "Bashar al-Jaafari"): a known full name (also in
    /// <paramref name="known"/>) or the name itself without a possessive ending (then <paramref name="known"/> is null).
    /// </summary>
    public ReadOnlySpan<char> FullName(ReadOnlySpan<char> name, out string? known)
    {
        ReadOnlySpan<char> trimmed = StripPossessive(name);
        int space = trimmed.LastIndexOf(' ');
        if (space >= 0)
        {
            known = _fullNamesBySpan.TryGetValue(trimmed[(space + 1)..], out string? full) && full.AsSpan().EndsWith(trimmed, StringComparison.OrdinalIgnoreCase) ? full : null;
        }
        else
        {
            known = _fullNamesBySpan.TryGetValue(trimmed, out string? f) ? f : null;
        }

        return known is null ? trimmed : known;
    }

    /// <summary>The shared string equal to <paramref name="name"/>, and its lower-case key.</summary>
    public string Intern(ReadOnlySpan<char> name, out string key)
    {
        if (_keysBySpan.TryGetValue(name, out string? shared, out string? k))
        {
            key = k;
            return shared;
        }

        shared = name.ToString();
        key = shared.ToLowerInvariant();
        _keys.Add(shared, key);
        return shared;
    }

    /// <summary>The shared string equal to <paramref name="name"/> (itself when first seen), and its lower-case key.</summary>
    public string Intern(string name, out string key)
    {
        if (_keysBySpan.TryGetValue(name, out string? shared, out string? k))
        {
            key = k;
            return shared;
        }

        key = name.ToLowerInvariant();
        _keys.Add(name, key);
        return name;
    }

    /// <summary>
    /// The tokens [first, end) as written, one space wherever the text has a gap between two tokens, in a buffer reused
    /// by the next call.
    /// </summary>
    public ReadOnlySpan<char> JoinSpan(int first, int end)
    {
        DocumentView v = _v;
        int length = 0;
        for (int t = first; t < end; t++)
        {
            length += v.Ends[t] - v.Starts[t] + (t > first && v.Starts[t] > v.Ends[t - 1] ? 1 : 0);
        }

        if (_joined.Length < length)
        {
            _joined = new char[Math.Max(length, _joined.Length * 2)];
        }

        Span<char> buffer = _joined;
        int k = 0;
        for (int t = first; t < end; t++)
        {
            if (t > first && v.Starts[t] > v.Ends[t - 1])
            {
                buffer[k++] = ' ';
            }

            ReadOnlySpan<char> chars = v.Chars(t);
            chars.CopyTo(buffer[k..]);
            k += chars.Length;
        }

        return buffer[..k];
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> name) =>
        name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2].TrimEnd() : name;
}
