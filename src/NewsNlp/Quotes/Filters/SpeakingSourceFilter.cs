using NewsNlp.Quotes.Lexicon;
using System.Collections.Frozen;
using NewsNlp.Documents;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A source must be able to speak: a person or organisation (a name, an entity), a group, a pronoun, a role noun or a
/// document. Not a lone function word (<c>The</c>), not a generic <c>you</c> or <c>one</c> outside quotation marks,
/// not a thing (<c>Large screens show …</c>): names, pronouns and possessives, listed speaker nouns, documents and
/// nouns with a person or institution ending (<c>-er</c>, <c>-ist</c>, <c>-ian</c>, <c>-man</c>, <c>-ment</c>,
/// <c>-ion</c>, <c>-ity</c> …) can speak. A reported
/// clause whose source cannot speak loses the source mention and is typed as another act (not speech); a direct or
/// mixed quotation keeps its quoted words and loses only the source mention. The subject right before <c>said</c>,
/// <c>says</c> or <c>told</c> can speak whatever its noun (<c>the quarterback said</c>, <c>32% said</c>).
/// </summary>
internal sealed class SpeakingSourceFilter : IAttributionFilter
{
    private static readonly FrozenSet<string> SpeakerNouns = FrozenSet.ToFrozenSet(
    [
        "people", "police", "staff", "crew", "family", "families", "public", "audience", "crowd", "team", "side", "camp", "press", "media",
        "board", "panel", "jury", "court", "bench", "house", "senate", "congress", "parliament", "cabinet", "state", "states", "country",
        "countries", "nation", "nations", "city", "town", "village", "county", "region", "province", "capital", "west", "east", "world",
        "industry", "market", "markets", "sector", "firm", "firms", "company", "companies", "bank", "banks", "group", "groups", "party",
        "parties", "campaign", "office", "agency", "ministry", "department", "army", "military", "navy", "force", "forces", "troops",
        "rebels", "militants", "insurgents", "protesters", "demonstrators", "activists", "students", "workers", "unions", "union",
        "residents", "locals", "villagers", "citizens", "voters", "fans", "victims", "survivors", "witnesses", "experts", "analysts",
        "economists", "scientists", "doctors", "nurses", "teachers", "parents", "relatives", "neighbours", "neighbors", "friends",
        "colleagues", "allies", "critics", "supporters", "opponents", "sources", "source", "insiders", "aides", "officials", "authorities",
        "delegation", "delegations", "delegates", "envoy", "envoys", "diplomats", "leaders", "leader", "chief", "chiefs", "head", "heads",
        "boss", "bosses", "owner", "owners", "chair", "dean", "judge", "judges", "jury", "coach", "pope", "king", "queen", "prince",
        "princess", "emir", "sheikh", "cleric", "clerics", "imam", "rabbi", "priest", "bishop", "mayor", "governor", "senator", "minister",
        "president", "premier", "chancellor", "secretary", "ambassador", "general", "generals", "colonel", "captain", "sergeant",
        "officer", "officers", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives",
        "counsel", "attorney", "attorneys", "lawyer", "lawyers", "prosecution", "defence", "defense", "plaintiffs", "plaintiff",
        "defendant", "defendants", "accused", "suspect", "suspects", "victim", "witness", "pollster", "pollsters", "poll", "polls",
        "man", "men", "woman", "women", "person", "persons", "boy", "boys", "girl", "girls", "child", "children", "kids", "mother", "father", "wife",
        "husband", "son", "daughter", "brother", "sister", "uncle", "aunt", "grandmother", "grandfather", "widow", "someone", "somebody",
        "anyone", "anybody", "everyone", "everybody", "nobody", "others", "many", "some", "few", "most", "both", "all", "each", "several",
        "majority", "minority", "half", "democrats", "republicans", "conservatives", "liberals", "progressives", "americans", "government",
        "administration", "regime", "junta", "coalition", "alliance", "opposition", "establishment", "leadership", "management",
        "organizers", "organisers", "sponsors", "investors", "traders", "dealers", "brokers", "lenders", "buyers", "sellers", "consumers",
        "customers", "clients", "users", "shareholders", "stakeholders", "members", "member", "fellow", "peers", "rivals", "rival",
        "who", "which", "that", "whom", "white", "kremlin", "pentagon", "vatican", "elysee", "commission", "council", "committee",
        "tribunal", "watchdog", "regulator", "regulators", "operator", "operators", "carrier", "carriers", "insurer", "insurers",
        "lender", "manufacturer", "maker", "makers", "producer", "producers", "exporters", "importers", "airline", "airlines",
        "charity", "charities", "ngo", "ngos", "un", "eu", "nato", "fbi", "cia", "police", "guard", "guards", "inspectors",
        "investigators", "researchers", "authors", "editors", "reporters", "journalists", "correspondent", "observers", "monitors",
        "residents", "tenants", "farmers", "fishermen", "miners", "drivers", "pilots", "soldiers", "veterans", "refugees", "migrants",
        "patients", "pupils", "graduates", "scholars", "historians", "commentators", "pundits", "bloggers", "voices", "camp", "circles", "fund", "funds", "network", "networks", "program", "programme", "average", "averages", "index",
        "return", "returns", "docs", "delegate", "advocate", "advocates", "candidate", "candidates", "magistrate", "magistrates",
        "associate", "associates", "graduate", "senate", "syndicate", "directorate", "electorate", "state", "clip", "clips", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "millions", "everyone", "nobody", "paper", "newspaper", "magazine", "outlet", "station", "channel", "site", "website", "platform", "body", "bodies",
        // Organisations and places that speak through their staff ("The studio said it was delighted", "the club said").
        "studio", "studios", "club", "clubs", "school", "schools", "college", "colleges", "academy", "institute", "institutes", "hospital",
        "hospitals", "clinic", "museum", "museums", "gallery", "theatre", "theater", "orchestra", "band", "label", "festival", "league",
        "leagues", "squad", "embassy", "embassies", "consulate", "church", "churches", "diocese", "archbishop", "archbishops", "cardinal",
        "vicar", "palace", "society", "trust", "bureau", "exchange", "airport", "port", "zoo", "federation",
    ], StringComparer.OrdinalIgnoreCase);

    // Endings of nouns for people and institutions: manager, economist, politician, resident, spokesman, government,
    // administration, authority, agency, leadership, ministry, legislature, assembly.
    private static readonly string[] SpeakerEndings =
    [
        "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "man", "men", "woman", "women", "person",
        "people", "ee", "ees", "ive", "ives", "ary", "aries", "ment", "ments", "ion", "ions", "ity", "ities", "cy", "cies", "ship", "try",
        "tries", "ure", "ures", "bly", "ic", "ics", "al", "als", "ce",
    ];

    private static readonly FrozenSet<string> NonSpeakers = FrozenSet.ToFrozenSet(
    ["you", "one", "it's", "there", "here", "this", "that", "these", "those", "what", "which"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Possessives = FrozenSet.ToFrozenSet(["his", "her", "their", "its", "our", "my"], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public string Name => "speaking-source";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasSource || CanSpeak(v, draft.SourceFirst, draft.SourceEnd) || IsSubjectOfSay(v, draft))
        {
            return FilterVerdict.Keep;
        }

        draft.SetSource(-1, -1);
        return draft.Kind == QuoteKind.Indirect ? FilterVerdict.Action : FilterVerdict.Keep;
    }

    /// <summary>
    /// True when the source phrase <c>[first, end)</c> (read up to a comma, bracket or dash) holds a word that can
    /// name a speaker: a pronoun or possessive, an entity, a name, a listed speaker noun or document, or a noun with a
    /// person or institution ending. A capitalised word opening the sentence counts as a name only when it is an entity,
    /// the whole phrase, or followed by another capitalised word or by a number closing the phrase ("Large screens" is
    /// not a name; "Ana Ruiz" and "Number 10" are).
    /// </summary>
    public static bool CanSpeak(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            // An insertion ends the phrase: a comma, a bracket, a spaced dash (not the hyphen of "al-Jaafari").
            if (v.Shapes[t] is TokenShape.Comma or TokenShape.OpenBracket || (v.Shapes[t] == TokenShape.Dash && v.Starts[t] > v.Ends[t - 1 < 0 ? 0 : t - 1]))
            {
                break;
            }

            if (IsSpeakerWord(v, t, first, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the source is the subject right before <c>said</c>, <c>says</c>, <c>say</c> or <c>told</c> (adverbs
    /// between) and ends in a lower-case noun or a share (<c>the quarterback said</c>, <c>32% said</c>, <c>Thirty per cent
    /// said</c>): whoever says something can speak, whatever the noun. Not after an auxiliary (<c>the plan was said to …</c>).
    /// </summary>
    private static bool IsSubjectOfSay(DocumentView v, QuoteDraft draft)
    {
        if (!draft.HasCue || draft.SourceEnd > draft.CueFirst || !IsSayForm(v, draft.CueFirst))
        {
            return false;
        }

        for (int t = draft.SourceEnd; t < draft.CueFirst; t++)
        {
            if (!v.Is(t, WordClass.Adverb))
            {
                return false;
            }
        }

        int last = draft.SourceEnd - 1;
        ReadOnlySpan<char> word = v.Chars(last);
        if (word.SequenceEqual("%") || word.EndsWith("%", StringComparison.Ordinal) || v.TextIs(last, "cent") || v.TextIs(last, "percent"))
        {
            return true;
        }

        return v.Shapes[last] == TokenShape.Lower && word.Length > 2 && v.SentenceOf[last] == v.SentenceOf[draft.CueFirst]
            && !v.Is(last, WordClass.Determiner | WordClass.Boundary | WordClass.Auxiliary | WordClass.Adverb | WordClass.Relative | WordClass.That)
            && !NonSpeakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool IsSayForm(DocumentView v, int t) =>
        v.TextIs(t, "said") || v.TextIs(t, "says") || v.TextIs(t, "say") || v.TextIs(t, "told");

    /// <summary>True when <paramref name="word"/> is one of the listed nouns of speakers (<c>officials</c>, <c>firms</c>, <c>analysts</c>).</summary>
    public static bool IsListedSpeakerNoun(ReadOnlySpan<char> word) => SpeakerNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsSpeakerWord(DocumentView v, int t, int first, int end)
    {
        ReadOnlySpan<char> word = v.Chars(t);
        if (v.Is(t, WordClass.SubjectPronoun | WordClass.Relative)
            || Possessives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        if (NonSpeakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            // "you can feel …": a generic you (inside quotation marks it is the speaker's addressee).
            return v.InQuote(t);
        }

        // "the 34-year-old", "the trader": an age compound or a noun of one person (person-nouns.txt).
        if (v.EntityOf[t] >= 0 || v.Is(t, WordClass.RoleNoun) || SpeakerWords.IsAnyDocumentNoun(word) || Speakers.PersonNouns.IsAge(v, t) || Speakers.PersonNouns.EndAt(v, t) == t + 1
            || SpeakerNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        if (v.Shapes[t] == TokenShape.Capitalised || (v.IsNameToken(t) && !v.Is(t, WordClass.NameParticle)))
        {
            if (v.Is(t, WordClass.CapitalisedFunctionWord) && !Sources.SourceFinder.IsModalName(v, t, t + 1))
            {
                return false; // session 20: not "May" of '"…," May said' (Brian May)
            }

            bool sentenceStart = t == 0 || v.SentenceOf[t - 1] != v.SentenceOf[t] || v.Shapes[t - 1] is TokenShape.QuoteMark or TokenShape.SentenceEnd;
            // "Number 10 said", "Channel 4 said": a number closing the phrase after the word is part of the name.
            return !sentenceStart || end - first == 1 || (t + 1 < end && v.Shapes[t + 1] == TokenShape.Capitalised)
                || (t + 2 == end && v.Shapes[t + 1] == TokenShape.Number);
        }

        if (v.Shapes[t] is TokenShape.Other)
        {
            // Acronyms and mixed shapes ("E.U.", "eBay").
            return true;
        }

        if (v.Shapes[t] != TokenShape.Lower)
        {
            return false;
        }

        foreach (string ending in SpeakerEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
