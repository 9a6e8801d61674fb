using NewsNlp.Documents;
using NewsNlp.Documents.Parts;
using NewsNlp.Entities.Linking;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// The speaker candidates of one document, built once before any quote is resolved: every entity mention (or, without
/// NER, every run of name words) outside quotations as a <see cref="Mention"/> in text order, the organisations among
/// them, the positions of role nouns, and the <see cref="NameTable"/> that turns tokens into shared, fullest-form names.
/// The speaker rules read it; only this class writes it.
/// </summary>
internal sealed class MentionIndex
{
    private readonly DocumentView _v;
    private readonly List<Mention> _mentions = [];
    private readonly List<Organisation> _organisations = [];
    private Dictionary<int, string>? _clusterNames;
    private Dictionary<ulong, List<int>>? _roleNouns;
    private CompanyNames? _companies;

    // For each mention index: the last mention at or before it that is a person / a group (-1 when none), so that the
    // backward searches for an antecedent take O(1) instead of walking over every mention of a long paragraph.
    private int[] _previousPerson = [];
    private int[] _previousGroup = [];

    public MentionIndex(DocumentView v)
    {
        _v = v;
        Names = new NameTable(v);
        Collect();
        Index();
    }

    /// <summary>The document's names: full forms and interned strings.</summary>
    public NameTable Names { get; }

    /// <summary>Number of mentions.</summary>
    public int Count => _mentions.Count;

    /// <summary>True when the mentions are in text order (entity mentions normally are); the O(1) antecedent look-ups need it.</summary>
    public bool IsSorted { get; private set; }

    /// <summary>The mention at <paramref name="index"/> (text order).</summary>
    public Mention this[int index] => _mentions[index];

    /// <summary>Number of organisations.</summary>
    public int OrganisationCount => _organisations.Count;

    /// <summary>The organisation at <paramref name="index"/> (text order).</summary>
    public Organisation OrganisationAt(int index) => _organisations[index];

    /// <summary>The number of organisations starting before <paramref name="token"/>.</summary>
    public int OrganisationsBefore(int token) => SortedSearch.CountBefore(_organisations, token, static o => o.First);

    /// <summary>Index of the last mention starting before <paramref name="token"/>, or -1.</summary>
    public int LastMentionBefore(int token) => SortedSearch.CountBefore(_mentions, token, static m => m.First) - 1;

    /// <summary>The last person mention at or before mention <paramref name="i"/>, or -1 (needs <see cref="IsSorted"/>).</summary>
    public int PreviousPerson(int i) => _previousPerson[i];

    /// <summary>The last group mention at or before mention <paramref name="i"/>, or -1 (needs <see cref="IsSorted"/>).</summary>
    public int PreviousGroup(int i) => _previousGroup[i];

    /// <summary>The last mention at or before <paramref name="i"/> that is not a person (not needed by the default rules; a plain scan).</summary>
    public int PreviousNonPerson(int i)
    {
        while (i >= 0 && _mentions[i].Speaker.IsPerson)
        {
            i--;
        }

        return i;
    }

    /// <summary>Positions of the role nouns spelled like <paramref name="word"/> (ignoring case), in text order; built once per document.</summary>
    public List<int> RoleNounPositions(ReadOnlySpan<char> word)
    {
        DocumentView v = _v;
        if (_roleNouns is null)
        {
            _roleNouns = [];
            for (int t = 0; t < v.Count; t++)
            {
                // Titles of one office too ("The chancellor, Gordon Brown, …" then "the chancellor said").
                if (v.Is(t, WordClass.RoleNoun) || PersonNouns.IsTitle(v, t) || PersonNouns.IsTitleBeforeName(v, t))
                {
                    ulong key = v.WordHashes[t];
                    if (!_roleNouns.TryGetValue(key, out List<int>? list))
                    {
                        _roleNouns[key] = list = [];
                    }

                    list.Add(t);
                }
            }
        }

        return _roleNouns.GetValueOrDefault(NewsNlp.Learning.StableHash.AddLower(NewsNlp.Learning.StableHash.Seed, word)) ?? [];
    }

    /// <summary>The longest run of name tokens inside [first, end), or (-1, -1).</summary>
    public (int First, int End) NameRun(int first, int end)
    {
        DocumentView v = _v;
        int bestF = -1, bestE = -1;
        for (int t = first; t < end;)
        {
            if (!v.IsNameToken(t) || (v.Is(t, WordClass.CapitalisedFunctionWord) && !v.IsNameToken(t + 1) && !Sources.SourceFinder.IsModalName(v, t, t + 1)) || v.Is(t, WordClass.RoleNoun) && !v.IsNameToken(t + 1))
            {
                t++;
                continue;
            }

            int s = t;
            while (t < end && (v.IsNameToken(t) || (v.Shapes[t] == TokenShape.Dash && t + 1 < end && v.IsNameToken(t + 1))))
            {
                t++;
            }

            while (s < t && (v.Is(s, WordClass.CapitalisedFunctionWord | WordClass.NameParticle) && s + 1 < t) && v.Shapes[s + 1] != TokenShape.Dash)
            {
                s++;
            }

            s = AfterTitles(s, t);

            // Session 20: '"…," May said' (Brian May): a modal right before a finite cue is a name.
            if (t - s > bestE - bestF && !(t - s == 1 && (v.Is(s, WordClass.CapitalisedFunctionWord | WordClass.NameParticle) && !Sources.SourceFinder.IsModalName(v, s, t) || v.Is(s, WordClass.RoleNoun))))
            {
                bestF = s;
                bestE = t;
            }
        }

        return (bestF, bestE);
    }

    /// <summary>The speaker an entity mention stands for: its cluster's canonical name, a person's fullest written form.</summary>
    public SpeakerCandidate FromEntity(int mentionIndex)
    {
        DocumentView v = _v;
        NewsDocument doc = v.Document;
        EntityMention m = doc.Entities[mentionIndex];
        if (m.Type == EntityType.Organization && PersonWithPostNominal(m) is { } named)
        {
            return named;
        }

        string name = OneLine(m.Text);
        if (m.EntityId >= 0)
        {
            // Built once: looking the cluster up by a scan per mention was quadratic in documents with many distinct names.
            if (_clusterNames is null)
            {
                _clusterNames = [];
                foreach (DocumentEntity e in doc.EntityClusters)
                {
                    _clusterNames.TryAdd(e.Id, WithHyphenatedSurname(v, e, DisplayName(doc, e)));
                }
            }

            if (_clusterNames.TryGetValue(m.EntityId, out string? canonical))
            {
                name = canonical;
            }
        }

        // The name as written around the mention ("Omar al-Rashid" when the recogniser split it) and its fullest form in the document.
        if (m.Type == EntityType.Person)
        {
            int first = Math.Max(0, m.FirstToken), end = Math.Min(v.Count, m.EndToken);
            // Not across a paragraph break: "… - Straw" ending a headline is not part of "Jack Straw" opening the body.
            // Nor over a title ("Councilman Terrence Boyd", "Professor Alan Whitby"): the speaker is the person, named
            // as the entity linker names them, so a titled and an untitled mention stay one speaker.
            // Nor over the object of an office's "of" ("Secretary of State Condoleezza Rice", "Chancellor of the Exchequer
            // Nigel Lawson"): "State" and "Exchequer" name the office, not the person.
            // Nor over an occupation capitalised at the start of a sentence ("Guitarist Brian May", "Rapper Eminem"): the
            // person is named as the entity is, not with the noun that describes them.
            while (first > 0 && !v.InQuote(first - 1) && !OtherKindOfEntity(first - 1) && v.ParagraphOf[first - 1] == v.ParagraphOf[first]
                && ((v.IsNameToken(first - 1) && !v.Is(first - 1, WordClass.CapitalisedFunctionWord | WordClass.RoleNoun) && !PersonTitles.IsTitle(v.Chars(first - 1))
                        && !ObjectOfAnOffice(v, first - 1) && !PersonNouns.Contains(v.Chars(first - 1)))
                    || (first > 1 && v.Shapes[first - 1] == TokenShape.Dash && v.IsNameToken(first - 2) && v.Starts[first] == v.Ends[first - 1])))
            {
                first--;
            }

            // A hyphen joins a name only written without spaces ("Kilroy-Silk"), not a dash around an insertion ("Ana Ruiz - the firm's largest investor -").
            while (end < v.Count && !OtherKindOfEntity(end) && v.ParagraphOf[end] == v.ParagraphOf[end - 1]
                && (v.IsNameToken(end) || (v.IsClosedUpDash(end) && v.IsNameToken(end + 1)))
                && !v.InQuote(end))
            {
                end++;
            }

            first = AfterTitles(first, end, keep: 1); // a title the recogniser took into the person's name ("Mayor Linda Cortez")

            ReadOnlySpan<char> written = Names.FullName(Names.JoinSpan(first, end), out string? knownWritten);
            ReadOnlySpan<char> full = Names.FullName(name, out string? knownFull);
            // A mention that is only a title ("Prof" split off "Prof Joni Lovenduski" by the recogniser) takes the name after it.
            name = written.Length > full.Length && (written.Contains(full, StringComparison.OrdinalIgnoreCase) || PersonTitles.IsTitle(full))
                ? knownWritten ?? Names.Intern(written, out _)
                : knownFull ?? Names.Intern(full, out _);
            name = WithoutTimeWords(name);
        }

        if (m.Type == EntityType.Organization && BroadcastNumber.After(v, m) is > 0 and var numberEnd)
        {
            // Session 17: "Radio 1 said", "Channel 4 said": the recogniser stopped before the station's number.
            name = string.Concat(OneLine(m.Text), " ", v.Chars(numberEnd - 1));
        }

        name = Names.Intern(name, out string key);
        // A name the document also writes before a legal form ("Allied-Lyons PLC") is a company, not a he or she.
        bool person = (m.Type == EntityType.Person || TitledPerson.Is(v, m)) && !NounPhrases.HasOrganisationAppositive(v, Math.Min(v.Count, Math.Max(m.FirstToken + 1, m.EndToken)))
            && !(_companies ??= new CompanyNames(v)).Contains(name) && !IsDefinitePlural(m);
        return new SpeakerCandidate(key, name, m.Type, m.EntityId, person, !person);
    }

    /// <summary>
    /// True for a name written after "the" that ends in a capitalised plural ("the Lib Dems", "the Greens"): a party or a
    /// group, whatever type the recogniser gave it; one person is not written so.
    /// </summary>
    private bool IsDefinitePlural(EntityMention m)
    {
        DocumentView v = _v;
        int first = m.FirstToken, last = Math.Min(v.Count, m.EndToken) - 1;
        if (first < 1 || last < first || !v.TextIs(first - 1, "the") || v.Shapes[last] != TokenShape.Capitalised)
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(last);
        return word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') && NameGenders.OfWord(word) == Gender.Unknown;
    }

    /// <summary>
    /// "Philippe Sands QC" tagged as an organisation: a first name, more name words and letters after a person's name
    /// (<see cref="PersonTitles.IsPostNominal"/>) are a person, named without the letters; null otherwise.
    /// </summary>
    private SpeakerCandidate? PersonWithPostNominal(EntityMention m)
    {
        DocumentView v = _v;
        int first = Math.Max(0, m.FirstToken), end = Math.Min(v.Count, m.EndToken);
        if (end - first < 3 || !PersonTitles.IsPostNominal(v.Chars(end - 1)) || NameGenders.OfWord(v.Chars(first)) == Gender.Unknown || HasOrgWord(first, end - 1))
        {
            return null;
        }

        for (int t = first; t < end - 1; t++)
        {
            if (!v.IsNameToken(t))
            {
                return null;
            }
        }

        ReadOnlySpan<char> full = Names.FullName(Names.JoinSpan(first, end - 1), out string? known);
        string name = known is null ? Names.Intern(full, out string key) : Names.Intern(known, out key);
        return new SpeakerCandidate(key, name, EntityType.Person, m.EntityId, IsPerson: true, IsGroup: false);
    }

    /// <summary>
    /// True when <paramref name="token"/> follows a lower-case "of" or "of the" ("Secretary of State", "Chancellor of the
    /// Exchequer"): the word names what an office is of, so a person's name read backwards stops before it.
    /// </summary>
    private static bool ObjectOfAnOffice(DocumentView v, int token) =>
        (token > 0 && v.Chars(token - 1).SequenceEqual("of"))
        || (token > 1 && v.Chars(token - 1).SequenceEqual("the") && v.Chars(token - 2).SequenceEqual("of"));

    /// <summary>
    /// A cluster's name as a speaker: its canonical name on one line ("Fumiya\nIwasaki" → "Fumiya Iwasaki"), or, when
    /// that is written in capitals alone (a wire headline's "DREXEL") and a mention of the cluster is not, the longest
    /// such mention ("Drexel Burnham Lambert Inc").
    /// </summary>
    internal static string DisplayName(NewsDocument doc, DocumentEntity cluster)
    {
        string name = cluster.CanonicalName;
        if (!HasLower(name))
        {
            foreach (int i in cluster.MentionIndexes)
            {
                string text = (uint)i < (uint)doc.Entities.Count ? doc.Entities[i].Text : "";
                if (HasLower(text) && (!HasLower(name) || text.Length > name.Length))
                {
                    name = text;
                }
            }
        }

        return OneLine(name);
    }

    /// <summary>
    /// A person's cluster name whose last word a mention continues with a hyphen and a capitalised word written without
    /// spaces ("Robert Kilroy" when the recogniser stopped at the hyphen of "Robert Kilroy-Silk", "Mr Kilroy-Silk"):
    /// the name with the hyphenated surname. Otherwise <paramref name="name"/>.
    /// </summary>
    internal static string WithHyphenatedSurname(DocumentView v, DocumentEntity cluster, string name)
    {
        if (cluster.Type != EntityType.Person || name.Length == 0 || name.Contains('-'))
        {
            return name;
        }

        NewsDocument doc = v.Document;
        ReadOnlySpan<char> last = name.AsSpan(name.LastIndexOf(' ') + 1);
        foreach (int i in cluster.MentionIndexes)
        {
            if ((uint)i >= (uint)doc.Entities.Count)
            {
                continue;
            }

            int end = doc.Entities[i].EndToken;
            if (end <= 0 || end + 1 >= v.Count || v.Shapes[end] != TokenShape.Dash || v.Starts[end] != v.Ends[end - 1]
                || v.Starts[end + 1] != v.Ends[end] || v.Shapes[end + 1] != TokenShape.Capitalised || v.InQuote(end)
                || !v.Chars(end - 1).Equals(last, StringComparison.Ordinal) || !v.Chars(end).SequenceEqual("-"))
            {
                continue;
            }

            return string.Concat(name, "-", v.Chars(end + 1));
        }

        return name;
    }

    /// <summary>Sentence adverbs of time and sequence a recogniser takes into a following name ("Earlier Tony Blair said").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> LeadingTimeWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Earlier", "Later", "Yesterday", "Today", "Tonight", "Meanwhile", "Separately", "Previously", "Recently", "Subsequently", "Also", "Then", "Now",
            "Elsewhere", "Afterwards", "Instead"], StringComparer.Ordinal);

    /// <summary>Weekdays a recogniser takes into a preceding name ("President Reagan Friday announced").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Weekdays = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    /// <summary>The name words [<paramref name="first"/>, <paramref name="end"/>) without a time adverb before them or a weekday after them (see <see cref="WithoutTimeWords(string)"/>).</summary>
    private (int First, int End) WithoutTimeWords(int first, int end)
    {
        DocumentView v = _v;
        if (end - first >= 2 && LeadingTimeWordLookup.Contains(v.Chars(first)))
        {
            first++;
        }

        if (end - first >= 2 && WeekdayLookup.Contains(v.Chars(end - 1)))
        {
            end--;
        }

        return (first, end);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingTimeWordLookup = LeadingTimeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A person's name without a sentence adverb of time before it ("Earlier Tony Blair" → "Tony Blair") and without a
    /// weekday after it ("Reagan Friday" → "Reagan"): no one is named so, and the name must match the person's other mentions.
    /// </summary>
    internal static string WithoutTimeWords(string name)
    {
        int space = name.IndexOf(' ');
        if (space > 0 && LeadingTimeWords.Contains(name[..space]))
        {
            name = name[(space + 1)..];
        }

        int last = name.LastIndexOf(' ');
        return last > 0 && Weekdays.Contains(name[(last + 1)..]) ? name[..last] : name;
    }

    /// <summary><paramref name="name"/> with every run of white space (line breaks of a wrapped wire text) as one space.</summary>
    internal static string OneLine(string name)
    {
        bool plain = true;
        for (int i = 0; i < name.Length && plain; i++)
        {
            plain = !char.IsWhiteSpace(name[i]) || (name[i] == ' ' && (i == 0 || name[i - 1] != ' '));
        }

        return plain ? name : string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool HasLower(string s)
    {
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first token of [first, end) after its leading titles ("Mayor Linda Cortez", "General Secretary Paula Fenwick" →
    /// the name), so a person is one speaker with or without a title, named as the entity linker names them. At least two
    /// words are left by default (<paramref name="keep"/>), so a one-word name keeps its title and an organisation such as
    /// "General Motors" is not cut; a mention known to be a person may keep one.
    /// </summary>
    internal int AfterTitles(int first, int end, int keep = 2)
    {
        while (end - first > keep && PersonTitles.IsTitle(_v.Chars(first)))
        {
            first++;
        }

        return first;
    }

    /// <summary>The speaker a run of name words stands for, by its fullest form; a group when it holds an organisation word.</summary>
    public SpeakerCandidate FromName(int first, int end)
    {
        first = AfterTitles(first, end);
        (first, end) = WithoutTimeWords(first, end);
        if (end - first == 1 && end < _v.Count && (_v.TextIs(first, "number") || _v.TextIs(first, "no")) && _v.TextIs(end, "10") && !_v.InQuote(end))
        {
            end++; // "Number 10 said": Downing Street, not a speaker called "Number"
        }

        ReadOnlySpan<char> full = Names.FullName(Names.JoinSpan(first, end), out string? known);
        string name = known is null ? Names.Intern(full, out string key) : Names.Intern(known, out key);
        bool org = HasOrgWord(first, end);

        return new SpeakerCandidate(key, name, null, -1, !org, org);
    }

    /// <summary>The phrase [first, end) as a description ("spokeswoman" of "the spokeswoman"), interned, and its key.</summary>
    public string Describe(int first, int end, out string key)
    {
        int f = first;
        if (end - f > 1 && _v.TextIs(f, "the"))
        {
            f++;
        }

        // Session 25: "Officials from ASCAP today indicated …": a time adverb closing the subject is no word of the description.
        while (end - f > 1 && _v.Shapes[end - 1] == TokenShape.Lower && _v.TextIsAny(end - 1, TrailingTimeAdverbs))
        {
            end--;
        }

        return Names.Intern(Names.JoinSpan(f, end), out key);
    }

    /// <summary>Time adverbs that may close a subject before its verb ("officials today said", "the council yesterday ruled").</summary>
    private static readonly string[] TrailingTimeAdverbs = ["today", "yesterday", "tonight", "earlier", "recently", "previously", "also"];

    /// <summary>True when [first, end) holds a word of organisation names ("Authority", "Ministry").</summary>
    public bool HasOrgWord(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (_v.Is(t, WordClass.NonPersonNameWord) || (_v.Shapes[t] == TokenShape.Capitalised && SpeakerWords.IsOrgNoun(_v.Chars(t))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token belongs to an entity mention that is a place or an organisation ("Kazakhstan" before "George Krol").</summary>
    private bool OtherKindOfEntity(int token) => _v.EntityOf[token] >= 0 && _v.Document.Entities[_v.EntityOf[token]].Type is EntityType.Location or EntityType.Organization;

    /// <summary>
    /// The next maximal run of name tokens outside quotations at or after <paramref name="t"/> (a dash continues a run
    /// before another name token), inside one paragraph: on true it is [<paramref name="start"/>, <paramref name="t"/>).
    /// </summary>
    private bool NextNameRun(ref int t, out int start)
    {
        DocumentView v = _v;
        while (t < v.Count)
        {
            if (!v.IsNameToken(t) || v.InQuote(t))
            {
                t++;
                continue;
            }

            start = t;
            while (t < v.Count && !v.InQuote(t) && v.ParagraphOf[t] == v.ParagraphOf[start] && (v.IsNameToken(t) || (v.Shapes[t] == TokenShape.Dash && v.IsNameToken(t + 1) && t > start)))
            {
                t++;
            }

            return true;
        }

        start = -1;
        return false;
    }

    /// <summary>
    /// Paragraphs written in capitals alone ("REAGAN ADMITS IRAN ARMS OPERATION A MISTAKE"): a wire headline, whose words
    /// are no one's mention as a speaker. None when the whole document is in capitals.
    /// </summary>
    private static bool[] CapitalsParagraphs(DocumentView v)
    {
        bool[] lower = new bool[Math.Max(1, v.ParagraphCount)];
        bool[] letters = new bool[lower.Length];
        bool anyLower = false;
        for (int t = 0; t < v.Count; t++)
        {
            int p = v.ParagraphOf[t];
            // A paragraph already known to hold a lower-case letter cannot be in capitals whatever else it holds.
            if ((uint)p >= (uint)lower.Length || lower[p])
            {
                continue;
            }

            foreach (char c in v.Chars(t))
            {
                if (char.IsLower(c))
                {
                    lower[p] = true;
                    anyLower = true;
                    break;
                }

                letters[p] |= char.IsUpper(c);
            }
        }

        bool[] capitals = new bool[lower.Length];
        for (int p = 0; p < capitals.Length && anyLower; p++)
        {
            capitals[p] = letters[p] && !lower[p];
        }

        return capitals;
    }

    /// <summary>
    /// True for an entity that is one character other than an ASCII letter or digit: "Â", the residue of a pound sign
    /// read in the wrong encoding ("$6m (Â£3m)"), which the recogniser may tag as an organisation; no speaker is called so
    /// (session 16, quotes16's request: "the company said" resolved to "Â").
    /// </summary>
    private static bool IsStrayCharacter(EntityMention e) => e.Text.Length == 1 && !char.IsAsciiLetterOrDigit(e.Text[0]);

    private void Collect()
    {
        DocumentView v = _v;
        NewsDocument doc = v.Document;
        bool[] capitals = CapitalsParagraphs(v);
        if (v.HasEntities)
        {
            _mentions.EnsureCapacity(doc.Entities.Count);
            RememberPersonRuns(capitals);
            var outside = new OutsideStory(DocumentStructureFinder.PartsOf(doc));
            for (int m = 0; m < doc.Entities.Count; m++)
            {
                EntityMention e = doc.Entities[m];
                if (e.FirstToken < 0 || e.FirstToken >= v.Count || v.InQuote(e.FirstToken) || e.Type is EntityType.Location
                    || capitals[v.ParagraphOf[e.FirstToken]] || IsStrayCharacter(e) || outside.Holds(e.Span.Start))
                {
                    continue;
                }

                if (e.Type == EntityType.Person)
                {
                    Names.RememberFullName(OneLine(e.Text).AsSpan());
                }

                int entityEnd = Math.Min(v.Count, Math.Max(e.FirstToken + 1, e.EndToken));
                bool modifier = entityEnd < v.Count && NounPhrases.IsNounAfter(v, entityEnd);
                if (e.Type == EntityType.Miscellaneous && modifier && entityEnd - e.FirstToken == 1)
                {
                    continue; // "a leading German insurer": a nationality modifying a noun is no one a later "it" means
                }

                SpeakerCandidate candidate = FromEntity(m);
                int groupEnd = e.Type is EntityType.Organization or EntityType.Miscellaneous && modifier ? NounPhrases.GroupNounEnd(v, entityEnd, v.Count, anyPlural: false) : -1;
                if (groupEnd > 0)
                {
                    // "The Association of British insurers" (the recogniser stopped at "British"), "BBC correspondents":
                    // the group the name heads, as the speaker rules name it.
                    string description = Describe(e.FirstToken, groupEnd, out string descriptionKey);
                    candidate = new SpeakerCandidate(descriptionKey, description, SpeakerWords.IsOrgNoun(v.Chars(groupEnd - 1)) ? e.Type : null, -1, IsPerson: false, IsGroup: true);
                }

                _mentions.Add(new Mention(e.FirstToken, e.EndToken, candidate));
                if (e.Type == EntityType.Organization || (e.Type == EntityType.Person && candidate.IsGroup && IsDefinitePlural(e)))
                {
                    _organisations.Add(new Organisation(e.FirstToken, Math.Min(v.Count, e.EndToken), e.Text + " " + candidate.Name, candidate));
                }
            }

            _organisations.Sort((a, b) => a.First.CompareTo(b.First));
            return;
        }

        // Without NER: runs of capitalised tokens outside quotations; two-word runs without organisation words are people.
        var runs = new List<(int First, int End)>();
        int t = 0;
        while (NextNameRun(ref t, out int s))
        {
            int f = s;
            while (f < t && (v.Is(f, WordClass.CapitalisedFunctionWord | WordClass.NameParticle | WordClass.RoleNoun) || v.Shapes[f] == TokenShape.Dash)
                && !(v.Is(f, WordClass.NameParticle) && f + 1 < t && v.Shapes[f + 1] == TokenShape.Dash))
            {
                f++;
            }

            if (t - f >= 1 && !v.Is(t - 1, WordClass.NameParticle) && !capitals[v.ParagraphOf[f]])
            {
                runs.Add((f, t));
                if (t - f >= 2 && !HasOrgWord(f, t))
                {
                    Names.RememberFullName(Names.JoinSpan(f, t));
                }
            }
        }

        foreach ((int f, int e) in runs)
        {
            (int nf, int ne) = WithoutTimeWords(f, e);
            ReadOnlySpan<char> joined = Names.JoinSpan(nf, ne);
            ReadOnlySpan<char> full = Names.FullName(joined, out string? known);
            bool org = HasOrgWord(f, e);
            bool knownPerson = !org && (ne - nf >= 2 || !full.SequenceEqual(joined));
            string name = known is null ? Names.Intern(full, out string key) : Names.Intern(known, out key);
            var candidate = new SpeakerCandidate(key, name, null, -1, knownPerson, org);
            _mentions.Add(new Mention(f, e, candidate));
            if (org)
            {
                _organisations.Add(new Organisation(f, e, name, candidate));
            }
        }
    }

    /// <summary>With NER: the full forms of person names written as runs of name words that start inside a person mention (not in a headline in capitals).</summary>
    private void RememberPersonRuns(bool[] capitals)
    {
        DocumentView v = _v;
        int t = 0;
        while (NextNameRun(ref t, out int s))
        {
            while (s < t && v.Is(s, WordClass.CapitalisedFunctionWord | WordClass.RoleNoun) && !v.Is(s, WordClass.NameParticle))
            {
                s++;
            }

            // Not in a wire headline written in capitals ("SHULTZ NOT OPPOSED TO WHEAT SUBSIDY TO SOVIETS" is no full name of "Soviets").
            // The cheap tests first; HasOrgWord (a set look-up per capitalised word) last.
            if (t - s >= 2 && v.EntityOf[s] >= 0 && v.Document.Entities[v.EntityOf[s]].Type == EntityType.Person && !capitals[v.ParagraphOf[s]]
                && !v.Is(t - 1, WordClass.NameParticle) && !HasOrgWord(s, t))
            {
                Names.RememberFullName(Names.JoinSpan(s, t));
            }
        }
    }

    private void Index()
    {
        int n = _mentions.Count;
        _previousPerson = new int[n];
        _previousGroup = new int[n];
        IsSorted = true;
        int person = -1, group = -1;
        for (int i = 0; i < n; i++)
        {
            Mention m = _mentions[i];
            IsSorted &= i == 0 || _mentions[i - 1].First <= m.First;
            person = m.Speaker.IsPerson ? i : person;
            group = m.Speaker.IsGroup ? i : group;
            _previousPerson[i] = person;
            _previousGroup[i] = group;
        }
    }
}
