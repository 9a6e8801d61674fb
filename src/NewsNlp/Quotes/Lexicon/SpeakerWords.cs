using System.Collections.Frozen;

namespace NewsNlp.Quotes.Lexicon;

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
        "airline", "club", "regulator", "operator", "charity", "bureau", "service", "fund", "university", "school",
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

    private static readonly FrozenSet<string> NounMarkers = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "of", "for", "in", "on", "at", "with",
        "from", "by", "into", "about",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DocumentNouns = FrozenSet.ToFrozenSet(
    ["statement", "report", "study", "survey", "poll", "document", "memo", "letter", "analysis", "ad", "video", "book", "article", "filing"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentLookup = DocumentNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounMarkerLookup = NounMarkers.GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary>
    /// True when a cue-verb form is used as a noun or adjective: right after a preposition or a determiner
    /// ("any use of state money", "the report", "her comment").
    /// </summary>
    public static bool IsNounUse(DocumentView v, int token)
    {
        int before = token - 1;
        if (before < 0 || v.Shapes[before] != TokenShape.Lower)
        {
            return false;
        }

        ReadOnlySpan<char> w = v.Chars(before);
        return NounMarkerLookup.Contains(w);
    }

    /// <summary>True for an indefinite determiner (a, an, one, another, some, any): a new referent.</summary>
    public static bool IsIndefinite(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase)
        || word.Equals("another", StringComparison.OrdinalIgnoreCase) || word.Equals("some", StringComparison.OrdinalIgnoreCase) || word.Equals("any", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a noun naming a document or a measurement rather than a person (statement, report, poll …).</summary>
    public static bool IsDocumentNoun(ReadOnlySpan<char> word) => DocumentLookup.Contains(word);

    /// <summary>True for "’s" or "'s".</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Equals("’s", StringComparison.Ordinal) || word.Equals("'s", StringComparison.Ordinal) || word.Equals("’", StringComparison.Ordinal) || word.Equals("'", StringComparison.Ordinal);
}
