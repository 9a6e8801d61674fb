namespace NewsNlp.Learning;

/// <summary>
/// A stable 64-bit FNV-1a hash over UTF-16 text, identical across processes, platforms and .NET versions
/// (unlike <see cref="string.GetHashCode()"/>). Used for feature hashing in models that are saved to disk.
/// </summary>
public static class StableHash
{
    /// <summary>The FNV-1a offset basis: the hash of nothing.</summary>
    public const ulong Seed = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    private const ulong PrimeSquared = unchecked(Prime * Prime);

    /// <summary>Hash of <paramref name="text"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> text) => Add(Seed, text);

    /// <summary>Continues <paramref name="hash"/> with the characters of <paramref name="text"/>.</summary>
    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }

    /// <summary>Continues <paramref name="hash"/> with the characters of <paramref name="text"/> lower-cased (invariant).</summary>
    public static ulong AddLower(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                // ASCII: the high byte is 0, so the second step is a multiplication by the prime alone and both steps
                // are one multiplication by the prime squared (the same value modulo 2^64, half the dependent multiplies).
                uint lower = (uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c;
                hash = (hash ^ lower) * PrimeSquared;
                continue;
            }

            char l = LowerInvariant(c);
            hash = (hash ^ (byte)l) * Prime;
            hash = (hash ^ (byte)(l >> 8)) * Prime;
        }

        return hash;
    }

    // char.ToLowerInvariant of each UTF-16 unit, cached per 256-unit page: outside ASCII it is a call into ICU per
    // character (curly quotes and dashes in every news article), which cost more than the rest of the hashing.
    private static readonly char[]?[] LowerPages = new char[]?[256];

    /// <summary><see cref="char.ToLowerInvariant"/> of <paramref name="c"/> (the same value, read from a table built on first use).</summary>
    internal static char LowerInvariant(char c)
    {
        char[] page = Volatile.Read(ref LowerPages[c >> 8]) ?? BuildLowerPage(c >> 8);
        return page[c & 0xFF];
    }

    private static char[] BuildLowerPage(int page)
    {
        var lower = new char[256];
        for (int k = 0; k < lower.Length; k++)
        {
            lower[k] = char.ToLowerInvariant((char)((page << 8) | k));
        }

        Volatile.Write(ref LowerPages[page], lower);
        return lower;
    }

    /// <summary>Continues <paramref name="hash"/> with one character.</summary>
    public static ulong Add(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }

    /// <summary>Continues <paramref name="hash"/> with a 64-bit value (e.g. a template id or another hash).</summary>
    public static ulong Add(ulong hash, ulong value)
    {
        for (int i = 0; i < 8; i++)
        {
            hash = (hash ^ (byte)(value >> (i * 8))) * Prime;
        }

        return hash;
    }

    /// <summary>
    /// Combines two 64-bit values into one with a fixed multiply-xorshift mix (stable across processes and platforms);
    /// much cheaper than <see cref="Add(ulong, ulong)"/> for building feature hashes from precomputed parts.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b)
    {
        ulong h = (a ^ (b * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL;
        h ^= h >> 31;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }

    /// <summary>Maps a hash to a bucket in <c>[0, buckets)</c> (<paramref name="buckets"/> a power of two).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Bucket(ulong hash, int buckets)
    {
        // Fold the high bits in: FNV's low bits alone are weaker.
        ulong folded = hash ^ (hash >> 29) ^ (hash >> 47);
        return (int)(folded & (ulong)(buckets - 1));
    }
}
