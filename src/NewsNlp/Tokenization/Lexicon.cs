using System.Collections.Frozen;

namespace NewsNlp.Tokenization;

/// <summary>Word lists of the tokenizer and sentence splitter, looked up without allocating.</summary>
internal static class Lexicon
{
    /// <summary>Month abbreviations (without the period): abbreviations in any case, and the spellings <see cref="AllCapsAcronym"/> reads as acronyms.</summary>
    private static readonly string[] MonthList = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    /// <summary>Abbreviations that take a period in any case (compared case-insensitively, without the period).</summary>
    private static readonly string[] AbbreviationList =
    [
        "mr", "mrs", "ms", "messrs", "dr", "drs", "prof", "jr", "sr", "st", "sts", "mt", "ft", "gen", "gov", "govs", "sen", "sens", "reps",
        "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "rev", "hon", "supt", "insp", "atty", "pres",
        "inc", "corp", "ltd", "llc", "plc", "bros", "assn", "assoc", "dept", "univ", "intl", "natl", "mfg",
        .. MonthList, "tues", "thurs",
        "etc", "vs", "approx", "figs", "vols", "eds", "ave", "blvd", "hwy", "calif", "fla", "ariz", "colo", "conn", "kan", "kans",
        "ky", "md", "mich", "minn", "mont", "neb", "nev", "okla", "tenn", "tex", "wis", "wyo", "ala", "al", "esp", "cf", "ca",
        "ibid", "viz", "ext", "mgr", "dir", "mssrs", "cie", "pp", "ph", "ed", "voc", "ect", "pvt", "gens",
    ];

    /// <summary>Abbreviations that are also ordinary words: only when capitalised (<c>Ill.</c>, <c>Co.</c>).</summary>
    private static readonly string[] CapitalizedAbbreviationList =
    [
        "Co", "Rep", "Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Ill", "Ind", "La", "Pa", "Va", "Mo", "Mass", "Wash", "Del",
        "Ore", "Vt", "Ga", "Fig", "Vol", "Ct", "Rd", "Pl", "Sq", "Est", "Cal", "Op", "Art", "Sec", "Ch", "Gov", "Cos", "Dist", "Ariz",
    ];

    /// <summary>Abbreviations that take a period only before a number (<c>No. 5</c>).</summary>
    private static readonly string[] NumberAbbreviationList = ["no", "nos", "vol", "p", "pp", "fig", "art", "sec", "ch"];

    /// <summary>Bound prefixes kept attached to a hyphenated word (<c>e-mail</c>, <c>non-profit</c>).</summary>
    private static readonly string[] HyphenPrefixList =
    [
        "e", "non", "re", "pre", "post", "anti", "pro", "counter", "over", "vice", "semi", "cross", "mis", "co", "ex", "mid", "multi",
        "inter", "intra", "sub", "super", "ultra", "un", "bi", "tri", "de", "neo", "quasi", "pseudo", "cyber", "micro", "macro", "mini",
        "mega", "trans", "socio", "geo", "bio", "eco", "hyper", "meta", "infra", "x", "uni",
    ];

    /// <summary>Words after a leading apostrophe that keep it (<c>'em</c>, <c>'til</c>).</summary>
    private static readonly string[] ApostropheWordList = ["em", "til", "cause", "n", "tis", "twas", "bout", "round", "nuff", "s"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, AbbreviationList).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalizedAbbreviations =
        FrozenSet.Create(StringComparer.Ordinal, CapitalizedAbbreviationList).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberAbbreviations =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, NumberAbbreviationList).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixes =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, HyphenPrefixList).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ApostropheWords =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ApostropheWordList).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Informal contractions without apostrophe and where UD splits them (lower case).</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Informal =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["gonna"] = 3, ["gotta"] = 3, ["lotta"] = 3, ["wanna"] = 3, ["outta"] = 3, ["cannot"] = 3, ["dont"] = 2, ["cant"] = 2, ["wont"] = 2,
            ["didnt"] = 3, ["doesnt"] = 4, ["isnt"] = 2, ["wasnt"] = 3, ["arent"] = 3, ["havent"] = 4, ["hasnt"] = 3, ["hadnt"] = 3,
            ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6, ["werent"] = 4, ["aint"] = 2, ["im"] = 1, ["ive"] = 1, ["alot"] = 1,
            ["thats"] = 4, ["theres"] = 5, ["heres"] = 4, ["theyre"] = 4, ["youre"] = 3,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpeners =
        FrozenSet.Create(
            StringComparer.Ordinal,
            "The", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "A", "An", "This", "That", "These", "Those", "There",
            "His", "Her", "Its", "Their", "Our", "My", "If", "When", "While", "After", "Before", "As", "At", "On", "For", "So", "Yet",
            "However", "Meanwhile", "Still", "Then", "Now", "Officials", "What", "Why", "How", "Who", "Some", "Many", "Most", "No")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for common capitalised words that open a sentence (<c>The</c>, <c>He</c>, <c>But</c>).</summary>
    public static bool IsSentenceOpener(ReadOnlySpan<char> word) => word.Length <= 10 && SentenceOpeners.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units =
        FrozenSet.Create(
            StringComparer.Ordinal,
            "k", "K", "m", "bn", "mn", "mm", "cm", "km", "kg", "mg", "lb", "lbs", "oz", "gb", "mb", "kb", "tb", "GB", "MB", "TB", "hrs", "hr",
            "min", "mins", "sec", "secs", "mph", "kph", "p", "pm", "am", "ft", "yrs", "day", "days", "ish")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a unit or multiplier written straight after a number (<c>375mm</c>, <c>39K</c>, <c>5bn</c>, <c>10am</c>).</summary>
    public static bool IsUnit(ReadOnlySpan<char> suffix) => suffix.Length <= 4 && Units.Contains(suffix);

    /// <summary>True when <paramref name="word"/> (without its period) is an abbreviation that keeps a following period.</summary>
    /// <param name="word">The word.</param>
    /// <param name="beforeNumber">True when the period is followed by white space and a digit.</param>
    public static bool IsAbbreviation(ReadOnlySpan<char> word, bool beforeNumber)
    {
        if (word.Length == 0 || word.Length > 8)
        {
            return false;
        }

        return Abbreviations.Contains(word) || CapitalizedAbbreviations.Contains(word) || (beforeNumber && NumberAbbreviations.Contains(word));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthAbbreviations =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, MonthList).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its period) is a month abbreviation (<c>Dec</c>, <c>Sept</c>).</summary>
    /// <param name="word">The word.</param>
    public static bool IsMonthAbbreviation(ReadOnlySpan<char> word) => word.Length <= 4 && MonthAbbreviations.Contains(word);

    /// <summary>True when <paramref name="prefix"/> stays attached before a hyphen.</summary>
    public static bool IsHyphenPrefix(ReadOnlySpan<char> prefix) => prefix.Length <= 7 && HyphenPrefixes.Contains(prefix);

    /// <summary>True when an apostrophe before <paramref name="word"/> belongs to it (<c>'em</c>).</summary>
    public static bool IsApostropheWord(ReadOnlySpan<char> word) => word.Length <= 5 && ApostropheWords.Contains(word);

    /// <summary>Bit <c>length</c> of entry <c>first letter</c> is set when an informal contraction of that length starts with that letter.</summary>
    private static readonly int[] InformalFilter = BuildInformalFilter();

    /// <summary>Length of the first part of an informal contraction (<c>gonna</c> → 3), or 0.</summary>
    public static int InformalSplit(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 8)
        {
            return 0;
        }

        int first = (word[0] | 0x20) - 'a';
        if ((uint)first >= 26 || (InformalFilter[first] & (1 << word.Length)) == 0)
        {
            return 0;
        }

        return Informal.TryGetValue(word, out int split) ? split : 0;
    }

    private static int[] BuildInformalFilter()
    {
        int[] filter = new int[26];
        foreach (string key in Informal.Dictionary.Keys)
        {
            filter[key[0] - 'a'] |= 1 << key.Length;
        }

        return filter;
    }
}
