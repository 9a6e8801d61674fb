namespace NewsNlp.Entities;

/// <summary>An immutable open-addressing map from 64-bit hashes to 32-bit values (word clusters, gazetteer entries).</summary>
/// <remarks>Lookups are allocation-free and thread-safe. Keys are stored sorted in model files so writing is deterministic.</remarks>
internal sealed class HashIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public HashIndex(IReadOnlyDictionary<ulong, int> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        int size = 16;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _values = new int[size];
        _mask = size - 1;
        Count = entries.Count;
        foreach (KeyValuePair<ulong, int> e in entries)
        {
            ulong key = e.Key == 0 ? 1 : e.Key;
            int slot = Slot(key);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = e.Value;
        }
    }

    public int Count { get; }

    /// <summary>The value of <paramref name="key"/>, or <paramref name="missing"/>.</summary>
    public int Get(ulong key, int missing)
    {
        if (key == 0)
        {
            key = 1;
        }

        int slot = Slot(key);
        while (true)
        {
            ulong k = _keys[slot];
            if (k == key)
            {
                return _values[slot];
            }

            if (k == 0)
            {
                return missing;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>All entries sorted by key (for deterministic saving).</summary>
    public IEnumerable<KeyValuePair<ulong, int>> Entries()
    {
        var list = new List<KeyValuePair<ulong, int>>(Count);
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                list.Add(new(_keys[i], _values[i]));
            }
        }

        list.Sort((a, b) => a.Key.CompareTo(b.Key));
        return list;
    }

    public void Save(BinaryWriter writer)
    {
        writer.Write(Count);
        foreach (KeyValuePair<ulong, int> e in Entries())
        {
            writer.Write(e.Key);
            writer.Write(e.Value);
        }
    }

    public static HashIndex Load(BinaryReader reader)
    {
        int count = Learning.ModelFile.ReadCount(reader, sizeof(ulong) + sizeof(int), "hash-index entries");
        if (count > 1 << 26)
        {
            throw new Learning.ModelFormatException($"Invalid table size {count}.");
        }

        var entries = new Dictionary<ulong, int>(count);
        for (int i = 0; i < count; i++)
        {
            ulong key = reader.ReadUInt64();
            entries[key] = reader.ReadInt32();
        }

        return new HashIndex(entries);
    }

    private int Slot(ulong key) => (int)((key ^ (key >> 32)) & (ulong)_mask);
}
