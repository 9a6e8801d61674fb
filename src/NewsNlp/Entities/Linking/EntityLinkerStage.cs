using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Entities.Linking;

/// <summary>
/// The <c>entity-linker</c> stage: groups the mentions of one document that name the same thing into
/// <see cref="DocumentEntity"/> clusters with a canonical (fullest) name, and sets <see cref="EntityMention.EntityId"/>.
/// </summary>
/// <remarks>
/// Rules, applied to each mention in text order against the clusters seen so far (the most recent compatible cluster wins):
/// <list type="bullet">
/// <item>the same name (ignoring case, titles such as <c>Mr.</c>/<c>President</c>, and a possessive <c>'s</c>) and type;</item>
/// <item>people: a later surname or tail ("Jaafari", "de Mistura") of an earlier full name ("Bashar al-Jaafari",
/// "Staffan de Mistura"), an Arabic article on the surname optional, a generation's letters ignored ("Larry Mullen Jr" /
/// "Mullen") and an office's left out of the name ("Frank Field MP" is "Frank Field"); first + last name with a middle name left out;
/// a unique first name; and a later full name of an earlier surname-only mention. A one-token mention the model typed
/// otherwise still links to a person whose surname it is. Two people who share a surname stay apart: a full name does
/// not join a cluster holding another full name of that surname ("Cherie Blair" after "Tony Blair" and "Mr Blair"),
/// and a mention whose title or first name gives a gender joins no cluster of the other gender ("Mr Blair" after
/// "Cherie Blair" is Tony's);</item>
/// <item>organisations: an acronym after its expansion ("United Nations" … "UN" / "U.N."); a short form
/// defined in brackets right after the name (<see cref="ParentheticalAcronym"/>: "the Association of Payment and Clearing
/// Services (Apacs)"); a firm's or party's short name and its full name ending in a designator, in either order
/// (<see cref="OrganisationShortNames"/>: "Ford" ↔ "Ford Motor Co.", also a later one-word person mention that is an
/// earlier firm's short name: "Tiffany" after "Tiffany and Co", and an earlier short name of several words typed person
/// with no gender: "DI GIORGIO" before "Di Giorgio Corp"); the same name typed organisation and miscellaneous (the
/// organisation); a brand spelled with and without its possessive ("Varro's", typed person, and "Varros"); an institution's head word alone after its
/// full name (<see cref="InstitutionHeadNames"/>: "the Bank" after "the African Development Bank"). An organisation's name keeps the possessive its
/// mention holds ("Standard and Poor's"), and "&amp;" reads as "and".</item>
/// <item>a title alone after <c>the</c> ("the Crown Prince") joins the latest person given that title
/// (<see cref="TitleReference"/>: "Crown Prince Abdullah").</item>
/// </list>
/// Thread-safe; linear in mentions (clusters are indexed by name tokens).
/// </remarks>
public sealed class EntityLinkerStage : IPipelineStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "entity-linker";

    private static readonly string[] RequiresList = [AnnotationNames.Entities];
    private static readonly string[] ProducesList = [AnnotationNames.EntityClusters];

    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Receives a Debug line per document (entities and mentions); none when null.</param>
    public EntityLinkerStage(ILogger<EntityLinkerStage>? logger = null) => _logger = logger ?? (ILogger)NullLogger.Instance;

    private static readonly HashSet<string> AcronymStopWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "&", "de", "des", "du", "la", "le", "on", "in" };

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Requires => RequiresList;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Produces => ProducesList;

    /// <inheritdoc />
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.EntityClusters.Clear();
        var clusters = new List<Cluster>();
        var byForm = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        var byToken = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        var byAcronym = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        var persons = new PersonNameIndex();
        var byTitle = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var titles = new List<string>();
        var clusterOf = new Cluster[document.Entities.Count];
        var titleReference = new bool[document.Entities.Count];
        var brand = new bool[document.Entities.Count];
        for (int i = 0; i < document.Entities.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            EntityMention mention = document.Entities[i];
            MentionName name = Names(document, mention);
            if (TitleReference.ReferenceKey(document, mention) is { } titleKey && byTitle.TryGetValue(titleKey, out Cluster? titled))
            {
                // "the Crown Prince" after "Crown Prince Abdullah": his mention, whose words name no one else.
                titled.Mentions.Add(i);
                titled.LastMention = i;
                clusterOf[i] = titled;
                titleReference[i] = true;
                continue;
            }

            Cluster? target = (i > 0 && ParentheticalAcronym.Defines(document, document.Entities[i - 1], mention) ? clusterOf[i - 1] : null)
                ?? PossessiveBrand(document, mention, name, byForm, brand, i)
                ?? Find(name, mention.Type, byForm, byToken, byAcronym, persons)
                ?? ShortFormUsedBefore(document, i, byForm);
            bool shortened = false;
            if (target is null && mention.Type is EntityType.Organization or EntityType.Miscellaneous && Shortened(name, clusters) is { } cut)
            {
                target = cut;
                shortened = true;
            }

            if (target is null)
            {
                target = new Cluster(clusters.Count, mention.Type);
                clusters.Add(target);
            }

            target.Mentions.Add(i);
            target.LastMention = i;
            clusterOf[i] = target;
            if (mention.Type != target.Type && mention.Type is EntityType.Organization or EntityType.Miscellaneous
                && target.Type is EntityType.Organization or EntityType.Miscellaneous && (shortened || target.FormSet.Contains(name.Tokens)))
            {
                // "Boeing" (MISC) … "Boeing" (ORG): the firm, all its mentions; so "Liberal Democrats" (MISC) … "Lib Dems" (ORG).
                target.Type = EntityType.Organization;
                target.OrganisationAndMiscellaneous = true;
            }

            if (target.Type == EntityType.Person && !(mention.Type == EntityType.Person && name.Tokens.Length == 1 && IsPossessive(document, mention)))
            {
                target.PossessiveOnly = false;
            }

            if (mention.Type == EntityType.Person && target.Type == EntityType.Person)
            {
                titles.Clear();
                TitleReference.TitlesOf(document, mention, titles);
                foreach (string title in titles)
                {
                    byTitle[title] = target;
                }
            }
            if (target.Gender == Gender.Unknown)
            {
                target.Gender = name.Gender;
            }

            if (IsBetterCanonical(name, target))
            {
                target.Canonical = name.Text;
                target.CanonicalTokens = name.Tokens.Length;
            }

            Index(target, name, byForm, byToken, byAcronym, persons);
        }

        foreach (Cluster c in clusters)
        {
            document.EntityClusters.Add(new DocumentEntity { Id = c.Id, CanonicalName = c.Canonical ?? string.Empty, Type = c.Type, MentionIndexes = c.Mentions });
            foreach (int m in c.Mentions)
            {
                // A mention joined across types takes its cluster's: a title for its person, a one-word surname the model
                // typed otherwise ("Lynch" after "Loretta E. Lynch"), a firm's short name the model typed person or
                // miscellaneous for the firm.
                EntityMention e = document.Entities[m];
                EntityType type = titleReference[m] || (c.Type == EntityType.Person && e.EndToken - e.FirstToken == 1) ? EntityType.Person
                    : (c.WasPerson && e.Type == EntityType.Person) || (c.OrganisationAndMiscellaneous && e.Type == EntityType.Miscellaneous)
                        || (brand[m] && e.Type == EntityType.Person) || (c.JoinedBrand && e.Type == EntityType.Person) ? EntityType.Organization
                    : e.Type;
                document.Entities.Set(m, e with { EntityId = c.Id, Type = type });
            }
        }

        StageLog.Linked(_logger, document.Metadata.Id, clusters.Count, document.Entities.Count);
    }

    private static Cluster? Find(MentionName name, EntityType type, Dictionary<string, List<Cluster>> byForm, Dictionary<string, List<Cluster>> byToken, Dictionary<string, List<Cluster>> byAcronym, PersonNameIndex persons)
    {
        if (name.Tokens.Length == 0)
        {
            return null;
        }

        // 1. Same name, same type.
        Cluster? best = MostRecent(byForm.GetValueOrDefault(name.Key), c => (c.Type == type || (type == EntityType.Person && c.WasPerson)) && (type != EntityType.Person || SameGender(name.Gender, c.Gender)));

        // 1b. The same name as an organisation and as a miscellaneous name ("Boeing unveils …" MISC, "firm Boeing" ORG): the
        // organisation (the model's MISC for a firm's bare name is most often its products' brand).
        if (best is null && type is EntityType.Organization or EntityType.Miscellaneous)
        {
            best = MostRecent(byForm.GetValueOrDefault(name.Key), c => c.Type is EntityType.Organization or EntityType.Miscellaneous && c.Type != type);
        }

        // 2. People: tails, first+last, first names, and a full name after a surname.
        if (best is null && (type == EntityType.Person || name.Tokens.Length == 1))
        {
            string last = Core(name.Tokens[^1]);
            Cluster? person = name.Tokens.Length <= PersonNameIndex.MaxMentionLength
                ? persons.MostRecentMatch(name)
                : MostRecent(byToken.GetValueOrDefault("L:" + last), c => c.Type == EntityType.Person && c.Forms.Any(f => PersonMatch(name.Tokens, f)) && CanJoin(name, c));
            if (person is null && type == EntityType.Person && name.Tokens.Length == 1)
            {
                List<Cluster>? firsts = byToken.GetValueOrDefault("F:" + last);
                List<Cluster>? unique = firsts?.Where(c => c.Type == EntityType.Person && SameGender(name.Gender, c.Gender)).Distinct().ToList();
                person = unique is { Count: 1 } ? unique[0] : null;
            }

            best = person;
        }

        // 3. Organisations: acronym ↔ expansion.
        if (best is null && type is EntityType.Organization or EntityType.Miscellaneous or EntityType.Location)
        {
            best = MostRecent(byAcronym.GetValueOrDefault(name.AcronymKey ?? "\u0000"), c => c.Type is EntityType.Organization || c.Type == type);
        }

        // 4. Organisations: a firm's or party's short name and its full name ending in a designator ("Ford" ↔ "Ford Motor Co."),
        // also a one-word short name the model took for a person ("Tiffany" after "Tiffany and Co"; no person of that name before).
        if (best is null && (type == EntityType.Organization || (type == EntityType.Person && name.Tokens.Length == 1)))
        {
            best = MostRecentOfLast(byToken.GetValueOrDefault("F:" + Core(name.Tokens[0])), MaxShortNameCandidates, c => c.Type == EntityType.Organization && c.Forms.Take(MaxFullFormsChecked).Any(f => OrganisationShortNames.Match(name.Tokens, f)));
            for (int k = name.Tokens.Length - 1; best is null && type == EntityType.Organization && k >= 1; k--)
            {
                if (OrganisationShortNames.IsFullName(name.Tokens, k))
                {
                    List<Cluster>? shortNamed = byForm.GetValueOrDefault(string.Join(' ', name.Tokens[..k]));
                    best = MostRecent(shortNamed, c => c.Type == EntityType.Organization) ?? FirmShortNameTakenForPerson(shortNamed);
                }
            }
        }

        // 5. Organisations: an institution's head word alone after its full name ("the Bank" after "the African Development Bank").
        if (best is null && type == EntityType.Organization && InstitutionHeadNames.HeadAlone(name.Tokens) is { } head)
        {
            best = MostMentioned(byToken.GetValueOrDefault("L:" + Core(head)), MaxShortNameCandidates, c => c.Type == EntityType.Organization && c.CanonicalTokens >= 2 && EndsIn(c.Canonical, head));
        }

        return best;
    }

    /// <summary>Most recent clusters <see cref="Shortened"/> looks at.</summary>
    private const int MaxShortenedCandidates = 64;

    /// <summary>
    /// The latest opened organisation or miscellaneous cluster (of the last <see cref="MaxShortenedCandidates"/>) one of whose
    /// names is <paramref name="name"/> with its words cut short or the other way round (<see cref="ShortenedOrganisationName"/>:
    /// <c>Lib Dems</c> after <c>Liberal Democrats</c>).
    /// </summary>
    private static Cluster? Shortened(MentionName name, List<Cluster> clusters)
    {
        if (name.Tokens.Length < 2)
        {
            return null;
        }

        for (int k = clusters.Count - 1; k >= 0 && k >= clusters.Count - MaxShortenedCandidates; k--)
        {
            Cluster c = clusters[k];
            if (c.Type is EntityType.Organization or EntityType.Miscellaneous
                && c.Forms.Take(MaxFullFormsChecked).Any(f => ShortenedOrganisationName.Match(name.Tokens, name.Text, f)))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// A firm's short name of several words, or of one word in a headline's capitals ("KENTREX" then "Kentrex Ltd"), the model
    /// took for a person before the firm's full name ("DI GIORGIO OFFERED …",
    /// then "Di Giorgio Corp said"): the latest person cluster named by that short name alone, with no gender (no title, no
    /// known first name: "Charles Schwab" stays the founder; a first word that is a name's particle, "Di", "De", gives none), becomes the firm's; its later mentions typed person join it.
    /// </summary>
    private static Cluster? FirmShortNameTakenForPerson(List<Cluster>? shortNamed)
    {
        Cluster? person = MostRecent(shortNamed, c => c.Type == EntityType.Person && c.Forms.Count == 1 && (c.Forms[0].Length >= 2 || IsHeadlineWord(c.Canonical))
            && (c.Gender == Gender.Unknown || (QuoteLexicon.Classify(c.Forms[0][0]) & WordClass.NameParticle) != 0));
        if (person is not null)
        {
            person.Type = EntityType.Organization;
            person.WasPerson = true;
        }

        return person;
    }

    /// <summary>
    /// A brand spelled with and without its possessive, one firm (<c>Varro's</c> … <c>Varros</c>): a one-word person
    /// mention followed by <c>'s</c> joins an earlier organisation named by that word and an <c>s</c> (<paramref
    /// name="brand"/> marks it, to be typed organisation); a one-word organisation ending in <c>s</c> joins an earlier
    /// person cluster of the word without it whose mentions all stood before <c>'s</c>, which becomes the organisation.
    /// A person named without the possessive ("Varro said") stays apart.
    /// </summary>
    private static Cluster? PossessiveBrand(NewsDocument document, EntityMention mention, MentionName name, Dictionary<string, List<Cluster>> byForm, bool[] brand, int i)
    {
        if (name.Tokens.Length != 1 || name.Key.Length < 3)
        {
            return null;
        }

        if (mention.Type == EntityType.Person && IsPossessive(document, mention)
            && MostRecent(byForm.GetValueOrDefault(name.Key + "s"), c => c.Type == EntityType.Organization) is { } firm)
        {
            brand[i] = true;
            return firm;
        }

        if (mention.Type == EntityType.Organization && name.Key[^1] == 's'
            && MostRecent(byForm.GetValueOrDefault(name.Key[..^1]), c => c.Type == EntityType.Person && c.PossessiveOnly && c.Forms.Count == 1) is { } person)
        {
            person.Type = EntityType.Organization;
            person.JoinedBrand = true;
            return person;
        }

        return null;
    }

    /// <summary>True when <paramref name="mention"/> holds or is followed by a possessive <c>'s</c>.</summary>
    private static bool IsPossessive(NewsDocument document, EntityMention mention) =>
        mention.Text.EndsWith("'s", StringComparison.Ordinal) || mention.Text.EndsWith("’s", StringComparison.Ordinal)
        || (mention.EndToken < document.Tokens.Count && document.Slice(document.GetToken(mention.EndToken).Span) is "'s" or "’s");

    /// <summary>
    /// For a name that defines a short form in brackets right after it (<see cref="ParentheticalAcronym"/>) and matched no
    /// cluster: the cluster of that short form used before the definition ("PSP … the PlayStation Portable (PSP)"), a
    /// person's cluster excepted; else null.
    /// </summary>
    private static Cluster? ShortFormUsedBefore(NewsDocument document, int i, Dictionary<string, List<Cluster>> byForm) =>
        i + 1 < document.Entities.Count && ParentheticalAcronym.Defines(document, document.Entities[i], document.Entities[i + 1])
            ? MostRecent(byForm.GetValueOrDefault(document.Entities[i + 1].Text.ToLowerInvariant()), c => c.Type != EntityType.Person)
            : null;

    /// <summary>True when the last word of <paramref name="name"/> is <paramref name="word"/> (ignoring case and a possessive).</summary>
    private static bool EndsIn(string? name, string word)
    {
        ReadOnlySpan<char> n = name.AsSpan().TrimEnd();
        if (n.EndsWith("'s", StringComparison.Ordinal) || n.EndsWith("’s", StringComparison.Ordinal))
        {
            n = n[..^2];
        }

        return n.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (n.Length == word.Length || char.IsWhiteSpace(n[n.Length - word.Length - 1]));
    }

    /// <summary>The accepted candidate with the most mentions so far among the last <paramref name="limit"/>; of as many, the first made.</summary>
    private static Cluster? MostMentioned(List<Cluster>? candidates, int limit, Func<Cluster, bool> accept)
    {
        if (candidates is null)
        {
            return null;
        }

        Cluster? best = null;
        for (int k = Math.Max(0, candidates.Count - limit); k < candidates.Count; k++)
        {
            Cluster c = candidates[k];
            if ((best is null || c.Mentions.Count > best.Mentions.Count || (c.Mentions.Count == best.Mentions.Count && c.Id < best.Id)) && accept(c))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>False when one gender is male and the other female.</summary>
    private static bool SameGender(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;

    /// <summary>
    /// True when a person mention that matched one of the cluster's forms may join it: the genders agree, and a mention
    /// of two or more words names no other person of the cluster's surname (each full form of the cluster is either the
    /// mention itself or matches it: "Cherie Blair" does not join "Tony Blair" through his "Mr Blair").
    /// </summary>
    private static bool CanJoin(MentionName name, Cluster cluster)
    {
        if (!SameGender(name.Gender, cluster.Gender))
        {
            return false;
        }

        string[] mention = name.Tokens;
        if (mention.Length < 2)
        {
            return true;
        }

        int checkedForms = 0;
        foreach (string[] form in cluster.FullForms)
        {
            if (++checkedForms > MaxFullFormsChecked)
            {
                break;
            }

            if (!mention.AsSpan().SequenceEqual(form) && !PersonMatch(mention, form) && !SameFirstInitial(mention[0], form[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many full forms of a cluster <see cref="CanJoin"/> reads (bounded work per mention).</summary>
    private const int MaxFullFormsChecked = 16;

    /// <summary>"j." / "john": an initial and a first name it may stand for (either way round).</summary>
    private static bool SameFirstInitial(string a, string b)
    {
        string ca = Core(a), cb = Core(b);
        return (ca.Length == 1 || cb.Length == 1) && ca.Length > 0 && cb.Length > 0 && ca[0] == cb[0];
    }

    private static bool PersonMatch(string[] mention, string[] form)
    {
        if (mention.Length == form.Length)
        {
            return false; // identical forms were handled by the exact rule; same length but different names differ.
        }

        string[] shorter = mention.Length < form.Length ? mention : form;
        string[] longer = mention.Length < form.Length ? form : mention;

        // Tail: "jaafari" / "de mistura" at the end of the longer name (Arabic article optional).
        bool tail = true;
        for (int k = 1; k <= shorter.Length; k++)
        {
            if (Core(shorter[^k]) != Core(longer[^k]) && !(k == shorter.Length && shorter[^k] == longer[^k]))
            {
                tail = false;
                break;
            }
        }

        if (tail)
        {
            return true;
        }

        // First + last with middle names left out: "george bush" / "george w. bush".
        return shorter.Length >= 2 && Core(shorter[0]) == Core(longer[0]) && Core(shorter[^1]) == Core(longer[^1]);
    }

    /// <summary>How many clusters opening with the same word the short-name rule reads (bounded work per mention).</summary>
    private const int MaxShortNameCandidates = 32;

    /// <summary><see cref="MostRecent"/> over the last <paramref name="limit"/> candidates only.</summary>
    private static Cluster? MostRecentOfLast(List<Cluster>? candidates, int limit, Func<Cluster, bool> accept)
    {
        if (candidates is null)
        {
            return null;
        }

        Cluster? best = null;
        for (int k = candidates.Count - 1; k >= 0 && k >= candidates.Count - limit; k--)
        {
            Cluster c = candidates[k];
            if ((best is null || c.LastMention > best.LastMention) && accept(c))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// The accepted candidate mentioned last. Each mention belongs to one cluster, so no two clusters share a
    /// <see cref="Cluster.LastMention"/> and the answer does not depend on the order read.
    /// </summary>
    private static Cluster? MostRecent(List<Cluster>? candidates, Func<Cluster, bool> accept) => MostRecentOfLast(candidates, int.MaxValue, accept);

    private static void Index(Cluster cluster, MentionName name, Dictionary<string, List<Cluster>> byForm, Dictionary<string, List<Cluster>> byToken, Dictionary<string, List<Cluster>> byAcronym, PersonNameIndex persons)
    {
        // A set lookup: scanning the cluster's forms was quadratic when one cluster collects many forms ("Smith", then
        // thousands of different "X Smith").
        if (name.Tokens.Length == 0 || !cluster.FormSet.Add(name.Tokens))
        {
            return;
        }

        cluster.Forms.Add(name.Tokens);
        if (name.Tokens.Length >= 2 && cluster.Type == EntityType.Person)
        {
            cluster.FullForms.Add(name.Tokens);
        }

        persons.Add(cluster, name.Tokens);
        Add(byForm, name.Key, cluster);
        Add(byToken, "L:" + Core(name.Tokens[^1]), cluster);
        if (name.Tokens.Length > 1)
        {
            Add(byToken, "F:" + Core(name.Tokens[0]), cluster);
            if (cluster.Type == EntityType.Organization && OrganisationShortNames.LeadingInitials(name.Tokens) is > 0 and int initials)
            {
                Add(byToken, "F:" + Core(name.Tokens[initials]), cluster); // "C.H. Beazer Holdings PLC" is "Beazer" later
            }
        }

        if (name.AcronymKey is not null)
        {
            Add(byAcronym, name.AcronymKey, cluster);
        }

        if (name.Expansion is not null)
        {
            Add(byAcronym, name.Expansion, cluster);
        }

        static void Add(Dictionary<string, List<Cluster>> index, string key, Cluster c)
        {
            if (!index.TryGetValue(key, out List<Cluster>? list))
            {
                index[key] = list = [];
            }

            if (list.Count == 0 || list[^1] != c)
            {
                list.Add(c);
            }
        }
    }

    /// <summary>The name part of a mention: titles and a possessive stripped, lower-cased tokens, acronym keys.</summary>
    /// <summary>
    /// Whether <paramref name="name"/> names the cluster better than its canonical name so far: the fullest name (most
    /// tokens), then, among names of as many tokens, one in ordinary case rather than in capitals alone (a wire
    /// headline's "AMPLICON INC" gives way to "Amplicon Inc"), then a name without a possessive rather than the same name
    /// with one ("Bank" rather than "Bank's"), then the longest.
    /// </summary>
    private static bool IsBetterCanonical(MentionName name, Cluster target)
    {
        if (target.Canonical is null || name.Tokens.Length != target.CanonicalTokens)
        {
            return target.Canonical is null || name.Tokens.Length > target.CanonicalTokens;
        }

        bool capitals = IsCapitalsAlone(name.Text), canonicalCapitals = IsCapitalsAlone(target.Canonical);
        if (capitals != canonicalCapitals)
        {
            return canonicalCapitals;
        }

        if (IsPossessiveOf(name.Text, target.Canonical) || IsPossessiveOf(target.Canonical, name.Text))
        {
            return IsPossessiveOf(target.Canonical, name.Text); // "London Stock Exchange" names it better than "London Stock Exchange's"
        }

        return name.Text.Length > target.Canonical.Length;
    }

    /// <summary>True when <paramref name="name"/> is <paramref name="other"/> with a possessive <c>'s</c> added.</summary>
    private static bool IsPossessiveOf(string name, string other) =>
        name.Length == other.Length + 2 && name.StartsWith(other, StringComparison.Ordinal) && (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal));

    /// <summary>Two letters or more and no lower-case letter, in a name of several words (a one-word acronym, "OECD", is ordinary case).</summary>
    /// <summary>One word in capitals alone, three letters or more (a wire headline's <c>WORMALD</c>).</summary>
    private static bool IsHeadlineWord(string? text) =>
        text is not null && !text.Contains(' ', StringComparison.Ordinal) && text.Count(char.IsLetter) >= 3 && !text.Any(char.IsLower);

    private static bool IsCapitalsAlone(string text) =>
        text.Contains(' ', StringComparison.Ordinal) && text.Count(char.IsLetter) >= 2 && !text.Any(char.IsLower);

    private static MentionName Names(NewsDocument document, EntityMention mention)
    {
        int first = mention.FirstToken, end = mention.EndToken;
        if (first < 0 || end > document.Tokens.Count || end <= first)
        {
            return new MentionName([], mention.Text, mention.Text.ToLowerInvariant(), null, null, mention.Type, Gender.Unknown);
        }

        while (end > first && IsPossessiveOrPunct(document.Slice(document.GetToken(end - 1).Span)))
        {
            end--;
        }

        if (mention.Type == EntityType.Person && end - first >= 3 && PersonTitles.IsOfficeLetters(document.Slice(document.GetToken(end - 1).Span)))
        {
            end--; // "Frank Field MP" is "Frank Field", later "Mr Field"
        }

        Gender gender = Gender.Unknown;
        while (first < end - 1 && PersonTitles.IsTitle(document.GetToken(first).Text)
            && !(mention.Type == EntityType.Organization && Joins.Honorifics.Contains(document.GetToken(first).Text)))
        {
            // A firm named after a person keeps the courtesy title ("Dr Varro's" the drugmaker; "Mr Varro" the man).
            if (gender == Gender.Unknown)
            {
                gender = NameGenders.OfTitle(document.GetToken(first).Text);
            }

            first++;
        }

        if (end <= first)
        {
            return new MentionName([], mention.Text, mention.Text.ToLowerInvariant(), null, null, mention.Type, Gender.Unknown);
        }

        var tokens = new List<string>(end - first);
        for (int t = first; t < end; t++)
        {
            string s = document.GetToken(t).Text;
            if (s.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || s.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            {
                s = s[..^2];
            }

            if (s.Any(char.IsLetterOrDigit))
            {
                tokens.Add(s.ToLowerInvariant());
            }
            else if (s == "&" && t > first && t < end - 1)
            {
                tokens.Add("and"); // "Standard & Poor's" is "Standard and Poor's"
            }
        }

        // An organisation's name keeps a possessive its mention holds ("Standard and Poor's", "Sainsbury's": the model
        // leaves a plain possessive outside the mention); other names lose it.
        bool organisation = mention.Type == EntityType.Organization;
        int textEnd = organisation && end < mention.EndToken && document.Slice(document.GetToken(end).Span) is "'s" or "’s" ? end + 1 : end;
        var span = new TextSpan(document.Tokens[first].Start, document.Tokens[textEnd - 1].End);
        string text = MentionIndex.OneLine(document.GetText(span)); // a name wrapped over two lines of a wire text is one line
        if (!organisation && (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal)))
        {
            text = text[..^2];
        }

        if (mention.Type == EntityType.Person && tokens.Count >= 3 && IsGenerationSuffix(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1); // "Larry Mullen Jr" is "Mullen" later; the canonical name keeps the letters
        }

        string[] array = [.. tokens];
        string? acronym = null, expansion = null;
        string compact = string.Concat(array).Replace(".", string.Empty, StringComparison.Ordinal);
        if (array.Length == 1 && compact.Length is >= 2 and <= 8 && text.Where(char.IsLetter).All(char.IsUpper))
        {
            acronym = "A:" + compact;
        }
        else if (array.Length >= 2)
        {
            string initials = string.Concat(array.Where(w => !AcronymStopWords.Contains(w)).Select(w => w[0]));
            if (initials.Length >= 2)
            {
                expansion = "A:" + initials;
            }
        }

        if (gender == Gender.Unknown && mention.Type == EntityType.Person && array.Length >= 2)
        {
            gender = NameGenders.OfWord(array[0]);
        }

        return new MentionName(array, text, string.Join(' ', array), acronym, expansion, mention.Type, gender);
    }

    /// <summary>A generation's letters after a person's name: <c>Jr</c>, <c>Sr.</c>, <c>III</c> (lower-cased name tokens).</summary>
    private static bool IsGenerationSuffix(string token) => token is "jr" or "jr." or "sr" or "sr." or "ii" or "iii" or "iv";

    private static bool IsPossessiveOrPunct(ReadOnlySpan<char> token) =>
        token is "'s" or "’s" or "'" or "’" || !ContainsLetterOrDigit(token);

    private static bool ContainsLetterOrDigit(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name token without an Arabic article prefix ("al-jaafari" → "jaafari") or dots.</summary>
    private static string Core(string token)
    {
        foreach (string prefix in ArticlePrefixes)
        {
            if (token.Length > prefix.Length + 1 && token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return token[prefix.Length..];
            }
        }

        return token.Replace(".", string.Empty, StringComparison.Ordinal);
    }

    private static readonly string[] ArticlePrefixes = ["al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-", "ibn-", "bin-"];

    /// <summary>The clusters' name forms by the keys the person rule needs.</summary>
    /// <remarks>
    /// Indexed by the keys a <see cref="PersonMatch"/> needs, so that the person rule looks only at forms that
    /// can match instead of every form of every cluster sharing the surname (quadratic with thousands of "X Smith"):
    /// a form is found by the hashed core sequence of its whole and of each proper suffix (tails, either way round) and by its
    /// first and last core with its length (first + last). Candidates are checked with <see cref="PersonMatch"/> itself, so
    /// the answer is the one of scanning: the most recent person cluster with a matching form. Proper suffixes are kept up
    /// to <see cref="MaxMentionLength"/> tokens (a huge mention costs no more than its length); longer mentions are matched
    /// by the scan.
    /// </remarks>
    private sealed class PersonNameIndex
    {
        /// <summary>Mentions up to this many tokens are looked up here.</summary>
        public const int MaxMentionLength = 8;

        private readonly Dictionary<(int Length, ulong Hash), List<(Cluster Cluster, string[] Form)>> _whole = [];
        private readonly Dictionary<(int Length, ulong Hash), List<(Cluster Cluster, string[] Form)>> _properSuffix = [];
        private readonly Dictionary<(ulong First, ulong Last, int Length), List<(Cluster Cluster, string[] Form)>> _firstLast = [];
        private readonly Dictionary<(ulong First, ulong Last), List<int>> _firstLastLengths = [];

        public void Add(Cluster cluster, string[] form)
        {
            int n = form.Length;
            ulong hash = 0;
            for (int j = 1; j <= n; j++)
            {
                hash = Extend(hash, form[n - j]);
                if (j == n)
                {
                    Append(_whole, (j, hash), (cluster, form));
                }
                else if (j <= MaxMentionLength)
                {
                    Append(_properSuffix, (j, hash), (cluster, form));
                }
            }

            if (n >= 2)
            {
                (ulong, ulong) ends = (CoreHash(form[0]), CoreHash(form[^1]));
                Append(_firstLast, (ends.Item1, ends.Item2, n), (cluster, form));
                if (!_firstLastLengths.TryGetValue(ends, out List<int>? lengths))
                {
                    _firstLastLengths[ends] = lengths = [];
                }

                if (!lengths.Contains(n))
                {
                    lengths.Add(n);
                }
            }
        }

        /// <summary>The most recent person cluster with a form <see cref="PersonMatch"/> accepts for <paramref name="name"/> (and that <see cref="CanJoin"/> accepts), or null.</summary>
        public Cluster? MostRecentMatch(MentionName name)
        {
            string[] mention = name.Tokens;
            Cluster? best = null;
            int m = mention.Length;
            ulong hash = 0;
            for (int j = 1; j <= m; j++)
            {
                hash = Extend(hash, mention[m - j]);

                // A longer form ending with the mention, or a shorter form that is a tail of the mention.
                Dictionary<(int, ulong), List<(Cluster, string[])>> index = j == m ? _properSuffix : _whole;
                if (index.TryGetValue((j, hash), out List<(Cluster, string[])>? entries))
                {
                    best = Best(best, name, entries);
                }
            }

            if (m >= 2)
            {
                (ulong, ulong) ends = (CoreHash(mention[0]), CoreHash(mention[^1]));
                if (_firstLastLengths.TryGetValue(ends, out List<int>? lengths))
                {
                    foreach (int length in lengths)
                    {
                        if (length != m)
                        {
                            best = Best(best, name, _firstLast[(ends.Item1, ends.Item2, length)]);
                        }
                    }
                }
            }

            return best;
        }

        private static Cluster? Best(Cluster? best, MentionName name, List<(Cluster Cluster, string[] Form)> entries)
        {
            foreach ((Cluster c, string[] form) in entries)
            {
                if ((best is null || c.LastMention > best.LastMention) && c.Type == EntityType.Person && PersonMatch(name.Tokens, form) && CanJoin(name, c))
                {
                    best = c;
                }
            }

            return best;
        }

        private static ulong CoreHash(string token)
        {
            string core = Core(token);
            return (ulong)(uint)StringComparer.Ordinal.GetHashCode(core) | ((ulong)(uint)core.Length << 32);
        }

        private static ulong Extend(ulong hash, string token) => System.Numerics.BitOperations.RotateLeft((hash ^ CoreHash(token)) * 0x9E3779B97F4A7C15UL, 27);

        private static void Append<TKey>(Dictionary<TKey, List<(Cluster, string[])>> index, TKey key, (Cluster, string[]) entry)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out List<(Cluster, string[])>? list))
            {
                index[key] = list = [];
            }

            list.Add(entry);
        }
    }

    /// <summary>Equality of token sequences (ordinal).</summary>
    private sealed class TokenSequenceComparer : IEqualityComparer<string[]>
    {
        public static TokenSequenceComparer Instance { get; } = new();

        public bool Equals(string[]? x, string[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(string[] obj)
        {
            var hash = default(HashCode);
            foreach (string token in obj)
            {
                hash.Add(token, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>A mention's name; <see cref="Gender"/> from its title ("Mrs") or, for a person of two or more words, its first name.</summary>
    private sealed record MentionName(string[] Tokens, string Text, string Key, string? AcronymKey, string? Expansion, EntityType Type, Gender Gender);

    private sealed class Cluster(int id, EntityType type)
    {
        public int Id { get; } = id;

        public EntityType Type { get; set; } = type;

        public List<int> Mentions { get; } = [];

        public List<string[]> Forms { get; } = [];

        /// <summary>The person forms of two or more words (first name and surname).</summary>
        public List<string[]> FullForms { get; } = [];

        /// <summary>The first gender a mention's title or first name gave (<see cref="Gender.Unknown"/> until one does).</summary>
        public Gender Gender { get; set; }

        /// <summary>The same forms, for O(1) "already known" checks.</summary>
        public HashSet<string[]> FormSet { get; } = new(TokenSequenceComparer.Instance);

        public int LastMention { get; set; }

        /// <summary>True for a firm's cluster that the model's person mentions of its short name opened (<see cref="FirmShortNameTakenForPerson"/>).</summary>
        public bool WasPerson { get; set; }

        /// <summary>False once a mention of a person cluster was not one word before <c>'s</c> (see <c>PossessiveBrand</c>).</summary>
        public bool PossessiveOnly { get; set; } = true;

        /// <summary>True for a person cluster of a brand's possessive that joined the brand's organisation (see <c>PossessiveBrand</c>).</summary>
        public bool JoinedBrand { get; set; }

        /// <summary>True for a firm's cluster whose name the model typed both organisation and miscellaneous.</summary>
        public bool OrganisationAndMiscellaneous { get; set; }

        public string? Canonical { get; set; }

        public int CanonicalTokens { get; set; }
    }
}
