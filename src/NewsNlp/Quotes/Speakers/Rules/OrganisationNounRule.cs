using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>"the association", "the transit authority": the organisation named earlier.</summary>
internal sealed class OrganisationNounRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.OrganisationNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head, pf = phrase.PhraseFirst;
        if (v.Shapes[head] != TokenShape.Lower || !SpeakerWords.IsOrgNoun(v.Chars(head)) || head <= pf || !SpeakerWords.IsDefinite(v.Chars(pf)))
        {
            return false;
        }

        speaker = OrganisationAntecedent(context, pf + 1, head, phrase.First);
        return speaker is not null;
    }

    /// <summary>
    /// The organisation a definite noun ("the association", "the transit authority") refers to: the nearest earlier
    /// organisation whose name holds the noun (or is followed by it: "the FNV Havens union"), preferring the one whose
    /// name also holds the noun's modifiers; else the nearest earlier organisation a few paragraphs back.
    /// </summary>
    private static SpeakerCandidate? OrganisationAntecedent(SpeakerContext context, int modifiersFirst, int noun, int before)
    {
        DocumentView v = context.View;
        MentionIndex mentions = context.Mentions;
        ReadOnlySpan<char> word = v.Chars(noun);
        int bestScore = -1;
        Organisation? best = null;
        Organisation? nearest = null;
        bool modified = false;
        int maxScore = 1;
        bool business = IsBusinessNoun(word);
        bool state = SpeakerWords.IsStateNoun(word);
        for (int t = modifiersFirst; t < noun; t++)
        {
            // A place or nationality before a business noun says where the firm is from ("the South Yorkshire company",
            // "the Japanese firm"), not which one: the firm the story is about.
            modified |= v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.Determiner) && !(business && IsPlaceWord(v, t));
            maxScore += v.Is(t, WordClass.Determiner) ? 0 : 1;
        }

        int i = mentions.OrganisationsBefore(before) - 1;
        for (int k = i; k >= 0 && i - k < 200; k--)
        {
            Organisation o = mentions.OrganisationAt(k);
            nearest ??= o;
            if (o.Name.Length > 300)
            {
                continue; // a pathological "name" (a huge token) is not searched, keeping the scan linear
            }

            bool named = ContainsWord(o.Name, word) || (o.End < v.Count && v.Chars(o.End).Equals(word, StringComparison.OrdinalIgnoreCase));
            if (!named || (state && o.First > 0 && (v.TextIs(o.First - 1, "a") || v.TextIs(o.First - 1, "an"))))
            {
                // "a Conservative government would …" is a government that may come, not "the government" of the story.
                continue;
            }

            if (OtherLowerModifier(v, o.Name, modifiersFirst, noun))
            {
                continue; // "the aid agency" is not "the Reuters news agency"
            }

            // Every capitalised modifier must be in the name ("the Pakistani government" is not "the Sindh government").
            int score = 1;
            for (int t = modifiersFirst; t < noun; t++)
            {
                if (!v.Is(t, WordClass.Determiner) && ContainsWord(o.Name, v.Chars(t)))
                {
                    score++;
                }
                else if (v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.Determiner) && !(business && IsPlaceWord(v, t)))
                {
                    score = -1;
                    break;
                }
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = o;
                if (score == maxScore)
                {
                    break; // nearest first: no farther organisation can score higher
                }
            }
        }

        if (best is not null)
        {
            // "The bank said" in a story where the Halifax has been speaking: a bare business noun is the organisation of
            // the story, not one whose name merely holds the noun ("the Bank of England", quoted once), when the story's
            // organisation has spoken more often.
            if (business && !modified && maxScore == 1 && MostSpokenOrganisation(context, before) is { } story && story.Key != best.Value.Speaker.Key
                && story.Count > TimesSpoken(context, best.Value.Speaker.Key, before))
            {
                return story.Speaker;
            }

            return best.Value.Speaker;
        }

        if (!business && !state && SameSentenceOrganisation(context, before) is { } inSentence)
        {
            // Session 17: "The Courier was sued by Mr Dole after the newspaper claimed …": the organisation named earlier in
            // the same sentence, not the one that spoke last in the story.
            return inSentence;
        }

        // A government is named by its country, a place, not by the organisations around it ("the government" after
        // "Brown and Williamson" is not the tobacco firm).
        // "quoted by The Courier newspaper … the newspaper reported": a noun the story introduced after a name of its own
        // (one the recogniser did not take for an organisation) means that name, not the firm the story is about.
        // Session 14: nor a noun with a lower-case modifier of its own that no organisation's name holds ("The select
        // committee found …" after "The Commons education select committee called …" is not the department quoted between).
        return modified || nearest is null || SpeakerWords.IsStateNoun(word) || (!business && IntroducedAfterName(v, word, before))
            || (!business && LowerModifierBefore(v, modifiersFirst, noun)) ? null
            : SalientOrganisation(context, before);
    }

    /// <summary>
    /// True when the noun right before <paramref name="noun"/> is a lower-case modifier ("aid agency") and the name holds
    /// the noun after another lower-case word ("Reuters news agency"): two kinds of the same thing.
    /// </summary>
    private static bool OtherLowerModifier(DocumentView v, string name, int modifiersFirst, int noun)
    {
        int m = noun - 1;
        if (m < modifiersFirst || v.Shapes[m] != TokenShape.Lower || v.Is(m, WordClass.Determiner))
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(noun);
        ReadOnlySpan<char> rest = name;
        int at;
        while ((at = rest.IndexOf(word, StringComparison.OrdinalIgnoreCase)) > 1)
        {
            ReadOnlySpan<char> before = rest[..(at - 1)].TrimEnd();
            ReadOnlySpan<char> previous = before[(before.LastIndexOf(' ') + 1)..];
            if (rest[at - 1] == ' ' && previous.Length > 0 && char.IsLower(previous[0]))
            {
                return !previous.Equals(v.Chars(m), StringComparison.OrdinalIgnoreCase);
            }

            rest = rest[(at + word.Length)..];
        }

        return false;
    }

    /// <summary>How many tokens back <see cref="IntroducedAfterName"/> looks (keeps the rule linear in the document).</summary>
    private const int MaxIntroductionDistance = 1500;

    /// <summary>
    /// True when <paramref name="noun"/> occurs earlier (within <see cref="MaxIntroductionDistance"/> tokens before
    /// <paramref name="before"/>) right after a title opened by a capitalised "The" inside a sentence ("by The Courier
    /// newspaper") or after a capitalised name that is no place or nationality ("the Herald newspaper").
    /// </summary>
    private static bool IntroducedAfterName(DocumentView v, ReadOnlySpan<char> noun, int before)
    {
        for (int t = Math.Min(before, v.Count) - 1; t >= 1 && before - t < MaxIntroductionDistance; t--)
        {
            if (v.Shapes[t] != TokenShape.Lower || !v.Chars(t).Equals(noun, StringComparison.OrdinalIgnoreCase) || v.Shapes[t - 1] != TokenShape.Capitalised
                || v.SentenceOf[t - 1] != v.SentenceOf[t])
            {
                continue;
            }

            int k = t - 1;
            bool place = false;
            while (k >= 0 && t - k <= 5 && v.Shapes[k] == TokenShape.Capitalised && v.SentenceOf[k] == v.SentenceOf[t] && !v.Is(k, WordClass.Determiner | WordClass.CapitalisedFunctionWord))
            {
                place |= IsPlaceWord(v, k);
                k--;
            }

            bool title = k >= 1 && k < t - 1 && v.TextIs(k, "The") && v.Shapes[k] == TokenShape.Capitalised && v.SentenceOf[k - 1] == v.SentenceOf[k];
            if (title || (!place && k < t - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The organisation (an entity of that type) that spoke most often before <paramref name="before"/>, at least twice, and
    /// how often; the latest on a tie. Null when none did.
    /// </summary>
    private static (string Key, SpeakerCandidate Speaker, int Count)? MostSpokenOrganisation(SpeakerContext context, int before)
    {
        IReadOnlyList<Mention> spoke = context.Resolved.InOrder;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        (string Key, SpeakerCandidate Speaker, int Count)? top = null;
        for (int i = 0; i < spoke.Count; i++)
        {
            Mention m = spoke[i];
            if (m.First >= before || m.Speaker.Type != Documents.EntityType.Organization)
            {
                continue;
            }

            int n = counts[m.Speaker.Key] = counts.GetValueOrDefault(m.Speaker.Key) + 1;
            if (n >= 2 && (top is null || n >= top.Value.Count))
            {
                top = (m.Speaker.Key, m.Speaker, n);
            }
        }

        return top;
    }

    /// <summary>How many resolved quotes before <paramref name="before"/> have the speaker <paramref name="key"/>.</summary>
    private static int TimesSpoken(SpeakerContext context, string key, int before)
    {
        int n = 0;
        foreach (Mention m in context.Resolved.InOrder)
        {
            n += m.First < before && m.Speaker.Key == key ? 1 : 0;
        }

        return n;
    }

    /// <summary>The nearest organisation mentioned before <paramref name="before"/> in its sentence, outside quotations and reported contents; else null.</summary>
    private static SpeakerCandidate? SameSentenceOrganisation(SpeakerContext context, int before)
    {
        DocumentView v = context.View;
        MentionIndex mentions = context.Mentions;
        int sentence = v.SentenceOf[before];
        for (int k = mentions.OrganisationsBefore(before) - 1; k >= 0; k--)
        {
            Organisation o = mentions.OrganisationAt(k);
            if (v.SentenceOf[o.First] != sentence)
            {
                return null;
            }

            if (!v.InQuote(o.First) && !context.InReportedContent(o.First) && o.Speaker.Type == Documents.EntityType.Organization)
            {
                return o.Speaker;
            }
        }

        return null;
    }

    /// <summary>How many paragraphs back an unnamed "the company" may reach for its organisation.</summary>
    private const int SalientParagraphs = 2;

    /// <summary>
    /// The organisation an unnamed "the company" or "the firm" refers to, among those mentioned in this paragraph and
    /// the two before, or one that spoke in the last four: the last one that already spoke (the story's subject: "Umbro said … Chelsea …. The firm said" is
    /// Umbro; "… under review by the SEC. The company said" is the company that has been speaking, not the regulator
    /// named last), else the nearest.
    /// </summary>
    internal static SpeakerCandidate? SalientOrganisation(SpeakerContext context, int before)
    {
        DocumentView v = context.View;
        MentionIndex mentions = context.Mentions;
        int paragraph = v.ParagraphOf[before];
        int last = mentions.OrganisationsBefore(before) - 1;
        SpeakerCandidate? nearest = null;
        var window = new HashSet<string>(StringComparer.Ordinal);
        for (int k = last; k >= 0 && last - k < 200 && paragraph - v.ParagraphOf[mentions.OrganisationAt(k).First] <= SalientParagraphs; k--)
        {
            Organisation o = mentions.OrganisationAt(k);
            if (NamedAsMedium(v, o.First, o.End))
            {
                continue; // Session 18: "…, the BBC News website has learned": the medium reporting the story is not its firm
            }

            nearest ??= o.Speaker;
            window.Add(o.Speaker.Key);
        }

        IReadOnlyList<Mention> spoke = context.Resolved.InOrder;
        for (int i = spoke.Count - 1; i >= 0 && spoke.Count - i <= 50; i--)
        {
            Mention m = spoke[i];
            if (m.First < before && paragraph - v.ParagraphOf[m.First] <= 2 * SalientParagraphs && !NamedAsMedium(v, m.First, m.End)
                && (window.Contains(m.Speaker.Key) || m.Speaker.Type == Documents.EntityType.Organization))
            {
                return m.Speaker;
            }
        }

        return nearest;
    }

    /// <summary>Nouns naming a news medium after its name ("the BBC News website", "the Herald newspaper").</summary>
    private static readonly string[] MediumNouns = ["website", "newspaper", "paper", "programme", "program", "magazine", "channel", "radio", "station"];

    /// <summary>Most tokens of a mention read for its medium noun.</summary>
    private const int MaxMediumMention = 8;

    /// <summary>
    /// True when the mention [<paramref name="first"/>, <paramref name="end"/>) ends with, or is followed by, a medium noun
    /// ("the BBC News website has learned"): the publication reporting the story, which is no antecedent of "the company",
    /// "the airline" or "it".
    /// </summary>
    private static bool NamedAsMedium(DocumentView v, int first, int end)
    {
        if (end - first > MaxMediumMention || end <= first)
        {
            return false;
        }

        return (v.Shapes[end - 1] == TokenShape.Lower && v.TextIsAny(end - 1, MediumNouns))
            || (end < v.Count && v.Shapes[end] == TokenShape.Lower && v.SentenceOf[end] == v.SentenceOf[end - 1] && v.TextIsAny(end, MediumNouns));
    }

    /// <summary>Organisation nouns for a business, which news uses as an anaphor for the firm of the story ("the company", "the Seoul-based group").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> BusinessNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["company", "firm", "group", "bank", "corporation", "airline", "carrier", "insurer", "lender", "retailer", "manufacturer", "operator", "broadcaster", "utility", "consortium"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BusinessNounLookup = BusinessNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a business noun (company, firm, group, bank …), which a place before it does not name.</summary>
    internal static bool IsBusinessNoun(ReadOnlySpan<char> word) => BusinessNounLookup.Contains(word);

    /// <summary>True when the token is part of a place or nationality the recogniser found.</summary>
    private static bool IsPlaceWord(DocumentView v, int t) =>
        v.EntityOf[t] >= 0 && v.Document.Entities[v.EntityOf[t]].Type is Documents.EntityType.Location or Documents.EntityType.Miscellaneous;

    /// <summary>
    /// True when the entity <paramref name="head"/> is only the place or nationality of a definite business noun that ends
    /// the phrase's head part, with nothing but place words and lower-case modifiers between ("The South Yorkshire company",
    /// "the Californian firm"): the phrase refers back to a firm, it is not the place.
    /// </summary>
    internal static bool PlaceBeforeBusinessNoun(DocumentView v, Documents.EntityMention head, int phraseFirst, int headEnd)
    {
        int noun = headEnd - 1;
        if (head.Type is not (Documents.EntityType.Location or Documents.EntityType.Miscellaneous) || noun <= phraseFirst || head.EndToken > noun
            || !v.TextIs(phraseFirst, "the") || v.Shapes[noun] != TokenShape.Lower || !IsBusinessNoun(v.Chars(noun)))
        {
            return false;
        }

        for (int t = phraseFirst + 1; t < noun; t++)
        {
            if (!IsPlaceWord(v, t) && !(v.Shapes[t] == TokenShape.Lower && NounPhrases.IsNounAfter(v, t)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsWord(string name, ReadOnlySpan<char> word)
    {
        int from = 0;
        while (from <= name.Length - word.Length)
        {
            int i = name.AsSpan(from).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return false;
            }

            i += from;
            int after = i + word.Length;
            if ((i == 0 || !char.IsLetter(name[i - 1])) && (after == name.Length || !char.IsLetter(name[after])))
            {
                return true;
            }

            from = i + 1;
        }

        return false;
    }

    /// <summary>True when a lower-case noun or adjective (not a determiner) modifies the noun at <paramref name="noun"/> ("the select | committee").</summary>
    private static bool LowerModifierBefore(DocumentView v, int modifiersFirst, int noun)
    {
        for (int t = modifiersFirst; t < noun; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && !v.Is(t, WordClass.Determiner) && !SpeakerWords.IsDefinite(v.Chars(t)))
            {
                return true;
            }
        }

        return false;
    }
}
