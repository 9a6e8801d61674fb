using NewsNlp.Quotes.Sources;
using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// A singular role noun ("the spokesman"): the person it described earlier ("A spokesman for the agency, Daniel Reyes,
/// said …"), or, for a definite one, a person named as a speaker just before ("Donald Trump says … . The Republican
/// nominee noted …"). Not an organisation noun: "the government" is no minister named near an earlier "government".
/// </summary>
internal sealed class RoleNounRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.RoleNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head, pf = phrase.PhraseFirst;
        // An organisation noun ("the government", "the court") is not a person named near an earlier use of the word.
        if (!(v.Is(head, WordClass.RoleNoun) || PersonNouns.IsTitle(v, head)) || NounPhrases.IsPlural(v.Chars(head)) || SpeakerWords.IsIndefinite(v.Chars(pf)) || SpeakerWords.IsDocumentNoun(v.Chars(head))
            || SpeakerWords.IsOrgNoun(v.Chars(head)))
        {
            return false;
        }

        speaker = RoleAntecedent(context, head, pf, phrase.First);
        bool modified = head > pf + (v.Is(pf, WordClass.Determiner) || SpeakerWords.IsDefinite(v.Chars(pf)) ? 1 : 0);
        if (speaker is null && modified && phrase.PhraseEnd == phrase.HeadEnd && !v.Is(head, WordClass.NonPersonNameWord) && !v.TextIsAny(head, PrizeNouns))
        {
            speaker = RoleTitleAfter(context, head, pf, phrase.End);
        }

        // "He said the man shouted: …": a plain "the man" or "the woman" is someone other than the speaker just named.
        // "Our correspondent says …": the publication's own reporter, not the person quoted just before.
        // Session 19: "the prime minister" is one office-holder; a speaker just before who was never called so ("Mr Brown")
        // is not that person — with no earlier "Prime Minister X" the office itself speaks.
        // Session 24: "His team-mate Kofi Mensah went further. Writing on Instagram, the Ghana forward thanked …": a position
        // noun under a capitalised modifier (a nationality, a country or a club) is the one person named in the sentence
        // before or earlier in its own, whether or not they spoke before — not the last person who spoke. With two persons
        // there ("Kevin Campbell has gained an injunction stopping Mark Morrison …. The Everton striker …") it is left to
        // the rules below.
        if (speaker is null && v.TextIs(pf, "the") && PersonNouns.IsTitleWord(v, head) && v.Shapes[head] == TokenShape.Lower && NameModified(v, pf, head))
        {
            speaker = OnlyPersonNamedJustBefore(context, pf);
        }

        if (speaker is null && SpeakerWords.IsDefinite(v.Chars(pf)) && !IsPlainPersonNoun(v.Chars(head)) && !v.TextIs(pf, "our") && !IsPrimeMinister(v, pf, head))
        {
            speaker = RecentNamedSpeaker(context, phrase.First, head, pf);
        }

        return speaker is not null;
    }

    /// <summary>The one person (outside quotations) named in the sentence before <paramref name="before"/>'s or earlier in its own, or null (none, or two).</summary>
    private static SpeakerCandidate? OnlyPersonNamedJustBefore(SpeakerContext context, int before)
    {
        DocumentView v = context.View;
        MentionIndex mentions = context.Mentions;
        int sentence = v.SentenceOf[before];
        SpeakerCandidate? found = null;
        for (int i = mentions.LastMentionBefore(before), seen = 0; i >= 0 && seen < MaxQuietMentions && sentence - v.SentenceOf[mentions[i].First] <= 1; i--, seen++)
        {
            Mention m = mentions[i];
            if (!m.Speaker.IsPerson || m.Speaker.Type != EntityType.Person || v.InQuote(m.First))
            {
                continue;
            }

            if (found is not null && !string.Equals(found.Key, m.Speaker.Key, StringComparison.Ordinal))
            {
                return null;
            }

            found = m.Speaker;
        }

        return found;
    }

    /// <summary>True when every word between the determiner and the head is capitalised and at least one is ("the Ghana forward", "the Arsenal striker").</summary>
    private static bool NameModified(DocumentView v, int determiner, int head)
    {
        if (head - determiner < 2 || head - determiner > 3)
        {
            return false;
        }

        for (int t = determiner + 1; t < head; t++)
        {
            if (v.Shapes[t] != TokenShape.Capitalised || v.InQuote(t) || v.Is(t, WordClass.CapitalisedFunctionWord))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Session 22: nouns of a prize's holder ("the Oscar winner"): a prize has many holders, so a later "Oscar winner X"
    /// is no office's holder named after the office (as "Home Secretary X" is); the person named before is meant.
    /// </summary>
    private static readonly string[] PrizeNouns = ["winner", "laureate"];

    private static SpeakerCandidate? RoleAntecedent(SpeakerContext context, int head, int phraseFirst, int sourceFirst)
    {
        // An earlier mention of the same role noun next to a name: "the transit spokesman, Daniel Reyes" or "X, the spokesman";
        // its capitalised modifiers too ("the Republican nominee" is not the Democratic one).
        DocumentView v = context.View;
        ReadOnlySpan<char> word = v.Chars(head);
        List<int> positions = context.Mentions.RoleNounPositions(word);

        // An earlier source described by the same role ("one top strategist warned …", then "the strategist said") is only
        // taken for a role of a person ("campaign" and "court" are role nouns too), and a role with a name of its own
        // ("Clinton's campaign") only for an earlier role with one.
        bool personRole = !v.Is(head, WordClass.NonPersonNameWord);
        bool named = false;
        for (int m = phraseFirst; m < head; m++)
        {
            named |= v.Shapes[m] == TokenShape.Capitalised && !v.Is(m, WordClass.Determiner | WordClass.CapitalisedFunctionWord);
        }

        // Session 15: a role with a capitalised modifier ("The French president") is first looked for where the same
        // modifier stands before the role ("French President Ana Ruiz"), nearest first, before a bare title nearer to it
        // ("President Tom Hurst of the United States") may take it.
        if (named && personRole)
        {
            for (int p = SortedSearch.CountBefore(positions, sourceFirst, static t => t) - 1; p >= 0 && sourceFirst - positions[p] < 3000; p--)
            {
                int t = positions[p];
                if (!v.InQuote(t) && v.Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase) && SameCapitalisedModifiers(v, phraseFirst, head, t)
                    && (ResolvedAt(context, t) ?? NearbyPerson(context, t)) is { } modified)
                {
                    return modified;
                }
            }
        }

        // The same role noun's earlier positions, nearest first (an index instead of a scan over every token before).
        for (int p = SortedSearch.CountBefore(positions, sourceFirst, static t => t) - 1; p >= 0 && sourceFirst - positions[p] < 3000; p--)
        {
            int t = positions[p];
            if (v.InQuote(t) || !v.Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase) || !ModifiersBefore(v, phraseFirst, head, t))
            {
                continue;
            }

            if (personRole && (!named || CapitalisedBefore(v, t)) && ResolvedAt(context, t) is { } described)
            {
                return described; // "one top Republican strategist warned …" then "said the strategist": that source
            }

            if (NearbyPerson(context, t) is { } person)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// A later title of a named person with the same role and modifiers ("The home secretary said …" before "Home
    /// Secretary Charles Clarke told …"): news sometimes names the office first. Only a title right before the name or an
    /// appositive right after it counts, within the next few paragraphs, and only for a role with modifiers of its own that
    /// the later title has too (a bare "the chairman" may be anyone's).
    /// </summary>
    private static SpeakerCandidate? RoleTitleAfter(SpeakerContext context, int head, int phraseFirst, int sourceEnd)
    {
        DocumentView v = context.View;
        ReadOnlySpan<char> word = v.Chars(head);
        List<int> positions = context.Mentions.RoleNounPositions(word);
        for (int p = SortedSearch.CountBefore(positions, sourceEnd, static t => t); p < positions.Count && positions[p] - sourceEnd < 600; p++)
        {
            int t = positions[p];
            if (v.InQuote(t) || !v.Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase) || !ModifiersBefore(v, phraseFirst, head, t)
                || v.ParagraphOf[t] - v.ParagraphOf[sourceEnd - 1] > 3)
            {
                continue;
            }

            if (NearbyPerson(context, t) is { } person)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// True when every capitalised modifier of the phrase [<paramref name="first"/>, <paramref name="head"/>) ("French" of
    /// "The French president") stands among the few words right before the earlier role noun at <paramref name="noun"/>
    /// ("French President").
    /// </summary>
    private static bool SameCapitalisedModifiers(DocumentView v, int first, int head, int noun)
    {
        bool any = false;
        for (int m = first; m < head; m++)
        {
            if (v.Shapes[m] != TokenShape.Capitalised || v.Is(m, WordClass.Determiner | WordClass.CapitalisedFunctionWord))
            {
                continue;
            }

            bool found = false;
            for (int t = noun - 1; t >= 0 && noun - t <= 3 && v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised && !v.Is(t, WordClass.Determiner) && !found; t--)
            {
                found = v.Chars(t).Equals(v.Chars(m), StringComparison.OrdinalIgnoreCase);
            }

            if (!found)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>True when a capitalised word modifies the role noun at <paramref name="noun"/> ("the Drexel spokesman").</summary>
    private static bool CapitalisedBefore(DocumentView v, int noun)
    {
        for (int t = noun - 1; t >= 0 && noun - t <= 3 && v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised && !v.Is(t, WordClass.Determiner); t--)
        {
            if (v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the tokens [<paramref name="from"/>, <paramref name="noun"/>] are lower-case nouns and modifiers ("one Republican | political strategist").</summary>
    private static bool ModifiesUpTo(DocumentView v, int from, int noun)
    {
        for (int t = from; t <= noun; t++)
        {
            if (!NounPhrases.IsNounAfter(v, t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The speaker resolved for the source mention covering (or whose phrase ends at) <paramref name="token"/> when it is one person (a description such as "a Drexel spokesman"), or null.</summary>
    private static SpeakerCandidate? ResolvedAt(SpeakerContext context, int token)
    {
        // The resolved persons are sorted by position: the last one or two starting at or before the token are the only
        // ones that can cover it (a binary search, not a scan per role-noun position).
        ResolvedMentions resolved = context.Resolved;
        int below = resolved.PersonsBefore(token + 1);
        for (int i = below - 1; i >= 0 && below - i <= 2; i--)
        {
            Mention m = resolved.PersonAt(i);
            if (m.First <= token && token < m.End + 3 && (token < m.End || ModifiesUpTo(context.View, m.End, token)))
            {
                return m.Speaker;
            }
        }

        return null;
    }

    /// <summary>The person speaker resolved by name in this sentence or the two before it, or null.</summary>
    internal static SpeakerCandidate? RecentNamedSpeaker(SpeakerContext context, int before, int head, int phraseFirst)
    {
        DocumentView v = context.View;
        int sentence = v.SentenceOf[before];
        IReadOnlyList<Mention> recent = context.Resolved.InOrder;
        // "X said …. But the chancellor said …": a contrast opening the sentence answers the speaker just before.
        bool contrast = OpensWithContrast(v, before);
        for (int i = recent.Count - 1; i >= 0 && recent.Count - i <= 3; i--)
        {
            Mention m = recent[i];
            if (m.First < before && m.Speaker.IsPerson && (m.Speaker.Type == EntityType.Person || m.Speaker.Type is null && IsNameLike(m.Speaker.Name)))
            {
                if (contrast && sentence - v.SentenceOf[m.First] == 1)
                {
                    continue;
                }

                if (SpeakerWords.IsSpokesNoun(v.Chars(head)))
                {
                    // A spokesman speaks for someone else: "President Reagan has reaffirmed … . '…,' the presidential
                    // spokesman added" is not Reagan. Only a speaker named as a spokesperson is the spokesman, whatever
                    // the office's modifiers ("White House spokesman Marlin Fitzwater" is the presidential spokesman).
                    if (!NamedAsSpokesperson(v, m) && !(CapitalisedModifier(v, phraseFirst, head) && ShadowTitled(context, m.Speaker.Key, before)))
                    {
                        continue;
                    }

                    return sentence - v.SentenceOf[m.First] <= 2 ? m.Speaker : null;
                }

                if (TitledOtherwise(v, m, head, phraseFirst))
                {
                    continue; // "New Home Secretary Clara Dunmore vowed …" is not "the foreign secretary"
                }

                if (PossessedOtherRole(context, m.Speaker.Key, head, before))
                {
                    continue; // "…, his manager Karl Berg confirmed. Berg said …. The heavy metal star said" is not Berg
                }

                return sentence - v.SentenceOf[m.First] <= 2 || OnlyPersonSince(context, m, before) ? m.Speaker : null;
            }
        }

        return null;
    }

    /// <summary>Most sentences between a named speaker and a later role noun that <see cref="OnlyPersonSince"/> bridges.</summary>
    private const int MaxQuietSentences = 5;

    /// <summary>Most mentions looked at between the speaker and the role noun (keeps the check bounded).</summary>
    private const int MaxQuietMentions = 40;

    /// <summary>
    /// Session 23: <c>Ms Hewitt also announced …. Plans include …. Women earn 19% less, according to the commission. ¶
    /// The minister told delegates …</c>: a role noun a few sentences after a named person spoke, in the same or the next
    /// paragraph, with no other person named outside quotations in between, is that person — news copy varies the
    /// reference to the one person it follows (a statistic or an organisation between does not change the topic).
    /// </summary>
    private static bool OnlyPersonSince(SpeakerContext context, Mention speaker, int before)
    {
        DocumentView v = context.View;
        if (v.SentenceOf[before] - v.SentenceOf[speaker.First] > MaxQuietSentences || v.ParagraphOf[before] - v.ParagraphOf[speaker.First] > 1)
        {
            return false;
        }

        MentionIndex mentions = context.Mentions;
        for (int i = mentions.LastMentionBefore(before), seen = 0; i >= 0 && seen < MaxQuietMentions && mentions[i].First >= speaker.End; i--, seen++)
        {
            Mention other = mentions[i];
            if (other.Speaker.IsPerson && !v.InQuote(other.First) && !string.Equals(other.Speaker.Key, speaker.Speaker.Key, StringComparison.Ordinal))
            {
                return false;
            }

            if (seen + 1 == MaxQuietMentions)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Most of the speaker's earlier mentions looked at for a possessed role (keeps the check bounded).</summary>
    private const int MaxMentionsForRole = 60;

    /// <summary>
    /// True when the speaker <paramref name="key"/> was introduced by a role that belongs to someone else — a possessive
    /// determiner, then a role or person noun other than the one at <paramref name="head"/>, right before the name ("his
    /// manager Karl Berg", "her lawyer Ana Ruiz"): a person defined by whose manager they are is not "the star".
    /// </summary>
    private static bool PossessedOtherRole(SpeakerContext context, string key, int head, int before)
    {
        DocumentView v = context.View;
        MentionIndex mentions = context.Mentions;
        ReadOnlySpan<char> word = v.Chars(head);
        for (int i = mentions.LastMentionBefore(before), seen = 0; i >= 0 && seen < MaxMentionsForRole; i--, seen++)
        {
            Mention mention = mentions[i];
            int role = mention.First - 1;
            if (!string.Equals(mention.Speaker.Key, key, StringComparison.Ordinal) || role < 1 || v.Shapes[role] != TokenShape.Lower
                || v.SentenceOf[role] != v.SentenceOf[mention.First] || !(v.Is(role, WordClass.RoleNoun) || PersonNouns.EndAt(v, role) == role + 1)
                || v.Chars(role).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (v.TextIs(role - 1, "his") || v.TextIs(role - 1, "her") || v.TextIs(role - 1, "their"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence of <paramref name="token"/> opens with "But", "However" or "Yet" before it.</summary>
    private static bool OpensWithContrast(DocumentView v, int token)
    {
        int first = NounPhrases.SentenceStart(v, token);
        while (first < token && v.Shapes[first] is TokenShape.QuoteMark or TokenShape.Punctuation)
        {
            first++;
        }

        return first < token && (v.TextIs(first, "But") || v.TextIs(first, "However") || v.TextIs(first, "Yet"));
    }

    /// <summary>True when a capitalised word (not a determiner) stands between the phrase's first word and its head ("the Tory spokesman").</summary>
    private static bool CapitalisedModifier(DocumentView v, int phraseFirst, int head)
    {
        for (int t = phraseFirst; t < head; t++)
        {
            if (v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.Determiner | WordClass.CapitalisedFunctionWord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 25: true when a mention of the speaker <paramref name="key"/> before <paramref name="before"/> is titled
    /// "shadow …" (<c>Shadow foreign secretary Michael Ancram told MPs …. "…?" he asked. The Tory spokesman also criticised
    /// …</c>): a party's spokesperson on a subject is its shadow minister, so "the Tory spokesman" is the shadow minister who
    /// just spoke (a party-modified spokesman only; a bare "the spokesman" still speaks for someone else).
    /// </summary>
    private static bool ShadowTitled(SpeakerContext context, string key, int before)
    {
        DocumentView v = context.View;
        MentionIndex mentions = context.Mentions;
        for (int i = mentions.LastMentionBefore(before), seen = 0; i >= 0 && seen < MaxMentionsForRole; i--, seen++)
        {
            Mention mention = mentions[i];
            if (!string.Equals(mention.Speaker.Key, key, StringComparison.Ordinal) || v.InQuote(mention.First))
            {
                continue;
            }

            for (int t = Math.Max(0, mention.First - 3); t < mention.End; t++)
            {
                if (v.TextIs(t, "shadow") && v.SentenceOf[t] == v.SentenceOf[mention.First])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Most tokens between a spokesperson noun and the name it titles ("White House spokesman | Marlin Fitzwater", "X, a spokeswoman for …").</summary>
    private const int MaxSpokesTitleGap = 3;

    /// <summary>True when a spokesperson noun titles the mention <paramref name="m"/>: inside it, right before it or in an appositive right after it.</summary>
    private static bool NamedAsSpokesperson(DocumentView v, Mention m)
    {
        int sentence = v.SentenceOf[m.First];
        for (int t = Math.Max(0, m.First - MaxSpokesTitleGap); t < m.End + MaxSpokesTitleGap + 1 && t < v.Count; t++)
        {
            if (v.SentenceOf[t] == sentence && SpeakerWords.IsSpokesNoun(v.Chars(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the named mention <paramref name="m"/> carries the role noun at <paramref name="head"/> as its title with
    /// other modifiers ("Home Secretary Clara Dunmore" for "the foreign secretary").
    /// </summary>
    private static bool TitledOtherwise(DocumentView v, Mention m, int head, int phraseFirst)
    {
        ReadOnlySpan<char> word = v.Chars(head);
        for (int t = Math.Max(0, m.First - 2); t < m.End && t < v.Count; t++)
        {
            if (v.Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return !ModifiersBefore(v, phraseFirst, head, t);
            }
        }

        return false;
    }

    /// <summary>True for a name written as one (every word capitalised, "de"/"al-" particles aside): "Ella Marsh", not "the spokesman".</summary>
    private static bool IsNameLike(string name)
    {
        bool any = false;
        foreach (string w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(w[0]))
            {
                any = true;
            }
            else if (QuoteLexicon.Classify(w) != WordClass.NameParticle && !w.StartsWith("al-", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return any && name.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>
    /// False when the earlier role noun at <paramref name="noun"/> has capitalised modifiers of its own and they are not
    /// those of the phrase [first, head): "the Green nominee" is not "the Labour nominee"; "the trade minister" may be
    /// "the Finnish trade minister".
    /// </summary>
    internal static bool ModifiersBefore(DocumentView v, int first, int head, int noun)
    {
        bool earlierModified = false, earlierAny = false, allFound = true;
        for (int t = noun - 1; t >= 0 && noun - t <= 4; t--)
        {
            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised) || v.Is(t, WordClass.Determiner | WordClass.Boundary)
                || (v.Shapes[t] == TokenShape.Lower && (v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Adverb
                    | WordClass.SingularPronoun | WordClass.PluralPronoun | WordClass.ObjectPronoun) || SpeakerWords.IsPreposition(v.Chars(t)) || SourceFinder.IsLyAdverb(v, t))))
            {
                break;
            }

            earlierAny = true;
            if (v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord))
            {
                earlierModified = true;
            }
        }

        // Session 25: the other way round too: "The shadow chancellor said" is not the person called "the chancellor" before
        // ("The chancellor also hailed …. But Oliver Letwin, for the Tories, attacked …. The shadow chancellor said …").
        for (int m = first; m < head; m++)
        {
            if (IsOfficeChangingWord(v.Chars(m)) && !WordBefore(v, noun, v.Chars(m)))
            {
                return false;
            }
        }

        if (!earlierModified && !earlierAny)
        {
            return true;
        }

        for (int t = Math.Max(0, noun - 4); t < noun; t++)
        {
            if (IsOfficeChangingWord(v.Chars(t)) && !PhraseHas(v, first, head, v.Chars(t)))
            {
                return false; // "Vice President Joe Biden" is not "the president"
            }
        }

        for (int m = first; m < head; m++)
        {
            // Capitalised modifiers must be the earlier ones when it had some ("the Green nominee" is not "the Labour
            // nominee"; "the Finnish trade minister" may be "the trade minister"); lower-case ones too when the earlier
            // role had any modifier ("the foreign secretary" is not "Home Secretary Charles Clarke").
            bool capitalised = v.Shapes[m] == TokenShape.Capitalised && !v.Is(m, WordClass.Determiner | WordClass.CapitalisedFunctionWord) && earlierModified;
            bool lower = v.Shapes[m] == TokenShape.Lower && !v.Is(m, WordClass.Determiner | WordClass.Adverb) && earlierAny && !IsRankWord(v.Chars(m));
            if (!capitalised && !lower)
            {
                continue;
            }

            bool found = false;
            for (int t = Math.Max(0, noun - 4); t < noun && !found; t++)
            {
                found = v.Chars(t).Equals(v.Chars(m), StringComparison.OrdinalIgnoreCase);
            }

            allFound &= found;
        }

        return allFound;
    }

    /// <summary>
    /// True when the person mention <paramref name="m"/> is the one the role noun at <paramref name="role"/> describes: the
    /// name right after it ("spokesman Daniel Reyes", "the transit spokesman, Daniel Reyes") or an appositive right before
    /// it ("Daniel Reyes, the agency's spokesman"); not a name across a preposition ("a spokesman for Mr Blair") or a verb,
    /// nor one that is a preposition's object ("according to Anna Kowalski, the minister said").
    /// </summary>
    private static bool AttachedToRole(DocumentView v, Mention m, int role)
    {
        if (m.First <= role && role < m.End)
        {
            return true; // the recogniser took the title into the name ("Home Secretary Charles Clarke")
        }

        if (m.First > role)
        {
            if (m.First - role > 3)
            {
                return false;
            }

            for (int t = role + 1; t < m.First; t++)
            {
                if (v.Shapes[t] != TokenShape.Comma && !v.IsNameToken(t))
                {
                    return false;
                }
            }

            return true;
        }

        if (m.End > role || role - m.End > 5 || v.Shapes[Math.Min(m.End, v.Count - 1)] != TokenShape.Comma)
        {
            return false;
        }

        if (m.First > 0 && v.Shapes[m.First - 1] == TokenShape.Lower && (SpeakerWords.IsPreposition(v.Chars(m.First - 1)) || v.TextIs(m.First - 1, "to")))
        {
            return false; // "According to Anna Kowalski, the minister said": a name after a preposition is not in apposition
        }

        if (InOpeningAdjunct(v, m.First))
        {
            return false; // session 20: "Echoing the new US Secretary of State Condoleezza Rice, the prime minister said"
        }

        for (int t = m.End + 1; t < role; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && (v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary) || SpeakerWords.IsPreposition(v.Chars(t))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Session 20: true when the name at <paramref name="first"/> closes the object of a participle or preposition that
    /// opens its clause: <c>Echoing the new US Secretary of State Condoleezza Rice, the prime minister said</c>,
    /// <c>After talks with Chancellor Ana Ruiz, the minister said</c>. Going back over the name's title words
    /// (capitalised words, <c>of</c>, determiners, lower-case modifiers) to the word that governs the phrase; a name
    /// there is the object, not in apposition to the role after the comma.
    /// </summary>
    private static bool InOpeningAdjunct(DocumentView v, int first)
    {
        int sentence = v.SentenceOf[first];
        for (int k = first - 1; k >= 0 && first - k <= 8 && v.SentenceOf[k] == sentence && !v.InQuote(k); k--)
        {
            ReadOnlySpan<char> w = v.Chars(k);
            bool opening = k == 0 || v.SentenceOf[k - 1] != sentence;
            if (v.Shapes[k] != TokenShape.Capitalised && v.Shapes[k] != TokenShape.Lower)
            {
                return false; // a comma, bracket or number: the name opens a phrase of its own
            }

            if ((v.Shapes[k] == TokenShape.Lower || opening) && (SpeakerWords.IsPreposition(w) || IsParticiple(w)) && !w.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (v.Shapes[k] == TokenShape.Lower && !v.Is(k, WordClass.Determiner) && !w.Equals("of", StringComparison.Ordinal) && !IsRankWord(w))
            {
                return false; // a verb or another word of the clause ("said Tony Blair, the prime minister")
            }
        }

        return false;
    }

    /// <summary>An -ing form of four letters or more before its stem ("echoing", "Following").</summary>
    private static bool IsParticiple(ReadOnlySpan<char> w) => w.Length > 5 && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the phrase "the prime minister" (<paramref name="pf"/> "the", <paramref name="head"/> "minister" after "prime").</summary>
    private static bool IsPrimeMinister(DocumentView v, int pf, int head) =>
        head == pf + 2 && v.TextIs(pf, "the") && v.TextIs(head - 1, "prime") && v.TextIs(head, "minister");

    /// <summary>
    /// Nouns that say only that someone is a person ("the man", "the woman"): news uses them for someone not named yet,
    /// not as another name for a speaker it has named (that is "the minister", "the 45-year-old").
    /// </summary>
    internal static bool IsPlainPersonNoun(ReadOnlySpan<char> w) =>
        w.Equals("man", StringComparison.OrdinalIgnoreCase) || w.Equals("woman", StringComparison.OrdinalIgnoreCase) || w.Equals("person", StringComparison.OrdinalIgnoreCase)
        || w.Equals("boy", StringComparison.OrdinalIgnoreCase) || w.Equals("girl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that make another office of a role: "Vice President", "deputy minister", "assistant secretary".</summary>
    private static bool IsOfficeChangingWord(ReadOnlySpan<char> w) =>
        w.Equals("vice", StringComparison.OrdinalIgnoreCase) || w.Equals("deputy", StringComparison.OrdinalIgnoreCase) || w.Equals("assistant", StringComparison.OrdinalIgnoreCase)
        || w.Equals("acting", StringComparison.OrdinalIgnoreCase) || w.Equals("shadow", StringComparison.OrdinalIgnoreCase) || w.Equals("associate", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> stands among the four words right before the role noun at <paramref name="noun"/>.</summary>
    private static bool WordBefore(DocumentView v, int noun, ReadOnlySpan<char> word)
    {
        for (int t = Math.Max(0, noun - 4); t < noun; t++)
        {
            if (v.Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PhraseHas(DocumentView v, int first, int head, ReadOnlySpan<char> word)
    {
        for (int m = first; m < head; m++)
        {
            if (v.Chars(m).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that grade a role rather than name a different one ("the former minister", "the new secretary", "the top official").</summary>
    private static bool IsRankWord(ReadOnlySpan<char> w) =>
        w.Equals("former", StringComparison.OrdinalIgnoreCase) || w.Equals("new", StringComparison.OrdinalIgnoreCase) || w.Equals("top", StringComparison.OrdinalIgnoreCase)
        || w.Equals("senior", StringComparison.OrdinalIgnoreCase) || w.Equals("chief", StringComparison.OrdinalIgnoreCase) || w.Equals("same", StringComparison.OrdinalIgnoreCase);

    /// <summary>The speaker of the nearest person mention around <paramref name="token"/> in its sentence (among the few mentions before token + 12), or null.</summary>
    private static SpeakerCandidate? NearbyPerson(SpeakerContext context, int token)
    {
        MentionIndex mentions = context.Mentions;
        DocumentView v = context.View;
        int i = mentions.LastMentionBefore(token + 12);
        for (int k = i; k >= 0 && k > i - 6; k--)
        {
            Mention m = mentions[k];
            if (m.Speaker.IsPerson && v.SentenceOf[m.First] == v.SentenceOf[token] && AttachedToRole(v, m, token))
            {
                return m.Speaker;
            }
        }

        return null;
    }
}
