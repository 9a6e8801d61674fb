using System.Collections.Frozen;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Irregular past-tense verbs common in news ("rose", "fell", "grew", "took"): the sign of a clause that an "-ed" test
/// misses, so "said profits rose sharply last year" is read as a reported clause, not a bare noun phrase. Forms that are
/// as often nouns or adjectives in news ("won", "left", "cut", "hit", "set", "put", "lead", "bid") are left out.
/// </summary>
internal static class IrregularPastForms
{
    private static readonly FrozenSet<string> Forms = FrozenSet.ToFrozenSet(
        [
            "rose", "fell", "grew", "shrank", "sank", "slid", "sprang", "went", "came", "became", "began", "made", "took",
            "gave", "saw", "found", "got", "kept", "held", "paid", "sold", "bought", "brought", "built", "spent", "sent", "met",
            "led", "ran", "stood", "fought", "struck", "knew", "thought", "felt", "meant", "lost", "broke", "chose", "drew", "drove",
            "flew", "forgot", "froze", "hid", "lay", "rode", "rang", "swore", "threw", "wore", "wrote", "overtook", "withdrew",
            "undertook", "overcame", "understood", "taught", "caught", "sought",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is one of the listed irregular past forms.</summary>
    public static bool Is(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
