using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>
/// The lexical resources compiled into a NER model at training time: word clusters (lower-cased word → fine and coarse
/// cluster ids) and gazetteer phrases (lower-cased token sequence → category bit mask). Nothing is read from disk at run time.
/// </summary>
internal sealed class NerLexicon
{
    /// <summary>Bit set on a gazetteer entry when some longer phrase starts with it.</summary>
    public const int PrefixBit = 1 << 30;

    /// <summary>Longest phrase, in tokens, matched in gazetteers.</summary>
    public const int MaxPhraseTokens = 8;

    private const ulong PhraseSeed = 0x6A09E667F3BCC908UL;

    public NerLexicon(HashIndex clusters, HashIndex gazetteer)
    {
        Clusters = clusters;
        Gazetteer = gazetteer;
    }

    public static NerLexicon Empty { get; } = new(new HashIndex(new Dictionary<ulong, int>()), new HashIndex(new Dictionary<ulong, int>()));

    /// <summary>Lower-cased word hash → packed fine cluster, coarse cluster and case profile (see <see cref="Pack"/>).</summary>
    public HashIndex Clusters { get; }

    /// <summary>Phrase hash → category bits (and <see cref="PrefixBit"/>).</summary>
    public HashIndex Gazetteer { get; }

    /// <summary>Packs a fine cluster (12 bits), coarse cluster (8 bits) and case profile (4 bits); 0 in a field means unknown.</summary>
    public static int Pack(int fine, int coarse, int caseProfile) => (fine & 0xFFF) | ((coarse & 0xFF) << 12) | ((caseProfile & 0xF) << 20);

    /// <summary>Unpacks a value made by <see cref="Pack"/>.</summary>
    public static (int Fine, int Coarse, int CaseProfile) Unpack(int value) => (value & 0xFFF, (value >> 12) & 0xFF, (value >> 20) & 0xF);

    /// <summary>Hash of a lower-cased word as used by clusters and gazetteers.</summary>
    public static ulong WordKey(ReadOnlySpan<char> word) => StableHash.AddLower(StableHash.Seed, word);

    /// <summary>Starts a phrase hash.</summary>
    public static ulong PhraseStart(ulong firstWordKey) => StableHash.Combine(PhraseSeed, firstWordKey);

    /// <summary>Extends a phrase hash with the next word.</summary>
    public static ulong PhraseNext(ulong phrase, ulong wordKey) => StableHash.Combine(phrase, wordKey);

    /// <summary>The gazetteer category bits of the whole phrase <paramref name="words"/> (tokens of <paramref name="text"/>), without <see cref="PrefixBit"/>; 0 when it is not listed.</summary>
    public int CategoriesOf(string text, ReadOnlySpan<Documents.TokenRow> words)
    {
        if (words.IsEmpty || words.Length > MaxPhraseTokens)
        {
            return 0;
        }

        ulong key = PhraseStart(WordKey(text.AsSpan(words[0].Start, words[0].Length)));
        for (int i = 1; i < words.Length; i++)
        {
            key = PhraseNext(key, WordKey(text.AsSpan(words[i].Start, words[i].Length)));
        }

        return Gazetteer.Get(key, 0) & ~PrefixBit;
    }

    public void Save(BinaryWriter writer)
    {
        Clusters.Save(writer);
        Gazetteer.Save(writer);
    }

    public static NerLexicon Load(BinaryReader reader) => new(HashIndex.Load(reader), HashIndex.Load(reader));
}
