using System.Collections.Frozen;
using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Acts;

/// <summary>
/// Which act a cue word reports, with the act it takes before a to-infinitive (<c>hopes that</c> is a thought,
/// <c>hopes to</c> an intention) and before a determiner-led object (<c>feel the …</c> is a perception). Every verb form
/// (inflected by <see cref="QuoteLexicon.Inflect"/>), cue nouns and predicative adjectives are listed; lookups are
/// case-insensitive and allocation-free. Separate from <see cref="QuoteLexicon"/>, whose classes are tagger features.
/// </summary>
internal static class ActLexicon
{
    /// <summary>An entry: the act by default, before "to" and before a determiner-led object.</summary>
    internal readonly record struct Entry(AttributionAct Act, AttributionAct BeforeTo, AttributionAct BeforeObject);

    private static readonly string[] SpeechVerbs =
    [
        "say/says/said/said/saying", "tell/tells/told/told/telling", "add", "warn", "insist", "argue", "claim", "deny/denies/denied/denied/denying",
        "note", "explain", "state", "declare", "announce", "acknowledge", "admit/admits/admitted/admitted/admitting", "assert", "suggest",
        "confirm", "recall", "predict", "contend", "maintain", "complain", "allege", "ask", "answer", "reply/replies/replied/replied/replying",
        "respond", "urge", "stress", "emphasize", "emphasise", "concede", "estimate", "observe", "remark", "comment",
        "testify/testifies/testified/testified/testifying", "vow", "promise", "pledge", "caution", "conclude", "accuse", "criticize",
        "criticise", "praise", "charge", "boast", "joke", "quip/quips/quipped/quipped/quipping", "shout", "yell", "whisper", "mutter",
        "exclaim", "proclaim", "reveal", "disclose", "reiterate", "repeat", "counter", "retort", "lament", "inform", "assure", "speculate",
        "demand", "threaten", "recount", "mention", "describe", "call", "continue", "point", "scoff", "snap/snaps/snapped/snapped/snapping",
        "muse", "opine", "posit", "surmise", "attest", "affirm", "reaffirm", "advise", "brag/brags/bragged/bragged/bragging", "chide",
        "rail", "blast", "slam/slams/slammed/slammed/slamming", "dismiss", "reject", "question", "challenge",
        "concur/concurs/concurred/concurred/concurring", "forecast/forecasts/forecast/forecast/forecasting", "hint", "signal", "indicate",
        "recommend", "propose", "insinuate", "clarify/clarifies/clarified/clarified/clarifying", "elaborate", "pronounce", "scold",
        "cry/cries/cried/cried/crying", "sigh", "gush", "plead", "interject", "interrupt", "summarize", "summarise", "agree",
        "disagree", "dispute", "apologize", "apologise", "thank", "condemn", "denounce", "decry/decries/decried/decried/decrying", "welcome",
        "applaud", "hail", "label", "brand", "dub/dubs/dubbed/dubbed/dubbing", "mock", "deride", "ridicule", "blame", "attack", "defend",
        "compare", "quote", "cite", "tout", "highlight", "underline", "underscore", "vent", "rebut/rebuts/rebutted/rebutted/rebutting",
        "refute", "contradict", "object", "protest", "concede", "guarantee", "swear/swears/swore/sworn/swearing", "order", "instruct",
        "request", "invite", "implore", "beg/begs/begged/begged/begging", "appeal", "petition", "caution", "lecture", "preach", "talk",
        "speak/speaks/spoke/spoken/speaking", "chant", "sing/sings/sang/sung/singing", "tease", "taunt", "warn", "alert", "notify/notifies/notified/notified/notifying",
        "advocate", "champion", "endorse", "oppose", "support", "criticize", "critique", "characterize", "characterise", "portray",
        "frame", "discuss", "address", "raise", "acknowledge", "confess", "allow", "grant", "wonder", "query/queries/queried/queried/querying",
        "inquire", "enquire", "demur/demurs/demurred/demurred/demurring", "relay", "echo/echoes/echoed/echoed/echoing", "explain",
        "recommend", "assess", "offer", "express", "voice", "outline", "invoke", "downplay", "liken", "bristle", "weigh", "debate", "sound",
        "reassert", "counsel", "concede", "reckon", "estimate", "calculate", "add", "announce", "reassure", "predict", "acknowledge", "quote", "characterize", "accuse", "claim",
    ];

    private static readonly string[] WritingVerbs =
    [
        "write/writes/wrote/written/writing", "tweet", "retweet", "post", "email", "e-mail", "text", "publish", "blog/blogs/blogged/blogged/blogging",
        "print", "list", "read/reads/read/read/reading", "pen/pens/penned/penned/penning", "report", "document",
        "message", "cable", "editorialize", "editorialise", "caption", "headline", "note",
        "find/finds/found/found/finding",
    ];

    private static readonly string[] ThoughtVerbs =
    [
        "believe", "think/thinks/thought/thought/thinking", "feel/feels/felt/felt/feeling", "hope", "fear", "worry/worries/worried/worried/worrying",
        "know/knows/knew/known/knowing", "expect", "consider", "doubt", "suspect", "assume", "guess", "imagine", "suppose", "trust",
        "understand/understands/understood/understood/understanding", "realize", "realise", "recognize", "recognise", "remember", "forget/forgets/forgot/forgotten/forgetting",
        "bet/bets/bet/bet/betting", "anticipate", "view", "regard", "deem", "judge", "figure", "conclude", "learn",
        "presume", "reckon", "dread", "envision", "envisage", "foresee/foresees/foresaw/foreseen/foreseeing", "sense", "agree", "like", "love",
        "hate", "dislike", "prefer/prefers/preferred/preferred/preferring", "fret/frets/fretted/fretted/fretting", "obsess", "accept",
    ];

    private static readonly string[] IntentionVerbs =
    [
        "plan/plans/planned/planned/planning", "want", "intend", "aim", "seek/seeks/sought/sought/seeking", "wish", "desire", "strive/strives/strove/striven/striving",
        "try/tries/tried/tried/trying", "attempt", "mean/means/meant/meant/meaning", "prepare", "decide", "resolve", "vow", "pledge",
        "promise", "push", "look", "hope", "expect", "need", "prefer/prefers/preferred/preferred/preferring", "choose/chooses/chose/chosen/choosing",
        "opt", "propose", "threaten", "scheme", "plot/plots/plotted/plotted/plotting", "endeavor", "endeavour", "wait", "press",
        "lobby/lobbies/lobbied/lobbied/lobbying", "campaign", "fight/fights/fought/fought/fighting", "struggle", "yearn", "crave",
        "eye", "mull", "consider", "contemplate", "ponder",
    ];

    private static readonly string[] PerceptionVerbs =
    [
        "see/sees/saw/seen/seeing", "hear/hears/heard/heard/hearing", "notice", "watch", "witness", "spot/spots/spotted/spotted/spotting",
        "observe", "smell", "taste", "glimpse", "sight", "overhear/overhears/overheard/overheard/overhearing", "detect", "perceive",
    ];

    private static readonly string[] OtherVerbs =
    [
        "refuse", "decline", "fail/fails/failed/failed/failing", "show/shows/showed/shown/showing", "vote", "release", "demonstrate",
        "prove/proves/proved/proven/proving", "slate/slates/slated/slated/slating", "schedule", "set/sets/set/set/setting", "due", "avoid",
        "opt", "choose/chooses/chose/chosen/choosing", "ignore", "skip/skips/skipped/skipped/skipping", "boycott", "call", "convene",
        "summon", "gather", "host", "hold/holds/held/held/holding", "meet/meets/met/met/meeting", "send/sends/sent/sent/sending",
        "refrain", "abstain", "sign", "file", "record", "resist", "stop/stops/stopped/stopped/stopping", "help", "allow", "let/lets/let/let/letting",
    ];

    private static readonly string[] ThoughtWords =
    [
        "confident", "convinced", "sure", "certain", "optimistic", "pessimistic", "skeptical", "sceptical", "hopeful", "afraid",
        "concerned", "aware", "unaware", "unsure", "uncertain", "doubtful", "fearful", "wary", "anxious", "nervous", "happy", "glad",
        "pleased", "disappointed", "frustrated", "upset", "angry", "furious", "proud", "satisfied", "belief", "beliefs", "view", "views",
        "opinion", "opinions", "fear", "fears", "concern", "concerns", "conviction", "assessment", "hope", "hopes", "expectation",
        "expectations", "suspicion", "suspicions", "worry", "worries", "feeling", "feelings", "sense", "impression", "understanding",
        "perception", "thinking", "mind", "doubts", "doubt", "obsession", "idea", "notion", "knowledge", "confidence",
    ];

    private static readonly string[] IntentionWords =
    [
        "plan", "plans", "intention", "intentions", "intent", "goal", "goals", "bid", "aim", "aims", "desire", "wish", "wishes", "ambition",
        "ambitions", "eager", "keen", "determined", "willing", "unwilling", "reluctant", "ready", "poised", "intent", "effort", "efforts",
        "push", "attempt", "attempts", "decision", "commitment", "pledge", "promise", "vow", "agenda", "strategy", "proposal", "mission",
    ];

    private static readonly string[] SpeechWords =
    [
        "according", "statement", "statements", "interview", "interviews", "remarks", "remark", "allegations", "allegation", "claims", "claim",
        "criticism", "testimony", "speech", "speeches", "comments", "comment", "announcement", "warning", "warnings", "argument",
        "arguments", "accusation", "accusations", "message", "press", "briefing", "conference", "address", "rally", "debate", "told",
        "adamant", "quoted", "cited", "quoting", "citing", "words", "response", "answer", "reply", "assurance", "assurances", "insistence",
        "denial", "denials", "admission", "explanation", "call", "calls", "appeal", "demand", "demands", "request", "question", "questions",
        "praise", "complaint", "complaints", "charge", "charges", "threat", "threats", "suggestion", "prediction", "predictions",
        "reportedly", "asked", "podcast", "show", "radio", "television", "tv", "broadcast", "hearing", "session", "talk", "talks",
    ];

    private static readonly string[] WritingWords =
    [
        "report", "reports", "letter", "letters", "memo", "memos", "op-ed", "editorial", "tweet", "tweets", "post", "posts", "email", "emails",
        "e-mail", "column", "article", "book", "essay", "filing", "filings", "document", "documents", "release", "blog", "note", "notes",
        "website", "text", "texts", "communique", "communiqué", "study", "survey", "poll", "lawsuit", "complaint", "indictment", "ruling",
        "transcript", "cable", "cables", "paper", "analysis", "data", "records", "minutes", "wrote", "written", "signed",
    ];

    /// <summary>Nouns naming a document: a source like <c>the report</c> or <c>the joint statement</c> writes rather than speaks.</summary>
    private static readonly string[] DocumentNouns =
    [
        "report", "reports", "statement", "statements", "study", "studies", "survey", "surveys", "poll", "polls", "letter", "letters",
        "memo", "memos", "document", "documents", "filing", "filings", "lawsuit", "lawsuits", "complaint", "indictment", "book", "books",
        "article", "articles", "editorial", "op-ed", "post", "posts", "tweet", "tweets", "website", "release", "communique", "communiqué",
        "sign", "signs", "analysis", "paper", "papers", "data", "figures", "records", "transcript", "email", "emails", "message",
        "messages", "notice", "order", "ruling", "decision", "verdict", "law", "bill", "proposal", "agreement", "treaty", "resolution",
        "constitution", "ad", "ads", "advertisement", "video", "footage", "guidelines", "assessment", "review", "audit", "memoir",
        "biography", "column", "story", "headline", "text", "draft", "platform", "manifesto", "petition", "warrant", "affidavit", "motion",
        "brief", "summary", "forecast", "research", "findings", "estimates", "budget", "rules", "regulations", "policy", "legislation",
        "contract", "minutes", "cable", "note", "notes", "page", "blog", "newsletter", "declaration", "communiques", "charter", "accord",
        "label", "banner", "placard", "leaflet", "pamphlet", "brochure", "bulletin", "dossier", "file", "files", "chart", "graphic",
        "map", "caption", "slide", "slides", "presentation", "index", "prospectus", "website", "site", "page", "campaign-ad", "text",
        "inscription", "plaque", "citation", "notification", "alert",
    ];

    private static readonly FrozenDictionary<string, Entry> Entries = Build();
    private static readonly FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> Lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string> Documents = DocumentNouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentLookup = Documents.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The entry of <paramref name="word"/>, when it is a listed cue word.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out Entry entry) => Lookup.TryGetValue(word, out entry);

    /// <summary>True when <paramref name="word"/> names a document (<c>report</c>, <c>statement</c>, <c>study</c>).</summary>
    public static bool IsDocumentNoun(ReadOnlySpan<char> word) => DocumentLookup.Contains(word);

    private static FrozenDictionary<string, Entry> Build()
    {
        var map = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);

        // Later lists only fill forms the earlier ones left, so a word keeps its first (most common) act; the frame
        // overrides below then set the acts before "to" and before an object.
        AddVerbs(SpeechVerbs, AttributionAct.Speech);
        AddVerbs(WritingVerbs, AttributionAct.Writing);
        AddVerbs(ThoughtVerbs, AttributionAct.Thought);
        AddVerbs(IntentionVerbs, AttributionAct.Intention);
        AddVerbs(PerceptionVerbs, AttributionAct.Perception);
        AddVerbs(OtherVerbs, AttributionAct.Other);
        AddWords(SpeechWords, AttributionAct.Speech);
        AddWords(WritingWords, AttributionAct.Writing);
        AddWords(ThoughtWords, AttributionAct.Thought);
        AddWords(IntentionWords, AttributionAct.Intention);

        // A to-infinitive after a thought or hope verb states an intention ("hopes to", "expects to", "decided to").
        Frame(["offer"], beforeTo: AttributionAct.Intention);
        Frame(["hope", "expect", "want", "wish", "decide", "plan/plans/planned/planned/planning", "mean/means/meant/meant/meaning", "need", "look", "aim", "seek/seeks/sought/sought/seeking", "try/tries/tried/tried/trying", "prepare"], beforeTo: AttributionAct.Intention);

        // Acts rather than attributions before "to": "refused to come", "declined to attend", "opted to", "failed to".
        Frame(["refuse", "decline", "fail/fails/failed/failed/failing", "opt", "choose/chooses/chose/chosen/choosing", "agree"], beforeTo: AttributionAct.Other);

        // A determiner-led object after a feeling or seeing verb is perceived ("feel the tension", "saw the crowd").
        Frame(["feel/feels/felt/felt/feeling", "see/sees/saw/seen/seeing", "hear/hears/heard/heard/hearing", "sense"], beforeObject: AttributionAct.Perception);

        // Evidence verbs with an object are not speech ("shows glossy advertisements", "read a communiqué").
        Frame(["show/shows/showed/shown/showing", "read/reads/read/read/reading", "release"], beforeObject: AttributionAct.Other);
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        void AddVerbs(string[] verbs, AttributionAct act)
        {
            foreach (string v in verbs)
            {
                foreach (string form in QuoteLexicon.Inflect(v))
                {
                    map.TryAdd(form, new Entry(act, act, act));
                }
            }
        }

        void AddWords(string[] words, AttributionAct act)
        {
            foreach (string w in words)
            {
                map.TryAdd(w, new Entry(act, act, act));
            }
        }

        void Frame(string[] verbs, AttributionAct? beforeTo = null, AttributionAct? beforeObject = null)
        {
            foreach (string v in verbs)
            {
                foreach (string form in QuoteLexicon.Inflect(v))
                {
                    // Regular inflection of a verb listed with irregular forms ("planed") is not in the map.
                    if (map.TryGetValue(form, out Entry e))
                    {
                        map[form] = new Entry(e.Act, beforeTo ?? e.BeforeTo, beforeObject ?? e.BeforeObject);
                    }
                }
            }
        }
    }
}
