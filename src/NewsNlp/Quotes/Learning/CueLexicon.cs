using NewsNlp.Learning;

namespace NewsNlp.Quotes.Learning;

/// <summary>
/// Cue words learned from the training data: for each word (lower-cased hash) seen inside annotated cue spans at least
/// <see cref="MinCueCount"/> times, how often it is a cue, as a level 1–7 (the share of its occurrences that are cues,
/// on a log scale). Reaches the long tail of reporting words the hand-made lexicon lacks (<c>touted</c>, <c>lamented</c>,
/// <c>vowed</c>) and tells the tagger how cue-like each one is. Stored in the tagger's model file; thread-safe to read.
/// </summary>
internal sealed class CueLexicon
{
    /// <summary>A word must be a cue at least this many times to enter the lexicon.</summary>
    public const int MinCueCount = 2;

    /// <summary>Words at or above this level count as cue words (gate, cue-distance features).</summary>
    public const byte CueLevel = 6;

    private readonly Dictionary<ulong, byte> _levels;

    // The levels again as an open-addressing table read once per token of every tagged document (a probe or two instead
    // of a dictionary lookup; WordHashSlots: 0 marks an empty slot, so the level of the word hash 0, should one occur,
    // is kept aside).
    private readonly ulong[] _keys;
    private readonly byte[] _values;
    private readonly int _shift;
    private readonly byte _zeroLevel;

    private CueLexicon(Dictionary<ulong, byte> levels)
    {
        _levels = levels;
        _shift = WordHashSlots.ShiftFor(levels.Count);
        _keys = new ulong[WordHashSlots.Length(_shift)];
        _values = new byte[_keys.Length];
        foreach ((ulong word, byte level) in levels)
        {
            if (word == 0)
            {
                _zeroLevel = level;
                continue;
            }

            _values[WordHashSlots.Claim(_keys, word, _shift)] = level;
        }
    }

    /// <summary>Number of words.</summary>
    public int Count => _levels.Count;

    /// <summary>An empty lexicon (every level 0).</summary>
    public static CueLexicon Empty { get; } = new([]);

    /// <summary>Builds the lexicon from per-word counts: occurrences as a cue and in total.</summary>
    public static CueLexicon Build(IReadOnlyDictionary<ulong, (int Cue, int Total)> counts)
    {
        var levels = new Dictionary<ulong, byte>();
        foreach ((ulong word, (int cue, int total)) in counts)
        {
            if (cue >= MinCueCount && total > 0)
            {
                levels[word] = LevelOf((double)cue / total);
            }
        }

        return new CueLexicon(levels);
    }

    private static byte LevelOf(double share) => share switch
    {
        >= 0.5 => 7,
        >= 0.3 => 6,
        >= 0.15 => 5,
        >= 0.08 => 4,
        >= 0.04 => 3,
        >= 0.02 => 2,
        _ => 1,
    };

    /// <summary>The level of a word (its <see cref="StableHash.AddLower"/> hash from the seed); 0 when not in the lexicon.</summary>
    public byte LevelOf(ulong wordHash)
    {
        if (wordHash == 0)
        {
            return _zeroLevel;
        }

        ulong[] keys = _keys;
        int mask = keys.Length - 1;
        for (int at = WordHashSlots.Home(wordHash, _shift); ; at = (at + 1) & mask)
        {
            ulong key = keys[at];
            if (key == wordHash)
            {
                return _values[at];
            }

            if (key == 0)
            {
                return 0;
            }
        }
    }

    public void Save(BinaryWriter writer)
    {
        writer.Write(_levels.Count);
        foreach ((ulong word, byte level) in _levels.OrderBy(p => p.Key))
        {
            writer.Write(word);
            writer.Write(level);
        }
    }

    public static CueLexicon Load(BinaryReader reader)
    {
        int count = ModelFile.ReadCount(reader, sizeof(ulong) + 1, "cue lexicon entries");

        var levels = new Dictionary<ulong, byte>(count);
        for (int i = 0; i < count; i++)
        {
            ulong word = reader.ReadUInt64();
            byte level = reader.ReadByte();
            if (level is 0 or > 7)
            {
                throw new ModelFormatException($"Invalid cue level {level}.");
            }

            levels[word] = level;
        }

        return new CueLexicon(levels);
    }
}
