using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// An entity mention heading the phrase is the speaker (its cluster, by the fullest form of the name written around
/// it); a person's mention wins over an organisation's.
/// </summary>
internal sealed class EntityRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.Entity;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        if (!v.HasEntities)
        {
            return false;
        }

        int best = HeadEntity(v, phrase.PhraseFirst, phrase.HeadEnd, phrase.PhraseEnd);
        if (best < 0)
        {
            return false;
        }

        MentionIndex mentions = context.Mentions;
        EntityMention head = v.Document.Entities[best];
        if (head.Type != EntityType.Person && RoleAfterNameBeyondPhrase(v, head, phrase.PhraseEnd))
        {
            // "A Department for Education and Skills spokeswoman said": the mention stopped inside the organisation's name;
            // the role noun after the name heads the phrase, and without a name of its own the role phrase speaks.
            string role = mentions.Describe(phrase.PhraseFirst, head.EndToken + 1, out string roleKey);
            speaker = new SpeakerCandidate(roleKey, role, null, -1, IsPerson: true, IsGroup: false);
            return true;
        }

        if (head.EndToken - head.FirstToken == 1 && PersonNouns.IsCapitalisedTitle(v, head.FirstToken))
        {
            return false; // "The Chancellor said": an office the role rules resolve, though the recogniser tagged it
        }

        if (PortfolioTitle(v, head, phrase.PhraseFirst))
        {
            return false; // session 23: "the Trade and Industry Secretary has said": an office, though tagged an organisation
        }

        if (OrganisationNounRule.PlaceBeforeBusinessNoun(v, head, phrase.PhraseFirst, phrase.HeadEnd))
        {
            return false; // "The South Yorkshire company said": the firm the story is about, described by its home
        }

        if (head.Type is EntityType.Location or EntityType.Miscellaneous && head.EndToken == phrase.Head && v.Shapes[phrase.Head] == TokenShape.Lower
            && SpeakerWords.IsAnyDocumentNoun(v.Chars(phrase.Head)))
        {
            return false; // session 16: "The Paris accord said": the place names the document, which speaks
        }

        if (head.EndToken < phrase.HeadEnd && NounPhrases.HyphenatedWithLowerWord(v, head.EndToken))
        {
            return false; // "a US-based insurance expert": the name is part of a modifier, the expert speaks
        }
        int roleNoun = NounPhrases.ListedNameEnd(v, Math.Min(v.Count, Math.Max(head.FirstToken + 1, head.EndToken)), phrase.HeadEnd);
        int named = roleNoun;
        while (named + 1 < phrase.HeadEnd && v.Shapes[named] == TokenShape.Capitalised && !v.Is(named, WordClass.CapitalisedFunctionWord) && v.EntityOf[named] != best)
        {
            named++; // "The Sydney | Olympic gold medallist": a name word the entity left out still modifies the role
        }

        if (named > roleNoun && v.Shapes[named] == TokenShape.Lower)
        {
            roleNoun = named;
        }

        if (roleNoun == phrase.Head && v.Shapes[roleNoun] == TokenShape.Lower && IsPrefixedRoleNoun(v.Chars(roleNoun)))
        {
            return false; // session 16: "the Tory co-chairman": a role noun with a prefix heads the phrase; the role rules resolve it
        }
        for (int k = roleNoun; k < phrase.HeadEnd && k - roleNoun < 2 && v.Shapes[k] == TokenShape.Lower && NounPhrases.IsNounAfter(v, k)
            && !v.Is(k, WordClass.RoleNoun) && !SpeakerWords.IsSpokesNoun(v.Chars(k)); k++)
        {
            if (k + 1 < phrase.HeadEnd && v.Shapes[k + 1] == TokenShape.Lower && (v.Is(k + 1, WordClass.RoleNoun) || PersonNouns.EndAt(v, k + 1) == k + 2))
            {
                roleNoun = k + 1; // "one Liberal political | strategist": the role after a lower-case modifier
                break;
            }
        }
        if (roleNoun + 1 < phrase.HeadEnd && v.Shapes[roleNoun] == TokenShape.Lower && v.Is(roleNoun, WordClass.NonPersonNameWord))
        {
            // "A Reagan administration official": the body a person's name modifies, then the role of one of its people.
            for (int k = roleNoun + 1; k < phrase.HeadEnd && k - roleNoun <= 2 && NounPhrases.IsNounAfter(v, k); k++)
            {
                if ((v.Is(k, WordClass.RoleNoun) && !v.Is(k, WordClass.NonPersonNameWord)) || PersonNouns.EndAt(v, k) == k + 1 || SpeakerWords.IsSpokesNoun(v.Chars(k)))
                {
                    roleNoun = k;
                    break;
                }
            }
        }

        bool roleAfter = roleNoun < phrase.HeadEnd && v.Shapes[roleNoun] == TokenShape.Lower
            && (v.Is(roleNoun, WordClass.RoleNoun) || SpeakerWords.IsSpokesNoun(v.Chars(roleNoun)) || PersonNouns.EndAt(v, roleNoun) > 0) && !SpeakerWords.IsOrgNoun(v.Chars(roleNoun))
            && !(head.Type == EntityType.Person && v.Is(roleNoun, WordClass.NonPersonNameWord)); // "the Trump campaign" speaks for Trump
        if (roleAfter && NounPhrases.IsPlural(v.Chars(roleNoun)) && head.Type == EntityType.Person)
        {
            return false; // "Reagan aides": the aides (a description), not Reagan
        }

        if (roleAfter && !NounPhrases.IsPlural(v.Chars(roleNoun)))
        {
            // "Dean Witter analyst Eugene Nowak", "a Nedbank economist": the organisation modifies one person's role. The
            // person named after the role speaks; without a name the role phrase does (a description, not the
            // organisation). Plural roles ("Nordic Council officials") speak for the organisation. The same when the
            // recogniser took the modifier for a person ("a Drexel spokesman", "a Marsh spokeswoman"): a person's
            // spokesman is not that person either.
            int nameFirst = roleNoun + 1;
            while (nameFirst < phrase.HeadEnd && v.Shapes[nameFirst] == TokenShape.Lower && (v.Is(nameFirst, WordClass.RoleNoun) || SpeakerWords.IsSpokesNoun(v.Chars(nameFirst))))
            {
                nameFirst++;
            }

            (int nf, int ne) = nameFirst < phrase.HeadEnd ? mentions.NameRun(nameFirst, phrase.HeadEnd) : (-1, -1);
            if (nf == nameFirst && ne == phrase.HeadEnd)
            {
                int person = v.EntityOf[nf];
                speaker = person >= 0 && v.Document.Entities[person].Type == EntityType.Person ? mentions.FromEntity(person) : mentions.FromName(nf, ne);
                return true;
            }

            return false;
        }

        if (head.Type != EntityType.Person && (GroupNounAfter(v, head, phrase.PhraseFirst, phrase.HeadEnd) || NationalityBeforeNouns(v, head, phrase.PhraseFirst, phrase.HeadEnd)))
        {
            // "The US government", "BBC correspondents", "The Association of British insurers" (the recogniser stopped
            // at "British"): the noun after the name heads the phrase; the whole phrase speaks, which still names the
            // organisation or country.
            string description = mentions.Describe(phrase.PhraseFirst, phrase.HeadEnd, out string descriptionKey);
            EntityType? type = SpeakerWords.IsOrgNoun(v.Chars(phrase.Head)) ? EntityType.Organization : null; // "the Kade union" is an organisation, "BBC correspondents" are not
            speaker = new SpeakerCandidate(descriptionKey, description, type, -1, IsPerson: false, IsGroup: true);
            return true;
        }

        SpeakerCandidate entity = mentions.FromEntity(best);
        // A person's name run starts at the person (the mention has already taken in name words the recogniser left out):
        // "Brazilian Finance Minister Dilson Arauto" is Dilson Arauto.
        (int rf, int re) = mentions.NameRun(head.Type == EntityType.Person ? Math.Max(phrase.PhraseFirst, head.FirstToken) : phrase.PhraseFirst, phrase.HeadEnd);
        if (rf >= 0)
        {
            NameTable names = mentions.Names;
            ReadOnlySpan<char> written = names.FullName(names.JoinSpan(rf, re), out string? known);
            // Session 22: an organisation's name is not lengthened by a person's full name from the table ("Ford, the US car
            // company, reported" is not "Bill Ford" named later); only words written around it lengthen it. A name the
            // recogniser called an organisation once only ("Du Plessis said" after "Barend du Plessis") is still the person's.
            if (written.Length > entity.Name.Length && written.Contains(entity.Name, StringComparison.OrdinalIgnoreCase)
                && !(head.Type == EntityType.Organization && known is not null && IsPersonClusterName(v.Document, known) && RepeatedOrganisation(v.Document, head))
                && MentionIndex.WithoutTimeWords(known ?? written.ToString()) is { } untimed && untimed.Length > entity.Name.Length)
            {
                // Not a time adverb or a weekday the run took in ("Earlier Tony Blair", "Reagan Friday").
                string name = names.Intern(untimed, out string key);
                entity = entity with { Key = key, Name = name };
            }
        }

        if (head.Type == EntityType.Organization && NameAfterFor(v, head.EndToken) is > 0 and var forEnd
            && v.Text.AsSpan(v.Starts[head.FirstToken], v.Ends[forEnd - 1] - v.Starts[head.FirstToken]) is var full && full.EndsWith(entity.Name, StringComparison.Ordinal) is false
            && full.Contains(entity.Name, StringComparison.Ordinal))
        {
            // "the UN Economic Commission for Latin America": the recogniser stopped before "for" and a place; the body's
            // name runs on (as "Department for Transport", "Institute for Fiscal Studies" do).
            string name = mentions.Names.Intern(full, out string key);
            entity = entity with { Key = key, Name = name };
        }

        speaker = entity;
        return true;
    }

    /// <summary>
    /// Session 23: true when a non-person entity is an office's title after a determiner — capitalised portfolio words
    /// joined by "and" (and commas) ending in a capitalised office head ("Secretary", "Minister"; not "the Scottish Executive"): <c>the Trade and Industry Secretary</c>,
    /// <c>the Culture, Media and Sport Secretary</c>. The recogniser often tags such a title an organisation; it is
    /// one person's office, which the role rules resolve (to the holder the story names).
    /// </summary>
    private static bool PortfolioTitle(DocumentView v, EntityMention head, int phraseFirst)
    {
        int first = head.FirstToken, last = head.EndToken - 1;
        if (head.Type == EntityType.Person || last <= first || first < 1 || first - 1 < phraseFirst || !v.Is(first - 1, WordClass.Determiner)
            || !Sources.TitleCoordination.IsOfficeHead(v, last))
        {
            return false;
        }

        bool linked = false;
        for (int t = first; t < last; t++)
        {
            bool link = (v.Shapes[t] == TokenShape.Lower && v.TextIs(t, "and")) || v.Shapes[t] == TokenShape.Comma;
            linked |= link;
            if (!link && (v.Shapes[t] != TokenShape.Capitalised || v.Is(t, WordClass.CapitalisedFunctionWord)))
            {
                return false;
            }
        }

        return linked;
    }

    /// <summary>True when the organisation mention's cluster holds two or more mentions (the recogniser's firm reading is no one-off).</summary>
    private static bool RepeatedOrganisation(NewsDocument document, EntityMention mention)
    {
        foreach (DocumentEntity e in document.EntityClusters)
        {
            if (e.Id == mention.EntityId)
            {
                return e.Type == EntityType.Organization && e.MentionIndexes.Count >= 2;
            }
        }

        return false;
    }

    /// <summary>True when a person's entity cluster of the document has <paramref name="name"/> as its canonical name.</summary>
    private static bool IsPersonClusterName(NewsDocument document, string name)
    {
        foreach (DocumentEntity e in document.EntityClusters)
        {
            if (e.Type == EntityType.Person && e.CanonicalName.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One past a capitalised run after "for" at <paramref name="t"/> that continues an organisation's name whose last word is
    /// an organisation noun ("Commission | for Latin America"), or -1.
    /// </summary>
    private static int NameAfterFor(DocumentView v, int t)
    {
        if (t < 1 || t + 1 >= v.Count || !v.TextIs(t, "for") || v.Shapes[t] != TokenShape.Lower || v.Shapes[t - 1] != TokenShape.Capitalised
            || !SpeakerWords.IsOrgNoun(v.Chars(t - 1)) || v.Shapes[t + 1] != TokenShape.Capitalised || v.Is(t + 1, WordClass.CapitalisedFunctionWord)
            || v.SentenceOf[t + 1] != v.SentenceOf[t])
        {
            return -1;
        }

        int end = t + 1;
        while (end < v.Count && v.SentenceOf[end] == v.SentenceOf[t] && (v.Shapes[end] == TokenShape.Capitalised && !v.Is(end, WordClass.CapitalisedFunctionWord)
            || (v.TextIs(end, "and") && end + 1 < v.Count && v.Shapes[end + 1] == TokenShape.Capitalised)))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// True when the organisation <paramref name="head"/> runs past the end of the source phrase and a singular role or
    /// spokesperson noun right after it is followed by a verb of saying: the noun heads the speaker's phrase.
    /// </summary>
    private static bool RoleAfterNameBeyondPhrase(DocumentView v, EntityMention head, int phraseEnd)
    {
        int r = head.EndToken;
        return r > phraseEnd && r + 1 < v.Count && v.Shapes[r] == TokenShape.Lower && v.SentenceOf[r] == v.SentenceOf[head.FirstToken]
            && (SpeakerWords.IsSpokesNoun(v.Chars(r)) || (v.Is(r, WordClass.RoleNoun) && !v.Is(r, WordClass.NonPersonNameWord)) || PersonNouns.EndAt(v, r) == r + 1)
            && !NounPhrases.IsPlural(v.Chars(r)) && !SpeakerWords.IsOrgNoun(v.Chars(r)) && !SpeakerWords.IsDocumentNoun(v.Chars(r))
            && v.Is(r + 1, WordClass.CueVerb) && v.Shapes[r + 1] == TokenShape.Lower;
    }

    /// <summary>
    /// True when the entity <paramref name="head"/> opens the phrase (after a determiner) and a group noun after it ends
    /// the phrase's head part (<see cref="NounPhrases.GroupNounEnd"/>).
    /// </summary>
    /// <summary>
    /// True when a one-word miscellaneous name (a nationality: "Chinese") opens the phrase and lower-case nouns follow it
    /// to its head ("Chinese state media", "the Chinese state press"): the nouns speak, the name only says whose.
    /// </summary>
    private static bool NationalityBeforeNouns(DocumentView v, EntityMention head, int phraseFirst, int headEnd)
    {
        int first = v.Is(phraseFirst, WordClass.Determiner) ? phraseFirst + 1 : phraseFirst;
        if (head.Type != EntityType.Miscellaneous || head.FirstToken != first || head.EndToken != first + 1 || head.EndToken >= headEnd)
        {
            return false;
        }

        for (int t = head.EndToken; t < headEnd; t++)
        {
            // A verb form before another noun is a modifier ("state media"); the last word is a noun.
            bool modifier = t + 1 < headEnd && v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.CueVerb) && !v.Is(t, WordClass.Boundary | WordClass.Auxiliary);
            if (!modifier && (!NounPhrases.IsNounAfter(v, t) || v.Is(t, WordClass.RoleNoun)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool GroupNounAfter(DocumentView v, EntityMention head, int phraseFirst, int headEnd)
    {
        int first = v.Is(phraseFirst, WordClass.Determiner) ? phraseFirst + 1 : phraseFirst;
        int after = Math.Min(v.Count, Math.Max(head.FirstToken + 1, head.EndToken));
        return head.FirstToken == first && after < headEnd && NounPhrases.GroupNounEnd(v, after, headEnd, anyPlural: true) == headEnd;
    }

    /// <summary>Most lower-case nouns between a name and the possessive that ends its possessor phrase ("US | stock market watchdog | 's").</summary>
    private const int MaxPossessorNouns = 3;

    /// <summary>
    /// True when lower-case nouns from <paramref name="after"/> end in a possessive before <paramref name="headEnd"/>, with
    /// a word after it ("US | market watchdog 's chairman"): the name before them is part of the possessor.
    /// </summary>
    private static bool PossessiveAfterNouns(DocumentView v, int after, int headEnd)
    {
        for (int t = after; t + 1 < headEnd && t - after <= MaxPossessorNouns; t++)
        {
            if (SpeakerWords.IsPossessive(v.Chars(t)))
            {
                return t > after;
            }

            if (v.Shapes[t] != TokenShape.Lower || !NounPhrases.IsNounAfter(v, t))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when [<paramref name="from"/>, <paramref name="end"/>) is one or more lower-case nouns or modifiers.</summary>
    private static bool AllLowerNouns(DocumentView v, int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower || !NounPhrases.IsNounAfter(v, t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Prefixes a role noun takes with a hyphen ("co-chairman", "vice-president", "ex-minister").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> RolePrefixes = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["co", "vice", "ex", "deputy", "joint"], StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RolePrefixLookup = RolePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for one lower-case token "prefix-role" whose prefix is listed and whose last part is a person's role noun ("co-chairman").</summary>
    private static bool IsPrefixedRoleNoun(ReadOnlySpan<char> word)
    {
        int dash = word.IndexOf('-');
        return dash > 0 && dash < word.Length - 1 && RolePrefixLookup.Contains(word[..dash])
            && (QuoteLexicon.Classify(word[(dash + 1)..]) & (WordClass.RoleNoun | WordClass.NonPersonNameWord)) == WordClass.RoleNoun;
    }

    /// <summary>The entity mention that heads [first, headEnd): not a possessor ("Pakistan’s …") nor a place or nationality modifying a noun.</summary>
    private static int HeadEntity(DocumentView v, int first, int headEnd, int phraseEnd)
    {
        NewsDocument doc = v.Document;
        int best = -1;
        for (int t = first; t < headEnd; t++)
        {
            int m = v.EntityOf[t];
            if (m < 0 || (t > first && v.EntityOf[t - 1] == m))
            {
                continue;
            }

            EntityMention e = doc.Entities[m];
            int after = Math.Min(v.Count, Math.Max(t + 1, e.EndToken));
            if (after < headEnd && SpeakerWords.IsPossessive(v.Chars(after)) && after + 1 < headEnd)
            {
                continue;
            }

            if (e.Type != EntityType.Person && PossessiveAfterNouns(v, after, headEnd))
            {
                continue; // "The US market watchdog's chairman": the name modifies the possessor, the chairman speaks
            }

            if (e.Type == EntityType.Miscellaneous && after < v.Count && NounPhrases.IsNounAfter(v, after) && (after < headEnd || after == phraseEnd))
            {
                continue;
            }

            if (PlaceBeforeNouns.ModifiesNouns(v, e, after, headEnd))
            {
                continue; // session 17: "a US research think-tank", "US trade group Bike Makers Guild": the place says where, the nouns speak
            }

            // "Three leading UK video game companies": a place inside a description, after its own modifiers and before
            // the nouns that end the head, says where the companies are; it does not speak.
            if (e.Type == EntityType.Location && t > first && v.Shapes[t - 1] == TokenShape.Lower && !v.Is(t - 1, WordClass.Determiner)
                && after < headEnd && AllLowerNouns(v, after, headEnd))
            {
                continue;
            }

            // A person named right after a role noun heads the phrase ("Dean Witter analyst Eugene Nowak": the first name is the firm's).
            bool afterRole = e.Type == EntityType.Person && t > first && v.Shapes[t - 1] == TokenShape.Lower && (v.Is(t - 1, WordClass.RoleNoun) || PersonNouns.EndAt(v, t - 1) == t);
            if (best < 0 || afterRole || (e.Type == EntityType.Person && doc.Entities[best].Type != EntityType.Person))
            {
                best = m;
            }
        }

        return best;
    }
}
