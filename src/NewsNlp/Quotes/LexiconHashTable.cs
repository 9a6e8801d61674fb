using System.Text;
using NewsNlp.Learning;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes;

/// <summary>
/// <see cref="QuoteLexicon.Classify"/> of an ASCII token given its lower-cased word hash (<see cref="DocumentView.WordHashes"/>,
/// computed for every token anyway): one probe of an open-addressing table keyed by the entries' hashes and one
/// case-insensitive comparison on a hit, instead of hashing the characters again for the lexicon's dictionary. The same
/// classes for every token: an ASCII token equals an entry ignoring case exactly when their ASCII lower-case forms are
/// equal, which gives equal hashes, and a hit is compared in full; tokens with other characters the table does not hold
/// are looked up in the dictionary (the table is not used at all should an entry hold a character whose upper case is ASCII, which could
/// match an ASCII token: none does).
/// </summary>
internal static class LexiconHashTable
{
    private static readonly (ulong[] Keys, string[] Words, WordClass[] Classes, int Shift)? Table = Build();

    /// <summary>The lexicon's classes of the token <paramref name="word"/> whose <see cref="StableHash.AddLower"/> hash from the seed is <paramref name="lowerHash"/>.</summary>
    public static WordClass Classify(ReadOnlySpan<char> word, ulong lowerHash)
    {
        if (Table is not { } table || lowerHash == 0)
        {
            return QuoteLexicon.Classify(word);
        }

        // A hit is the lexicon's entry for any token (the entry equal to it ignoring case, which the dictionary finds too);
        // only a miss needs to know that the token is ASCII, as another token may equal an entry ignoring case
        // without sharing its hash ("saıd" and "said").
        ulong[] keys = table.Keys;
        int mask = keys.Length - 1;
        for (int at = WordHashSlots.Home(lowerHash, table.Shift); ; at = (at + 1) & mask)
        {
            ulong key = keys[at];
            if (key == 0)
            {
                return Ascii.IsValid(word) ? WordClass.None : QuoteLexicon.Classify(word);
            }

            if (key == lowerHash && word.Equals(table.Words[at], StringComparison.OrdinalIgnoreCase))
            {
                return table.Classes[at];
            }
        }
    }

    private static (ulong[], string[], WordClass[], int)? Build()
    {
        KeyValuePair<string, WordClass>[] entries = [.. QuoteLexicon.Entries];
        foreach ((string word, _) in entries)
        {
            foreach (char c in word)
            {
                if (c >= 0x80 && char.ToUpperInvariant(c) < 0x80)
                {
                    return null;
                }
            }
        }

        int shift = WordHashSlots.ShiftFor(entries.Length);
        var keys = new ulong[WordHashSlots.Length(shift)];
        var words = new string[keys.Length];
        var classes = new WordClass[keys.Length];
        foreach ((string word, WordClass c) in entries)
        {
            ulong hash = StableHash.AddLower(StableHash.Seed, word);
            if (hash == 0 || !Ascii.IsValid(word))
            {
                continue; // never equal to an ASCII token; a hash of 0 (none is) would read as an empty slot, so such tokens go to the dictionary
            }

            int at = WordHashSlots.Claim(keys, hash, shift);
            words[at] = word;
            classes[at] = c;
        }

        return (keys, words, classes, shift);
    }
}
