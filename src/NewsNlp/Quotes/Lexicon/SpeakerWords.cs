using System.Collections.Frozen;
using NewsNlp.WordLists;

namespace NewsNlp.Quotes.Lexicon;

/// <summary>
/// Word lists of speaker resolution: nouns naming an organisation (<c>the association</c>, <c>the authority</c>),
/// nouns of people who speak for one (<c>a spokeswoman for …</c>), the prepositions that open a phrase inside a
/// source mention (<c>Residents of …</c>, <c>Analysts at …</c>) and the nouns naming a document; each list an embedded data file under
/// <c>Quotes/Lexicon/Data/</c> owned by this class. Lookups are case-insensitive and allocation-free.
/// </summary>
internal static class SpeakerWords
{
    private static readonly WordList OrgList = WordList.Load("org-nouns");

    private static readonly FrozenSet<string> OrgNouns = OrgList.Entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StateLookup =
        OrgList.Tagged("state").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordList SpokesList = WordList.Load("spokes-nouns");

    private static readonly FrozenSet<string> SpokesNouns = SpokesList.Entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions = WordList.Load("prepositions").Entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DefiniteWords = WordList.Load("definite-words").Entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NounMarkers = WordList.Load("noun-markers").Entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly WordList DocumentList = WordList.Load("document-nouns");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyDocumentLookup =
        DocumentList.Entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentLookup =
        DocumentList.Tagged("speaker").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounMarkerLookup = NounMarkers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgLookup = OrgNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpokesLookup = SpokesNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DefiniteLookup = DefiniteWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The spokes-nouns marked <c>+role</c>: role nouns too (<see cref="QuoteLexicon"/> reads them).</summary>
    public static IEnumerable<string> RoleSpokesNouns => SpokesList.Tagged("role");

    /// <summary>True for a noun naming an organisation (association, authority, union, company …).</summary>
    public static bool IsOrgNoun(ReadOnlySpan<char> word) => OrgLookup.Contains(word);

    /// <summary>True for an organisation noun of a state ("government", "administration": tagged <c>+state</c> in org-nouns), named by its country rather than by an organisation's name.</summary>
    public static bool IsStateNoun(ReadOnlySpan<char> word) => StateLookup.Contains(word);

    /// <summary>True for a noun of someone speaking for an organisation (spokesman, representative …).</summary>
    public static bool IsSpokesNoun(ReadOnlySpan<char> word) => SpokesLookup.Contains(word);

    /// <summary>True for a preposition that opens a phrase attached to a noun.</summary>
    public static bool IsPreposition(ReadOnlySpan<char> word) => PrepositionLookup.Contains(word);

    /// <summary>True for a definite determiner or possessive (the, this, its …).</summary>
    public static bool IsDefinite(ReadOnlySpan<char> word) => DefiniteLookup.Contains(word);

    /// <summary>
    /// True when a cue-verb form is used as a noun or adjective: right after a preposition or a determiner
    /// ("any use of state money", "the report", "her comment"), or between a name and a relative "which" ("a Law
    /// Commission report which branded …": the name modifies the noun; a verb there would be followed by its object), and
    /// <c>call</c> in "a conference call".
    /// </summary>
    public static bool IsNounUse(DocumentView v, int token)
    {
        if (token >= 2 && token + 1 < v.Count && v.TextIs(token + 1, "which") && v.SentenceOf[token + 1] == v.SentenceOf[token]
            && v.Shapes[token - 1] == TokenShape.Capitalised && v.SentenceOf[token - 2] == v.SentenceOf[token] && v.Shapes[token - 2] == TokenShape.Capitalised)
        {
            return true;
        }

        int before = token - 1;
        if (before < 0 || v.Shapes[before] != TokenShape.Lower)
        {
            return false;
        }

        ReadOnlySpan<char> w = v.Chars(before);
        return NounMarkerLookup.Contains(w) || IsCallCompound(v.Chars(token), w);
    }

    /// <summary>
    /// Session 25: "on a conference call", "in a phone call": <c>call</c> after a word that names the kind of call is a
    /// noun, not the verb of "called for" (<c>X told analysts on a conference call last month that …</c>).
    /// </summary>
    private static bool IsCallCompound(ReadOnlySpan<char> cue, ReadOnlySpan<char> before) =>
        (cue.Equals("call", StringComparison.Ordinal) || cue.Equals("calls", StringComparison.Ordinal))
        && (before.Equals("conference", StringComparison.Ordinal) || before.Equals("phone", StringComparison.Ordinal)
            || before.Equals("telephone", StringComparison.Ordinal) || before.Equals("earnings", StringComparison.Ordinal)
            || before.Equals("video", StringComparison.Ordinal));

    /// <summary>True for an indefinite determiner (a, an, one, another, some, any): a new referent.</summary>
    public static bool IsIndefinite(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase)
        || word.Equals("another", StringComparison.OrdinalIgnoreCase) || word.Equals("some", StringComparison.OrdinalIgnoreCase) || word.Equals("any", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True for a noun naming a document or a measurement rather than a person, as the speaker rules read it (statement,
    /// report, poll …: the document nouns tagged <c>+speaker</c>).
    /// </summary>
    public static bool IsDocumentNoun(ReadOnlySpan<char> word) => DocumentLookup.Contains(word);

    /// <summary>
    /// True for any listed document noun (report, statement, study, ruling, tweet …): a source whose head is one writes
    /// rather than speaks.
    /// </summary>
    public static bool IsAnyDocumentNoun(ReadOnlySpan<char> word) => AnyDocumentLookup.Contains(word);

    /// <summary>True for "’s" or "'s".</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Equals("’s", StringComparison.Ordinal) || word.Equals("'s", StringComparison.Ordinal) || word.Equals("’", StringComparison.Ordinal) || word.Equals("'", StringComparison.Ordinal);
}
