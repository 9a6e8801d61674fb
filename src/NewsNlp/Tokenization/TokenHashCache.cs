using System.Runtime.CompilerServices;
using NewsNlp.Learning;

namespace NewsNlp.Tokenization;

/// <summary>
/// Word and shape hashes of the last few tokens looked at, so that scoring consecutive gaps hashes each token once.
/// A value type without references: one per document, kept by the caller.
/// </summary>
internal struct TokenHashCache
{
    private Entries _entries;

    /// <summary>The word and shape hashes of token <paramref name="index"/>.</summary>
    public void Get(in BoundaryContext c, int index, out ulong word, out ulong shape)
    {
        ref Entry entry = ref _entries[index & 7];
        if (entry.Key != index + 1)
        {
            entry.Key = index + 1;
            entry.Word = Word(c, index);
            entry.Shape = Shape(c, index);
        }

        word = entry.Word;
        shape = entry.Shape;
    }

    /// <summary>Hash of the lower-cased token (first 24 characters).</summary>
    public static ulong Word(in BoundaryContext c, int index)
    {
        ReadOnlySpan<char> chars = c.Chars(index);
        if (chars.Length > BoundaryFeatures.MaxWordChars)
        {
            chars = chars[..BoundaryFeatures.MaxWordChars];
        }

        return StableHash.AddLower(StableHash.Seed, chars);
    }

    /// <summary>Hash of the token's shape: X upper, x lower, d digit, other characters as themselves, repeats collapsed, at most 8 symbols.</summary>
    public static ulong Shape(in BoundaryContext c, int index)
    {
        ReadOnlySpan<char> chars = c.Chars(index);
        ulong hash = StableHash.Seed;
        char last = '\0';
        int emitted = 0;
        int limit = Math.Min(chars.Length, BoundaryFeatures.MaxWordChars);
        for (int k = 0; k < limit && emitted < 8; k++)
        {
            char ch = chars[k];
            CharFlags f = CharClass.Of(ch);
            char mapped = (f & CharFlags.Upper) != 0 ? 'X' : (f & CharFlags.Lower) != 0 ? 'x' : (f & CharFlags.Digit) != 0 ? 'd' : (f & CharFlags.Letter) != 0 ? 'L' : ch;
            if (mapped != last)
            {
                hash = StableHash.Add(hash, mapped);
                last = mapped;
                emitted++;
            }
        }

        return chars.Length > BoundaryFeatures.MaxWordChars ? StableHash.Add(hash, '+') : hash;
    }

    private struct Entry
    {
        public int Key;
        public ulong Word;
        public ulong Shape;
    }

    [InlineArray(8)]
    private struct Entries
    {
        private Entry _first;
    }
}
