using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NewsNlp.Documents;
using NewsNlp.Stance.Features;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// Side-taking cues of a document's speakers toward a claim: who the claim's subject is in the document (an entity named
/// by the claim's subject words, or introduced by them as a role: "coach Stefan Novak" for "The coach"), each quote's
/// cues, and the reporter's words right after a speaker's name ("Club captain Marco Silva defended the coach.", "Tenant
/// groups welcomed the plan.") up to a verb of saying.
/// </summary>
internal sealed partial class DocumentSideReader
{
    private static readonly Lazy<DocumentSideReader> DefaultReader = new(() =>
    {
        StanceLexicon lexicon = ShortTextStanceModel.Default.Featurizer.Lexicon;
        return new DocumentSideReader(SideCueLexicon.Default, lexicon.Polarity);
    });

    private readonly SideCueLexicon _lexicon;
    private readonly Func<string, float> _polarity;
    private readonly ConcurrentDictionary<string, ClaimFrame> _frames = new(StringComparer.Ordinal);

    /// <summary>The driving words of a speaker who is the claim's subject (<see cref="ReadParaphrases"/>).</summary>
    public const string OwnSideCue = "own side";

    /// <summary>Creates a reader over <paramref name="lexicon"/> and a word polarity function.</summary>
    public DocumentSideReader(SideCueLexicon lexicon, Func<string, float> polarity)
    {
        _lexicon = lexicon;
        _polarity = polarity;
        Reader = new SideCueReader(lexicon);
    }

    /// <summary>The embedded side-cue lexicon with the short-text model's polarity lexicon.</summary>
    public static DocumentSideReader Default => DefaultReader.Value;

    /// <summary>The text reader.</summary>
    public SideCueReader Reader { get; }

    /// <summary>The claim read (cached per claim text; at most 1,024 kept).</summary>
    public ClaimFrame Frame(string claim)
    {
        if (_frames.TryGetValue(claim, out ClaimFrame? frame))
        {
            return frame;
        }

        frame = ClaimFrame.Read(claim, _lexicon, _polarity);
        if (_frames.Count < 1024)
        {
            _frames.TryAdd(claim, frame);
        }

        return frame;
    }

    /// <summary>The entity clusters of <paramref name="document"/> that are the claim's subject.</summary>
    public static HashSet<int> SubjectEntities(NewsDocument document, ClaimFrame claim)
    {
        // A possessive names its owner: "The UK's EU budget rebate" is named by "UK" as a mention's words are read ("UK's" → uk, s).
        var subjectWords = new HashSet<string>(claim.Words.Take(claim.VerbIndex).Select(ClaimFrame.WithoutPossessive).Where(w => !Lexicons.StopWords.Contains(w) && w.Length > 1), StringComparer.Ordinal);
        var entities = new HashSet<int>();
        if (subjectWords.Count == 0)
        {
            return entities;
        }

        // The entity types of mentions made of the subject's words alone ("UK", "the UK"): a longer name that holds one of
        // them names another thing when its type differs ("UK Independence Party", an organisation, is not the country).
        var exactTypes = new HashSet<EntityType>();
        foreach (EntityMention mention in document.Entities)
        {
            if (mention.EntityId >= 0 && ContentWords(mention.Text).All(subjectWords.Contains) && ContentWords(mention.Text).Any())
            {
                exactTypes.Add(mention.Type);
            }
        }

        foreach (EntityMention mention in document.Entities)
        {
            if (mention.EntityId < 0)
            {
                continue;
            }

            // … unless its other words are words of office: "UK Government" is the UK's government, "UK Independence Party" another thing.
            // A longer name must share the subject's head, owner or a name ("International Air Transport Association" is not "… for air passengers").
            List<string> content = [.. ContentWords(mention.Text)];
            bool officeOnly = content.All(w => subjectWords.Contains(w) || SubjectRepresentative.IsRoleWord(w));
            bool named = Words(mention.Text).Any(subjectWords.Contains)
                && (exactTypes.Count == 0 || exactTypes.Contains(mention.Type) || officeOnly)
                && (officeOnly || content.Count < 2 || content.Any(w => subjectWords.Contains(w) && IsSubjectKey(claim, w)));
            // A "shadow" or "former" holder is not the office: "shadow home secretary David Davis" is not "The home secretary".
            bool role = !named && RoleBefore(document.Text, mention.Span.Start) is { } roleWord && subjectWords.Contains(roleWord)
                && !NotTheHolderPattern().IsMatch(SpeakerCamp.TitleBefore(document.Text, mention.Span.Start));
            if (named || role)
            {
                entities.Add(mention.EntityId);
            }
        }

        return entities;
    }

    /// <summary>
    /// Whether the subject word <paramref name="word"/> can name the subject inside a longer name: the subject's head ("Law
    /// Lords" for "The law lords"), its owner, the first content word ("City Hall" for "The city"), or a name of the claim. A
    /// longer name that shares only a modifier with the subject names another thing: "International Air Transport
    /// Association" is not "The new EU rules on compensation for air passengers", nor "Hartley City Council" "The speed limit
    /// in the city centre".
    /// </summary>
    internal static bool IsSubjectKey(ClaimFrame claim, string word)
    {
        string stem = TextPreparer.Stem(word);
        return stem == claim.SubjectHead || stem == claim.SubjectLead || claim.NameStems.Contains(stem);
    }

    /// <summary>Who the claim's subject is for <paramref name="speaker"/>'s words.</summary>
    public static ClaimSubject Subject(NewsDocument document, HashSet<int> subjectEntities, Speaker? speaker, ClaimFrame? claim = null)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        bool person = false;
        foreach (DocumentEntity entity in document.EntityClusters)
        {
            if (!subjectEntities.Contains(entity.Id))
            {
                continue;
            }

            person |= entity.Type == EntityType.Person;
            foreach (int index in entity.MentionIndexes)
            {
                if (index >= 0 && index < document.Entities.Count)
                {
                    names.UnionWith(Words(document.Entities[index].Text).Where(w => !Lexicons.StopWords.Contains(w)));
                }
            }
        }

        return new ClaimSubject(names, person, speaker is not null && speaker.EntityId >= 0 && subjectEntities.Contains(speaker.EntityId))
        {
            SpeaksFor = speaker is not null && claim is not null && SubjectRepresentative.SpeaksFor(document, claim, subjectEntities, speaker),
        };
    }

    /// <summary>
    /// The acts in the reporter's words right after each mention of <paramref name="speaker"/> in <paramref name="document"/>
    /// ("…, Irina Volkova, rejected the accusation as baseless"), up to a verb of saying; each sentence read once. A speaker
    /// who is the claim's subject also takes their own side once (the claim's effect on its subject: "Anders Holm should
    /// resign" −1 for Anders Holm, "Howard Flight should be allowed to stand" +1 for him), and so does one who holds an office
    /// of the subject ("UKIP leader Roger Knapman" for "UKIP has betrayed its supporters": −1; <see cref="SubjectRepresentative"/>),
    /// unless <paramref name="declines"/>: what they say outright ("I don't know whether I will ever go back") outweighs the presumption.
    /// </summary>
    public SideReading ReadParaphrases(NewsDocument document, ClaimFrame claim, ClaimSubject subject, Speaker speaker, bool declines = false)
    {
        // The claim's subject speaking takes its own side: the accused deny ("X broke the rules"), the candidate wants to stand.
        int own = (subject.IsSpeaker || subject.SpeaksFor) && !declines ? claim.SubjectEffectFor(subject) : 0;
        if (speaker.EntityId < 0 || document.Sentences.Count == 0)
        {
            return own == 0 ? SideReading.None : new SideReading(own, false, [(own > 0 ? "+" : "-") + OwnSideCue]);
        }

        DocumentEntity? entity = document.EntityClusters.FirstOrDefault(e => e.Id == speaker.EntityId);
        if (entity is null)
        {
            return SideReading.None;
        }

        double score = own;
        List<string> cues = own == 0 ? [] : [(own > 0 ? "+" : "-") + OwnSideCue];
        var seen = new HashSet<int>();
        foreach (int index in entity.MentionIndexes)
        {
            if (index < 0 || index >= document.Entities.Count)
            {
                continue;
            }

            EntityMention mention = document.Entities[index];
            TokenRange? sentence = SentenceAt(document, mention.Span.End);
            if (sentence is not TokenRange s || !seen.Add(s.Span.Start) || s.Span.End <= mention.Span.End)
            {
                continue;
            }

            // "Mr Clarke, who took over the post after …, has rejected …": the clause and what follows it are read apart.
            string after = document.Text[mention.Span.End..s.Span.End];
            foreach (string part in RelativeClauseAfterName.Split(after) is { } split ? [split.Clause, split.After] : new[] { after })
            {
                SideReading reading = Reader.Read(claim, subject, part, actsOnly: true);
                score += reading.Score;
                cues.AddRange(reading.Cues);
            }
        }

        return new SideReading(score, false, cues);
    }

    private static TokenRange? SentenceAt(NewsDocument document, int offset)
    {
        foreach (TokenRange sentence in document.Sentences)
        {
            if (sentence.Span.Start <= offset && offset <= sentence.Span.End)
            {
                return sentence;
            }
        }

        return null;
    }

    /// <summary>The word right before <paramref name="start"/> when only spaces separate them ("coach Stefan Novak"), lower case.</summary>
    private static string? RoleBefore(string text, int start)
    {
        int end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end == start || end == 0)
        {
            return null;
        }

        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return begin == end ? null : text[begin..end].ToLowerInvariant();
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    private static IEnumerable<string> ContentWords(string text) => Words(text).Where(w => !Lexicons.StopWords.Contains(w) && w.Length > 1);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(?:[Ss]hadow|[Ff]ormer|[Ee]x-)")]
    private static partial Regex NotTheHolderPattern();
}
