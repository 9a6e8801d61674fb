using System.Collections.Frozen;
using NewsNlp.WordLists;

namespace NewsNlp.Entities.Linking;

/// <summary>
/// Titles and honorifics that lead a person's name (<c>Mr.</c>, <c>President</c>, <c>Sen.</c>), the embedded list
/// <c>Entities/Linking/Data/titles.txt</c> owned by this class, with the titles that give a gender (<c>Mrs.</c>,
/// <c>Sir</c>). Lookups are case-insensitive and allocation-free.
/// </summary>
internal static class PersonTitles
{
    private static readonly WordList List = WordList.Load("titles");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = List.Lookup();

    /// <summary>The titles marked <c>+male</c> (<c>Mr.</c>, <c>Sir</c>, <c>King</c> …).</summary>
    public static IEnumerable<string> Male => List.Tagged("male");

    /// <summary>The titles marked <c>+female</c> (<c>Mrs.</c>, <c>Ms</c>, <c>Queen</c> …).</summary>
    public static IEnumerable<string> Female => List.Tagged("female");

    /// <summary>Letters after a person's name (<c>QC</c>, <c>MP</c>, <c>Jr</c>), matched as written.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PostNominalLookup =
        new[] { "QC", "KC", "MP", "MEP", "MSP", "AM", "OBE", "MBE", "CBE", "KBE", "Jr", "Jr.", "Sr", "Sr." }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is written after a person's name ("Philippe Sands QC", "Jane Hill MP"; case as written).</summary>
    public static bool IsPostNominal(ReadOnlySpan<char> word) => PostNominalLookup.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/> is the letters of an office or honour written after a name (<c>MP</c>, <c>MEP</c>,
    /// <c>MSP</c>, <c>QC</c>, <c>KC</c>, <c>OBE</c>, <c>MBE</c>, <c>CBE</c>, <c>KBE</c>; in capitals): no part of the name, unlike
    /// a generation's letters (<c>Jr</c>).
    /// </summary>
    public static bool IsOfficeLetters(ReadOnlySpan<char> word) => word is "MP" or "MEP" or "MSP" or "QC" or "KC" or "OBE" or "MBE" or "CBE" or "KBE";

    /// <summary>True when <paramref name="word"/> is a title (ignoring case).</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);
}
