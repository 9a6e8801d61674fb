using System.Collections.Frozen;

namespace NewsNlp.Quotes;

/// <summary>
/// Word lists of speaker resolution: nouns naming an organisation (<c>the association</c>, <c>the authority</c>),
/// nouns of people who speak for one (<c>a spokeswoman for …</c>) and the prepositions that open a phrase inside a
/// source mention (<c>Residents of …</c>, <c>Analysts at …</c>). Lookups are case-insensitive and allocation-free.
/// </summary>
internal static class SpeakerWords
{
    private static readonly FrozenSet<string> OrgNouns = FrozenSet.ToFrozenSet(
    [
        "association", "authority", "union", "company", "ministry", "agency", "council", "firm", "group", "party", "government",
        "department", "commission", "committee", "board", "bank", "court", "organization", "organisation", "administration",
        "institute", "foundation", "federation", "league", "alliance", "coalition", "network", "office", "embassy", "corporation",
        "airline", "club", "team", "campaign", "regulator", "operator", "charity", "bureau", "service", "fund", "university", "school",
        "hospital", "consortium", "cooperative", "chamber", "senate", "parliament", "assembly", "congress", "broadcaster",
        "newspaper", "insurer", "lender", "carrier", "manufacturer", "retailer", "utility", "watchdog", "tribunal",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SpokesNouns = FrozenSet.ToFrozenSet(
    [
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "representative", "representatives",
        "statement", "mouthpiece",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
    ["of", "for", "at", "from", "in", "on", "with", "by", "near", "outside", "inside", "across", "within", "among", "around"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DefiniteWords = FrozenSet.ToFrozenSet(
    ["the", "this", "that", "its", "their", "his", "her", "our"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgLookup = OrgNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpokesLookup = SpokesNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DefiniteLookup = DefiniteWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a noun naming an organisation (association, authority, union, company …).</summary>
    public static bool IsOrgNoun(ReadOnlySpan<char> word) => OrgLookup.Contains(word);

    /// <summary>True for a noun of someone speaking for an organisation (spokesman, representative …).</summary>
    public static bool IsSpokesNoun(ReadOnlySpan<char> word) => SpokesLookup.Contains(word);

    /// <summary>True for a preposition that opens a phrase attached to a noun.</summary>
    public static bool IsPreposition(ReadOnlySpan<char> word) => PrepositionLookup.Contains(word);

    /// <summary>True for a definite determiner or possessive (the, this, its …).</summary>
    public static bool IsDefinite(ReadOnlySpan<char> word) => DefiniteLookup.Contains(word);

    /// <summary>True for "’s" or "'s".</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Equals("’s", StringComparison.Ordinal) || word.Equals("'s", StringComparison.Ordinal) || word.Equals("’", StringComparison.Ordinal) || word.Equals("'", StringComparison.Ordinal);
}
