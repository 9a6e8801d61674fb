using System.Collections.Frozen;

namespace NewsNlp.Quotes.Lexicon;

/// <summary>
/// Word lists of the attribution rules: reporting verbs (with their inflections), pronouns, role nouns, determiners,
/// auxiliaries and boundary words. Lookups are case-insensitive and allocation-free (span lookup).
/// </summary>
internal static class QuoteLexicon
{
    // Reporting verbs: base form, optional irregular forms (s|past|participle|ing), separated by '/'.
    private static readonly string[] SpeechVerbs =
    [
        "say/says/said/said/saying", "tell/tells/told/told/telling", "add", "warn", "insist", "tweet", "write/writes/wrote/written/writing",
        "argue", "claim", "deny/denies/denied/denied/denying", "note", "explain", "state", "declare", "announce", "acknowledge",
        "admit/admits/admitted/admitted/admitting", "assert", "suggest", "report", "confirm", "recall", "predict", "contend",
        "maintain", "complain", "allege", "ask", "answer", "reply/replies/replied/replied/replying", "respond", "urge", "stress",
        "emphasize", "emphasise", "concede", "estimate", "observe", "remark", "comment", "testify/testifies/testified/testified/testifying",
        "vow", "promise", "pledge", "caution", "conclude", "accuse", "criticize", "criticise", "praise", "charge", "boast", "joke",
        "quip/quips/quipped/quipped/quipping", "shout", "yell", "whisper", "mutter", "exclaim", "proclaim", "reveal", "disclose",
        "reiterate", "repeat", "counter", "retort", "lament", "inform", "assure", "speculate", "demand", "threaten", "recount",
        "mention", "post", "email", "write", "describe", "call", "tell", "continue", "point", "insist", "scoff", "snap/snaps/snapped/snapped/snapping",
        "muse", "opine", "posit", "surmise", "attest", "affirm", "advise", "brag/brags/bragged/bragged/bragging", "chide", "rail",
        "blast", "slam/slams/slammed/slammed/slamming", "dismiss", "reject", "question", "challenge", "concur/concurs/concurred/concurred/concurring",
        "forecast/forecasts/forecast/forecast/forecasting", "predict", "hint", "signal", "indicate", "recommend", "propose", "insinuate",
        "clarify/clarifies/clarified/clarified/clarifying", "elaborate", "pronounce", "proclaim", "scold", "cry/cries/cried/cried/crying",
        "sigh", "gush", "plead", "begin/begins/began/begun/beginning", "interject", "interrupt", "summarize", "summarise", "conclude",
    ];

    private static readonly string[] WeakVerbs =
    [
        "believe", "think/thinks/thought/thought/thinking", "feel/feels/felt/felt/feeling", "hope", "fear", "worry/worries/worried/worried/worrying",
        "know/knows/knew/known/knowing", "expect", "show/shows/showed/shown/showing", "find/finds/found/found/finding", "suggest", "indicate",
        "reveal", "estimate", "want", "consider", "doubt", "understand/understands/understood/understood/understanding", "see/sees/saw/seen/seeing",
        "hear/hears/heard/heard/hearing", "learn", "acknowledge", "recognize", "recognise", "defend", "release", "sign", "support", "oppose",
        "criticize", "attack", "endorse", "accuse", "blame", "condemn", "welcome", "demonstrate", "prove", "imply/implies/implied/implied/implying",
        "insist", "seek/seeks/sought/sought/seeking", "plan", "intend", "vote", "pledge", "vow", "refuse", "decline", "fail/fails/failed/failed/failing",
    ];

    private static readonly string[] ObjectCues = ["tell/tells/told/told/telling", "inform", "assure", "advise", "warn", "remind", "ask", "urge", "promise", "email", "text", "tweet"];

    // Cues that evaluate someone rather than introduce content ("called the opposition …"): direct quotes only.
    private static readonly string[] EvaluativeCues =
    [
        "call", "praise", "accuse", "criticize", "criticise", "describe", "blast", "slam/slams/slammed/slammed/slamming", "dismiss", "reject",
        "question", "challenge", "charge", "scold", "chide", "rail", "label", "brand", "dub/dubs/dubbed/dubbed/dubbing", "mock", "deride",
        "condemn", "lament", "hail", "thank", "blame", "attack", "compare", "quote", "cite",
    ];

    private static readonly string[] SingularPronouns = ["he", "she", "i"];
    private static readonly string[] PluralPronouns = ["they", "we"];
    private static readonly string[] ObjectPronouns = ["him", "her", "them", "me", "us", "you", "reporters", "journalists", "cnn", "abc", "nbc", "cbs", "fox", "msnbc"];

    private static readonly string[] RoleNouns =
    [
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople", "official", "officials", "analyst", "analysts", "expert", "experts",
        "source", "sources", "president", "minister", "ambassador", "envoy", "senator", "governor", "lawyer", "lawyers", "attorney", "attorneys",
        "chairman", "chairwoman", "chair", "director", "chief", "leader", "leaders", "secretary", "representative", "representatives", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "candidate", "campaign", "statement", "report", "police", "investigators", "prosecutors",
        "prosecutor", "witness", "witnesses", "residents", "resident", "critics", "critic", "supporters", "supporter", "diplomat", "diplomats",
        "negotiator", "negotiators", "delegation", "government", "ministry", "department", "agency", "company", "group", "organization",
        "organisation", "study", "survey", "poll", "polls", "document", "documents", "letter", "memo", "court", "judge", "judges", "officer",
        "officers", "economist", "economists", "researcher", "researchers", "scientist", "scientists", "professor", "historian", "strategist",
        "strategists", "nominee", "congressman", "congresswoman", "lawmaker", "lawmakers", "legislator", "legislators", "mayor", "commissioner",
        "member", "members", "voters", "voter", "activist", "activists", "founder", "ceo", "executive", "executives", "manager", "head", "authorities",
        "rebels", "spokesmen", "delegates", "administration", "party", "republicans", "democrats", "democrat", "republican", "military", "army",
        "pentagon", "doctor", "doctors", "teacher", "father", "mother", "wife", "husband", "son", "daughter", "friend", "friends", "people",
        "man", "woman", "men", "women", "observers", "pollster", "pollsters", "commentator", "commentators", "editor", "reporter", "correspondent",
        "surrogate", "surrogates", "opponents", "opponent", "allies", "ally",
    ];

    private static readonly string[] CueNouns =
    [
        "statement", "interview", "remarks", "remark", "allegations", "allegation", "claims", "claim", "criticism", "testimony", "speech", "tweet",
        "tweets", "letter", "report", "op-ed", "editorial", "post", "comments", "comment", "announcement", "memo", "warning", "argument", "view",
        "assessment", "accusation", "accusations", "message", "press",
    ];

    private static readonly string[] Determiners =
    [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "one", "two", "three", "several",
        "many", "some", "most", "other", "another", "both", "all", "any", "each", "every", "few", "no",
    ];

    private static readonly string[] Auxiliaries =
    [
        "has", "had", "have", "having", "will", "would", "did", "does", "do", "is", "was", "were", "are", "been", "be", "can", "could", "may", "might",
        "shall", "should", "must", "'s", "’s", "'d", "’d", "'ve", "’ve", "'ll", "’ll",
    ];

    private static readonly string[] Adverbs =
    [
        "also", "later", "then", "again", "once", "previously", "recently", "repeatedly", "often", "already", "reportedly", "publicly",
        "privately", "flatly", "simply", "only", "even", "still", "just", "never", "always", "first", "last", "quickly", "separately",
        "frequently", "similarly", "similarly", "directly", "explicitly", "not", "n't", "n’t", "ever", "further", "famously", "subsequently",
    ];

    private static readonly string[] BoundaryWords =
    [
        "and", "but", "or", "nor", "so", "yet", "because", "although", "though", "while", "when", "where", "whether", "if", "as", "since",
        "after", "before", "until", "unless", "than", "in", "on", "at", "by", "for", "with", "from", "into", "about", "over", "under", "to",
        "against", "during", "without", "through", "between", "among", "who", "whom", "whose", "which", "what", "how", "why", "there", "here",
        "said", "says", "say", "told", "tells", "added", "adds", "is", "was", "are", "were", "be", "been", "not", "that", "this", "it", "also",
        "has", "had", "have", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did", "then", "now",
    ];

    private static readonly string[] CapitalisedFunctionWords =
    [
        "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "with", "from", "to", "by", "of", "as", "if", "when", "while",
        "after", "before", "since", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
        "our", "my", "there", "here", "what", "who", "why", "how", "where", "still", "also", "even", "just", "now", "then", "some", "many",
        "most", "all", "one", "no", "not", "yes", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "according", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "read", "watch", "related", "advertisement", "photo", "video", "update", "updated",
    ];

    private static readonly string[] NonPersonNameWords =
    [
        "ministry", "university", "street", "hotel", "tower", "party", "council", "department", "committee", "court", "house", "senate",
        "congress", "news", "times", "post", "journal", "agency", "bank", "company", "corp", "inc", "group", "association", "institute",
        "foundation", "center", "centre", "office", "city", "state", "states", "united", "nations", "union", "government", "airport", "square",
        "avenue", "road", "school", "college", "hospital", "church", "army", "force", "forces", "navy", "police", "administration", "campaign",
        "network", "television", "radio", "press", "review", "magazine", "club", "league", "commission", "board", "service", "services",
        "county", "province", "republic", "kingdom", "federation", "organization", "organisation", "fund", "trust", "council", "mountain",
        "river", "island", "islands", "east", "west", "north", "south", "cnn", "reuters", "ap", "bbc", "fbi", "cia", "nato", "un", "eu", "gop",
    ];

    private static readonly string[] NameParticles = ["de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "abu", "ben", "st.", "mc"];

    private static readonly string[] TimeWords =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later",
        "week", "month", "year", "morning", "afternoon", "evening", "night", "last", "this", "on", "in", "at", "a", "an", "the", "statement",
        "interview", "an", "recently", "previously", "separately", "privately", "publicly", "repeatedly", "again", "also", "weekend",
    ];

    private static readonly FrozenDictionary<string, WordClass> Classes = Build();
    private static readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Lookup = Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The classes of <paramref name="word"/> (case-insensitive).</summary>
    public static WordClass Classify(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out WordClass c) ? c : WordClass.None;

    /// <summary>Every inflected form of the listed speech verbs (for tests and documentation).</summary>
    public static IEnumerable<string> CueVerbForms => Classes.Where(p => (p.Value & WordClass.CueVerb) != 0).Select(p => p.Key);

    private static FrozenDictionary<string, WordClass> Build()
    {
        var map = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, WordClass c) => map[word] = map.GetValueOrDefault(word) | c;

        foreach (string v in SpeechVerbs)
        {
            foreach (string form in Inflect(v))
            {
                Add(form, WordClass.CueVerb);
            }
        }

        foreach (string v in WeakVerbs)
        {
            foreach (string form in Inflect(v))
            {
                Add(form, WordClass.WeakCueVerb);
            }
        }

        foreach (string v in EvaluativeCues)
        {
            foreach (string form in Inflect(v))
            {
                Add(form, WordClass.EvaluativeCue | WordClass.CueVerb);
            }
        }

        foreach (string v in ObjectCues)
        {
            foreach (string form in Inflect(v))
            {
                Add(form, WordClass.ObjectCue);
            }
        }

        Add("according", WordClass.According);
        Add("that", WordClass.That);
        Add("it", WordClass.ItPronoun);
        Add("who", WordClass.Relative);
        Add("which", WordClass.Relative);
        AddAll(SingularPronouns, WordClass.SingularPronoun);
        AddAll(PluralPronouns, WordClass.PluralPronoun);
        AddAll(ObjectPronouns, WordClass.ObjectPronoun);
        AddAll(RoleNouns, WordClass.RoleNoun);
        AddAll(CueNouns, WordClass.CueNoun);
        AddAll(Determiners, WordClass.Determiner);
        AddAll(Auxiliaries, WordClass.Auxiliary);
        AddAll(Adverbs, WordClass.Adverb);
        AddAll(BoundaryWords, WordClass.Boundary);
        AddAll(CapitalisedFunctionWords, WordClass.CapitalisedFunctionWord);
        AddAll(NonPersonNameWords, WordClass.NonPersonNameWord);
        AddAll(NameParticles, WordClass.NameParticle);
        AddAll(TimeWords, WordClass.TimeWord);
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        void AddAll(string[] words, WordClass c)
        {
            foreach (string w in words)
            {
                Add(w, c);
            }
        }
    }

    /// <summary>Base, -s, past, participle and -ing forms of a verb entry (<c>base</c> or <c>base/s/past/participle/ing</c>).</summary>
    internal static IEnumerable<string> Inflect(string entry)
    {
        string[] parts = entry.Split('/');
        if (parts.Length == 5)
        {
            return parts;
        }

        string v = parts[0];
        bool consonantY = v.Length > 1 && v[^1] == 'y' && !IsVowel(v[^2]);
        string s = v.EndsWith('s') || v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith('x') || v.EndsWith('z')
            ? v + "es"
            : consonantY ? v[..^1] + "ies" : v + "s";
        string past = v.EndsWith('e') ? v + "d" : consonantY ? v[..^1] + "ied" : v + "ed";
        string ing = v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) ? v[..^1] + "ing" : v + "ing";
        return [v, s, past, ing];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
