using System.Runtime.CompilerServices;

namespace NewsNlp.Learning;

/// <summary>
/// The slots of an open-addressing table keyed by 64-bit word hashes (<see cref="StableHash"/>), shared by the tables read
/// once per token (the learned cue levels, the document view's lexicon classes): a power-of-two table at least twice the
/// entries, a key's home slot from a multiplicative hash's top bits, linear probing, and 0 marking an empty slot (a key
/// of 0 cannot be stored; callers keep it aside).
/// </summary>
internal static class WordHashSlots
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    /// <summary>The shift that gives a home slot (<see cref="Home"/>) in a table for <paramref name="count"/> keys; the table has <c>1 &lt;&lt; (64 - shift)</c> slots (16 at least).</summary>
    public static int ShiftFor(int count)
    {
        int bits = 4;
        while ((1 << bits) < count * 2)
        {
            bits++;
        }

        return 64 - bits;
    }

    /// <summary>The number of slots of a table with <paramref name="shift"/>.</summary>
    public static int Length(int shift) => 1 << (64 - shift);

    /// <summary>The slot probing for <paramref name="key"/> starts at.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Home(ulong key, int shift) => (int)((key * Multiplier) >> shift);

    /// <summary>Stores <paramref name="key"/> (not 0) in the first empty slot from its home and returns that slot.</summary>
    public static int Claim(ulong[] keys, ulong key, int shift)
    {
        int at = Home(key, shift);
        while (keys[at] != 0)
        {
            at = (at + 1) & (keys.Length - 1);
        }

        keys[at] = key;
        return at;
    }
}
