using NewsNlp.Quotes.Sources;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>"he", "she": the nearest earlier person, a resolved speaker or a mention outside quotations, at most a few paragraphs back.</summary>
internal sealed class PersonPronounRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.Pronoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        if (!phrase.IsOneToken || !context.View.Is(phrase.First, WordClass.SingularPronoun))
        {
            speaker = null;
            return false;
        }

        Gender gender = NameGenders.OfPronoun(context.View.Chars(phrase.First));
        speaker = DescribedSpeakerJustBefore(context, phrase.First)
            ?? SpokespersonJustBefore(context, phrase.First, gender)
            ?? FrontedClauseSubject(context, phrase.First, gender)
            ?? Antecedent(context, phrase.First, gender);
        return true;
    }

    /// <summary>Subordinating conjunctions that open a clause put before the main clause ("When X appeared …, he said").</summary>
    private static readonly string[] FrontedConjunctions = ["when", "after", "as", "before", "while", "although", "though", "once", "since", "because", "if", "until"];

    /// <summary>Most tokens of a fronted clause between its conjunction and the comma before the pronoun.</summary>
    private const int MaxFrontedClause = 25;

    /// <summary>
    /// Session 19: <c>When Joe Ruiz appeared on the station two days later, he said …</c> — a he/she opening the main clause
    /// after a clause put before it means that clause's subject, a person named right after its conjunction ("When",
    /// "After", "Although" …) and followed by its verb, when the name agrees with the pronoun; news copy does not switch
    /// persons across such a comma. Else null (the nearest agreeing person then decides).
    /// </summary>
    private static SpeakerCandidate? FrontedClauseSubject(SpeakerContext context, int pronoun, Gender gender)
    {
        DocumentView v = context.View;
        int comma = pronoun - 1;
        if (comma < 3 || v.Shapes[comma] != TokenShape.Comma || v.InQuote(comma) || v.SentenceOf[comma] != v.SentenceOf[pronoun])
        {
            return null;
        }

        int start = NounPhrases.SentenceStart(v, pronoun);
        int conjunction = start < comma && (v.TextIs(start, "but") || v.TextIs(start, "and")) ? start + 1 : start;
        if (comma - conjunction > MaxFrontedClause || v.InQuote(conjunction) || !v.TextIsAny(conjunction, FrontedConjunctions))
        {
            return null;
        }

        for (int t = conjunction + 1; t < comma; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon)
            {
                return null;
            }
        }

        MentionIndex mentions = context.Mentions;
        for (int i = mentions.LastMentionBefore(comma); i >= 0 && mentions[i].First > conjunction; i--)
        {
            Mention m = mentions[i];
            if (m.First == conjunction + 1 && m.End < comma && m.Speaker.IsPerson && v.Shapes[m.End] == TokenShape.Lower
                && !v.Is(m.End, WordClass.Determiner) && Agrees(m.Speaker, gender) && Agrees(m.Speaker, gender, byFirstName: false))
            {
                return m.Speaker;
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker of the quote right before the pronoun when a singular description of one unnamed person introduced it
    /// in the same or the previous sentence and no person is named in between: <c>"…," one Japanese refiner said. "…,"
    /// he added.</c> — wire copy quotes an unnamed source and goes on with "he". Only an indefinite description ("one
    /// trader", "a senior official") with a lower-case noun head that is no organisation or document noun.
    /// </summary>
    private static SpeakerCandidate? DescribedSpeakerJustBefore(SpeakerContext context, int pronoun)
    {
        DocumentView v = context.View;
        Mention? last = LastSpeakerBefore(context, pronoun);
        if (last is not { } m || m.Speaker.Type is not null || m.Speaker.IsGroup || m.End - m.First < 2 || m.End > pronoun
            || v.SentenceOf[pronoun] - v.SentenceOf[m.First] > 1 || !SpeakerWords.IsIndefinite(v.Chars(m.First)) || v.TextIs(m.First, "some") || v.TextIs(m.First, "any"))
        {
            return null;
        }

        int head = m.End - 1;
        if (v.Shapes[head] != TokenShape.Lower || NounPhrases.IsPlural(v.Chars(head)) || SpeakerWords.IsOrgNoun(v.Chars(head))
            || SpeakerWords.IsDocumentNoun(v.Chars(head)) || !NounPhrases.IsNounAfter(v, head))
        {
            return null;
        }

        // Both reports trail their quotations ("…," one trader said. "…," he added.): a description that asked or claimed
        // something ("one questioner claimed that …") is not who answers with "he said".
        if (!TrailingReport(v, m.First, m.End) || !TrailingReport(v, pronoun, pronoun + 1))
        {
            return null;
        }

        return NoPersonNamedSince(context, m, pronoun) ? m.Speaker : null;
    }

    /// <summary>
    /// Session 24: the speaker of the last quote before the pronoun when it is an organisation's unnamed spokesperson
    /// (<see cref="SpokespersonForRule"/>: "spokesman for UK Film Council") in the pronoun's paragraph or the one before,
    /// whose noun agrees with the pronoun, and no person is named between them outside quotations: <c>A spokesman for the
    /// UK Film Council said: "…" He added: "…"</c> — news copy goes on quoting the spokesman with "he" (was a film-maker
    /// named paragraphs before). A spokesperson the next words name (<c>A spokesman for X, Dean Boyd, said</c>) gives way
    /// to that name.
    /// </summary>
    private static SpeakerCandidate? SpokespersonJustBefore(SpeakerContext context, int pronoun, Gender gender)
    {
        DocumentView v = context.View;
        Mention? last = LastSpeakerBefore(context, pronoun);
        if (last is not { } m || v.ParagraphOf[pronoun] - v.ParagraphOf[m.First] > 1)
        {
            return null;
        }

        string name = m.Speaker.Name;
        Gender? noun = name.StartsWith("spokesman ", StringComparison.Ordinal) ? Gender.Male
            : name.StartsWith("spokeswoman ", StringComparison.Ordinal) ? Gender.Female
            : name.StartsWith("spokesperson ", StringComparison.Ordinal) ? Gender.Unknown : null;
        if (noun is not { } said || (said != Gender.Unknown && gender != Gender.Unknown && said != gender))
        {
            return null;
        }

        return NoPersonNamedSince(context, m, pronoun) ? m.Speaker : null;
    }

    /// <summary>The last of the three latest resolved source mentions that starts before <paramref name="pronoun"/>, or null.</summary>
    private static Mention? LastSpeakerBefore(SpeakerContext context, int pronoun)
    {
        IReadOnlyList<Mention> spoke = context.Resolved.InOrder;
        for (int i = spoke.Count - 1; i >= 0 && spoke.Count - i <= 3; i--)
        {
            if (spoke[i].First < pronoun)
            {
                return spoke[i];
            }
        }

        return null;
    }

    /// <summary>True when no person is named outside quotations between the end of <paramref name="m"/> and <paramref name="pronoun"/>.</summary>
    private static bool NoPersonNamedSince(SpeakerContext context, Mention m, int pronoun)
    {
        MentionIndex mentions = context.Mentions;
        int p = PersonAtOrBefore(mentions, mentions.LastMentionBefore(pronoun));
        return !(p >= 0 && mentions[p].First >= m.End);
    }

    /// <summary>True when the mention [<paramref name="first"/>, <paramref name="end"/>) comes right after a quotation's closing mark and a speech verb after it ends the sentence (<c>…," he added.</c>).</summary>
    private static bool TrailingReport(DocumentView v, int first, int end) =>
        first > 0 && end + 1 < v.Count && (v.InQuote(first - 1) || v.Shapes[first - 1] == TokenShape.QuoteMark)
        && v.Is(end, WordClass.CueVerb) && v.Shapes[end] == TokenShape.Lower && v.Shapes[end + 1] == TokenShape.SentenceEnd;

    /// <summary>Candidates looked at, nearest first, before giving up (keeps resolution linear in the document).</summary>
    private const int MaxCandidates = 40;

    /// <summary>
    /// The nearest earlier person — a resolved speaker or a person mention outside quotations, at most a few paragraphs
    /// back — that agrees with the pronoun: not a name whose title or first name has the other gender ("she" is not
    /// Tobias Brandt), and not a lone capitalised plural no entity recogniser or name list knows ("Unions").
    /// </summary>
    /// <remarks>A speaker whose key is <paramref name="excludedKey"/> is passed over (a person the quote's own words name).</remarks>
    internal static SpeakerCandidate? Antecedent(SpeakerContext context, int before, Gender gender, string? excludedKey = null)
    {
        DocumentView v = context.View;
        MentionIndex mentions = context.Mentions;
        ResolvedMentions resolved = context.Resolved;
        int paragraph = v.ParagraphOf[before];
        int r = resolved.PersonsBefore(before) - 1;
        int m = PersonAtOrBefore(mentions, mentions.LastMentionBefore(before));
        // The nearest speaker who already spoke and agrees by title only (no title, a first name the table does not decide):
        // taken only when no one nearer agrees ("Helen Ward said …. Her rival, Simon Ford, said …. She told reporters" → Helen
        // Ward). Session 18: one of an earlier paragraph whose first name has the other gender is never taken.
        SpeakerCandidate? byTitleOnly = null;
        int fallbackParagraph = paragraph;
        // Session 14: the nearest agreeing person whose name says no gender ("Roni Size") gives way to a person of the
        // pronoun's gender coordinated with them: "Knight and drum 'n' bass star Roni Size have released a single. She said
        // …" is Knight (Beverley Knight of the lead); so does a preposition's object to a person of the pronoun's gender in
        // its paragraph ("Alison Howe, producer of Later... With Jools Holland, booked the band. "…," she said"). Not
        // further: many foreign first names are in no list ("Marat Safin" is no less "he" than "Pete Sampras" before him).
        Mention? genderless = null;
        // Session 23: the nearest person named in the pronoun's paragraph, in its sentence or the one before, whose first name
        // the table gives the other gender without being sure of it ("Her neighbour, Ola Brekke, disagreed. "…," he said":
        // Ola is a Norwegian man's name): taken before anyone of an earlier paragraph.
        SpeakerCandidate? nearUnsure = null;
        // Session 28: the speaker of the sentence right before the pronoun's (JustSpoke), taken over a mere mention further back.
        SpeakerCandidate? justSpoke = null;
        SpeakerCandidate? Prefer(SpeakerCandidate? chosen, int chosenParagraph) =>
            nearUnsure is not null && (chosen is null || chosenParagraph < paragraph) ? nearUnsure : chosen;
        for (int step = 0; step < MaxCandidates && (r >= 0 || m >= 0); step++)
        {
            // The later of the two streams; on a tie the resolved speaker.
            bool takeResolved = r >= 0 && (m < 0 || resolved.PersonAt(r).First >= mentions[m].First);
            Mention candidate = takeResolved ? resolved.PersonAt(r) : mentions[m];
            if (genderless is { } waiting && !CoordinatedBefore(v, candidate.End, waiting.First)
                && !(AfterPreposition(v, waiting.First) && v.ParagraphOf[candidate.First] == v.ParagraphOf[waiting.First]))
            {
                return Prefer(waiting.Speaker, v.ParagraphOf[waiting.First]);
            }

            if (paragraph - v.ParagraphOf[candidate.First] > SpeakerRules.MaxParagraphDistance
                || (byTitleOnly is not null && fallbackParagraph - v.ParagraphOf[candidate.First] > 1))
            {
                return genderless is { } g ? Prefer(g.Speaker, v.ParagraphOf[g.First]) : Prefer(byTitleOnly, fallbackParagraph);
            }

            // A person only talked about — named inside a reported quote's content, inside an insertion between a
            // speaker and the cue ("X, who ran the study with Y, said"), or a name modifying a noun ("the Tower
            // commission") — is passed over for the speakers and subjects before it.
            // A speaker or person in a sentence that ends in someone else's trailing report (", the Tory leader said.") too.
            // A lone name that is a first name of the other gender ("an Oscar nomination. She said") waits, like a speaker
            // named by first name only, for a nearer agreeing person.
            if (!takeResolved && byTitleOnly is null && OtherGenderFirstName(candidate.Speaker, gender))
            {
                byTitleOnly = candidate.Speaker;
                fallbackParagraph = v.ParagraphOf[candidate.First];
                m = PersonAtOrBefore(mentions, m - 1);
                continue;
            }

            bool talkedAbout = (excludedKey is not null && string.Equals(candidate.Speaker.Key, excludedKey, StringComparison.Ordinal))
                || (!takeResolved && (context.InReportedContent(candidate.First) || context.InSourceInsertion(candidate.First)
                || AfterIndefiniteArticle(v, candidate.First) || InClauseReportedBy(v, candidate.First, before)
                || NamesAnOrganisation(v, candidate.End) || AfterReportingThat(v, candidate.First) || InRelativeClause(v, candidate.First)
                || PrepositionObjectBefore(v, candidate.First, candidate.End, before) || SpokespersonPrincipal(v, candidate.First)
                || ObjectBesideSubject(v, mentions, m, before, gender) || VerbObjectBesideSubject.Holds(v, mentions, m, before, gender) || InPersonAppositive(v, mentions, m, gender)
                || AfterSamePronounSubject(v, candidate.First, before) || PlaceListMember.Holds(v, candidate.First, candidate.End)
                || PersonListMember.Holds(v, mentions, m) || ParentheticalReportContent.Holds(v, candidate.First, candidate.End, before)))
                || BeforeTrailingReport(v, candidate.First, candidate.End);
            if (justSpoke is not null && !takeResolved && !talkedAbout && Agrees(candidate.Speaker, gender))
            {
                return Prefer(justSpoke, fallbackParagraph);
            }

            if (!talkedAbout && Agrees(candidate.Speaker, gender))
            {
                bool sameGender = NameGenders.OfName(candidate.Speaker.Name) == gender;
                if (sameGender || (genderless is null && (gender == Gender.Unknown || byTitleOnly is not null)))
                {
                    return Prefer(candidate.Speaker, v.ParagraphOf[candidate.First]);
                }

                genderless ??= candidate;
            }
            else if (!talkedAbout && !takeResolved && nearUnsure is null && genderless is null && byTitleOnly is null
                && v.ParagraphOf[candidate.First] == paragraph && v.SentenceOf[before] - v.SentenceOf[candidate.First] <= 1
                && FirstNameOfOtherGender(candidate.Speaker, gender) && !SureOfOtherGender(candidate.Speaker, gender))
            {
                nearUnsure = candidate.Speaker;
            }

            // Session 18: a speaker of an earlier paragraph whose first name has the other gender ("said Mary Jones." ¶ "He works
            // for the council. … he said") is no fallback (the lead's veto): the pronoun goes to an agreeing person further back,
            // or stays unresolved. In the pronoun's own paragraph the only speaker is still taken (the table cannot tell Ola the
            // Norwegian man from Ola the woman) — session 19: unless the table is sure of the first name ("said Ann Lee. "…," he
            // added." is not Ann Lee).
            if (takeResolved && !talkedAbout && byTitleOnly is null && genderless is null && Agrees(candidate.Speaker, gender, byFirstName: false)
                && !(v.ParagraphOf[candidate.First] < paragraph && FirstNameOfOtherGender(candidate.Speaker, gender))
                && !SureOfOtherGender(candidate.Speaker, gender))
            {
                // A speaker is passed over for a nearer agreeing one only within their paragraph and the next.
                if (paragraph - v.ParagraphOf[candidate.First] > 1)
                {
                    return Prefer(candidate.Speaker, v.ParagraphOf[candidate.First]);
                }

                // Session 28: the speaker of the sentence right before the pronoun's, in its paragraph, is who the pronoun goes
                // on with ("…," Tama Reti said. He added: "…") when the table is not sure of the other gender: a person only
                // named further back (an object, "will meet Brian Carr") gives way to them; an agreeing speaker does not.
                if (JustSpoke(v, candidate.First, before))
                {
                    justSpoke = candidate.Speaker;
                }

                byTitleOnly = candidate.Speaker;
                fallbackParagraph = v.ParagraphOf[candidate.First];
            }

            if (takeResolved)
            {
                r--;
            }
            else
            {
                m = PersonAtOrBefore(mentions, m - 1);
            }
        }

        return genderless is { } last ? Prefer(last.Speaker, v.ParagraphOf[last.First]) : Prefer(byTitleOnly, fallbackParagraph);
    }

    /// <summary>
    /// True when the resolved speaker mention at <paramref name="first"/> stands in the pronoun's paragraph, in the sentence
    /// right before the pronoun's, and the pronoun at <paramref name="pronoun"/> opens its sentence (after at most a conjunction):
    /// "…," Tama Reti said. He added: "…".
    /// </summary>
    private static bool JustSpoke(DocumentView v, int first, int pronoun)
    {
        if (v.ParagraphOf[first] != v.ParagraphOf[pronoun] || v.SentenceOf[pronoun] - v.SentenceOf[first] != 1 || v.InQuote(pronoun))
        {
            return false;
        }

        int start = NounPhrases.SentenceStart(v, pronoun);
        return pronoun == start || (pronoun == start + 1 && v.Is(start, WordClass.CapitalisedFunctionWord));
    }

    /// <summary>True when the table is sure the speaker's first name or title has the other gender than <paramref name="gender"/> ("Ann Lee" for "he").</summary>
    private static bool SureOfOtherGender(SpeakerCandidate speaker, Gender gender)
    {
        Gender sure = NameGenders.SureOfName(speaker.Name);
        return gender != Gender.Unknown && sure != Gender.Unknown && sure != gender;
    }

    /// <summary>
    /// True when a full name with no title ("Mary Jones") starts with a first name the table gives the other gender than
    /// <paramref name="gender"/>.
    /// </summary>
    private static bool FirstNameOfOtherGender(SpeakerCandidate speaker, Gender gender)
    {
        string name = speaker.Name;
        if (gender == Gender.Unknown || !name.Contains(' ', StringComparison.Ordinal) || NameGenders.OfTitle(name) != Gender.Unknown)
        {
            return false;
        }

        Gender named = NameGenders.OfName(name);
        return named != Gender.Unknown && named != gender;
    }

    /// <summary>
    /// True when a preposition stands right before the name at <paramref name="first"/>, in any case ("… producer of TV
    /// show Later... With Jools Holland, booked …"): an object, a person the paragraph's subject is described by.
    /// </summary>
    private static bool AfterPreposition(DocumentView v, int first) =>
        first > 0 && v.ParagraphOf[first - 1] == v.ParagraphOf[first] && v.Shapes[first - 1] is TokenShape.Lower or TokenShape.Capitalised
        && IsObjectPreposition(v, first - 1) && !v.TextIs(first - 1, "of");

    /// <summary>Most tokens between two coordinated persons ("Knight | and drum 'n' bass star | Roni Size").</summary>
    private const int MaxCoordinationGap = 8;

    /// <summary>
    /// True when a person ending at <paramref name="earlierEnd"/> is joined by "and" to the person at
    /// <paramref name="laterFirst"/> in one sentence, with only words of the second one's description between (no comma,
    /// quotation or verb of saying): "Knight and drum 'n' bass star Roni Size have released …".
    /// </summary>
    private static bool CoordinatedBefore(DocumentView v, int earlierEnd, int laterFirst)
    {
        if (earlierEnd >= laterFirst || laterFirst - earlierEnd > MaxCoordinationGap || v.SentenceOf[earlierEnd] != v.SentenceOf[laterFirst]
            || !(v.TextIs(earlierEnd, "and") || v.TextIs(earlierEnd, "&")))
        {
            return false;
        }

        for (int t = earlierEnd + 1; t < laterFirst; t++)
        {
            if (v.Shapes[t] is TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.QuoteMark || v.InQuote(t) || v.Is(t, WordClass.CueVerb))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Most tokens looked back for a reporting verb and "that".</summary>
    private const int MaxReportedClause = 30;

    /// <summary>
    /// True when a reporting verb followed by "that" opens a clause before <paramref name="token"/> in its sentence ("He
    /// noted that he had appointed Howard Baker as his chief of staff"): a person there is talked about, also where no
    /// quote was found for the clause.
    /// </summary>
    private static bool AfterReportingThat(DocumentView v, int token)
    {
        int sentence = v.SentenceOf[token];
        for (int t = token - 1; t > 0 && token - t <= MaxReportedClause && v.SentenceOf[t - 1] == sentence; t--)
        {
            if (v.Is(t, WordClass.That) && v.Shapes[t] == TokenShape.Lower && v.Is(t - 1, WordClass.CueVerb) && v.Shapes[t - 1] == TokenShape.Lower && !v.InQuote(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a relative pronoun right before the name opens a relative clause it is the subject of ("Mrs Maguire was
    /// the relative with whom Giuseppe planned to stay"): the clause describes the sentence's subject, its person is
    /// talked about.
    /// </summary>
    private static bool InRelativeClause(DocumentView v, int token) =>
        token > 0 && v.SentenceOf[token - 1] == v.SentenceOf[token] && (v.TextIs(token - 1, "whom") || v.TextIs(token - 1, "which"));

    /// <summary>Most tokens looked at after a name for the end of its sentence (keeps each check bounded).</summary>
    private const int MaxTrailingScan = 80;

    /// <summary>
    /// True when the name is a preposition's object earlier in the pronoun's own sentence ("But standing next to Mr Blair
    /// he added …", "Speaking to Mr Smith, she said …"): the pronoun's subject is someone else (not for a possessor: "In
    /// Mr Blair's speech, he said").
    /// </summary>
    private static bool PrepositionObjectBefore(DocumentView v, int first, int end, int pronoun)
    {
        if (first < 1 || end > pronoun || v.SentenceOf[first] != v.SentenceOf[pronoun] || (end < v.Count && SpeakerWords.IsPossessive(v.Chars(end))))
        {
            return false;
        }

        // Past a title the mention left out ("next to Prime Minister | Tony Blair").
        int before = first - 1;
        while (before > 0 && first - before <= 3 && v.IsNameToken(before) && v.SentenceOf[before] == v.SentenceOf[first])
        {
            before--;
        }

        // Past a determiner and a modifier or two ("serving to fellow | Spaniard Jo Ruiz when he …", "to the | singer").
        for (int k = 0; k < 3 && before > 0 && v.SentenceOf[before] == v.SentenceOf[first] && v.Shapes[before] == TokenShape.Lower
            && (v.Is(before, WordClass.Determiner) || (NounPhrases.IsNounAfter(v, before) && !v.Is(before, WordClass.NonPersonNameWord))); k++)
        {
            before--;
        }

        // Not "of", which joins a title to its office ("Secretary of State John Kerry said …, and he urged").
        return v.Shapes[before] == TokenShape.Lower && !v.TextIs(before, "of") && IsObjectPreposition(v, before);
    }

    /// <summary>
    /// Session 20: true when the name is the principal a spokes-noun speaks for ("A spokesman for distributor Toho said
    /// …. "…," he added"): the spokesman is the "he" (resolved as such), not the organisation or person he speaks for,
    /// even one the recogniser typed a person.
    /// </summary>
    private static bool SpokespersonPrincipal(DocumentView v, int first)
    {
        int before = first - 1;
        for (int k = 0; k < 2 && before > 0 && v.Shapes[before] == TokenShape.Lower && (v.Is(before, WordClass.Determiner) || NounPhrases.IsNounAfter(v, before)); k++)
        {
            before--; // "for | distributor | Toho", "for | the | firm"
        }

        return before > 0 && v.Shapes[before] == TokenShape.Lower && NounPhrases.IsOrganisationPreposition(v, before) && !v.InQuote(before - 1)
            && v.SentenceOf[before - 1] == v.SentenceOf[first] && SpeakerWords.IsSpokesNoun(v.Chars(before - 1)) && !SpeakerWords.IsAnyDocumentNoun(v.Chars(before - 1));
    }

    /// <summary>
    /// Prepositions whose object is a person talked about, beyond those that open a phrase inside a source mention
    /// (<see cref="SpeakerWords.IsPreposition"/>): "lost against X", "won over X", "a victory over X", "talked about X".
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ObjectPrepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["to", "against", "over", "about", "alongside", "behind", "beside", "past", "than", "towards", "toward", "under", "versus"], StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectPrepositionLookup =
        ObjectPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the lower-case token <paramref name="t"/> is a preposition that governs a talked-about object.</summary>
    private static bool IsObjectPreposition(DocumentView v, int t) =>
        SpeakerWords.IsPreposition(v.Chars(t)) || ObjectPrepositionLookup.Contains(v.Chars(t));

    /// <summary>
    /// True when the pronoun reports the clause the name stands in: ", he claimed," or ", she said." right after that
    /// clause in the same sentence ("Mr Blair has failed to tackle these problems, he claimed, saying …"). A writer names
    /// the speaker of such a report when it is the person of the clause; the pronoun is someone else.
    /// </summary>
    private static bool InClauseReportedBy(DocumentView v, int first, int pronoun) =>
        first < pronoun && pronoun > 0 && pronoun + 1 < v.Count && v.SentenceOf[first] == v.SentenceOf[pronoun]
        && v.Shapes[pronoun - 1] == TokenShape.Comma && !v.InQuote(pronoun - 1) && !v.InQuote(first)
        && v.Is(pronoun + 1, WordClass.CueVerb) && v.Shapes[pronoun + 1] == TokenShape.Lower;

    /// <summary>
    /// True when an indefinite article stands right before the name ("Conti received an Oscar in 1983", "a Picasso"): a
    /// name with "a" or "an" is a thing called after someone (an award, a work, a brand), not a person a later he/she means.
    /// </summary>
    private static bool AfterIndefiniteArticle(DocumentView v, int first) =>
        first > 0 && v.SentenceOf[first - 1] == v.SentenceOf[first] && v.Shapes[first - 1] == TokenShape.Lower
        && (v.TextIs(first - 1, "a") || v.TextIs(first - 1, "an"));

    /// <summary>Most tokens looked back over a list of names to the preposition that governs it.</summary>
    private const int MaxObjectList = 24;

    /// <summary>Most tokens before a sentence's subject person (its modifiers: "Rock group frontwoman | Ana Ruiz").</summary>
    private const int MaxSubjectOpening = 5;

    /// <summary>
    /// True when the person mention <paramref name="m"/> is, in a sentence before the pronoun's, a preposition's object
    /// or in a list after one ("… collected the prize from singer Eva Lind.", "… faces competition from Ivan Holm, Carl
    /// Nye and Jim Stroud.", "… held talks with Peter Vail.", "… was critical of Alan Moss's decision.") while an agreeing
    /// person opens that sentence as its subject: a pronoun subject in a later sentence continues the earlier subject
    /// ("She told the audience" is the one who collected the prize), the way news copy keeps its topic.
    /// </summary>
    private static bool ObjectBesideSubject(DocumentView v, MentionIndex mentions, int m, int pronoun, Gender gender)
    {
        Mention candidate = mentions[m];
        int sentence = v.SentenceOf[candidate.First];
        if (sentence >= v.SentenceOf[pronoun] || !GovernedByPreposition(v, candidate.First))
        {
            return false;
        }

        for (int k = m - 1; k >= 0 && v.SentenceOf[mentions[k].First] == sentence; k--)
        {
            Mention subject = mentions[k];
            if (subject.Speaker.IsPerson && OpensSentence(v, subject.First) && Agrees(subject.Speaker, gender) && !subject.Speaker.Key.Equals(candidate.Speaker.Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a preposition governs the name at <paramref name="first"/>, past a role noun before it ("from singer")
    /// and past the names of a list it ends ("from Ivan Holm, Carl Nye and"); "of" only after a lower-case word
    /// ("critical of", not "Secretary of State").
    /// </summary>
    private static bool GovernedByPreposition(DocumentView v, int first)
    {
        int sentence = v.SentenceOf[first];
        for (int t = first - 1; t > 0 && first - t <= MaxObjectList && v.SentenceOf[t] == sentence && !v.InQuote(t); t--)
        {
            // A year or a seeding before a title counts as a modifier ("against 2004 French Open champion Gaudio").
            if (v.IsNameToken(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.Capitalised or TokenShape.Number || v.TextIs(t, "and"))
            {
                continue;
            }

            if (v.Shapes[t] != TokenShape.Lower)
            {
                return false;
            }

            if (v.TextIs(t, "of"))
            {
                return v.Shapes[t - 1] == TokenShape.Lower && !v.Is(t - 1, WordClass.RoleNoun);
            }

            if (IsObjectPreposition(v, t))
            {
                return true;
            }

            if (v.Is(t, WordClass.Determiner) && (v.IsNameToken(t + 1) || v.Shapes[t + 1] == TokenShape.Capitalised || NounPhrases.IsNounAfter(v, t + 1)))
            {
                continue; // "from the singer Eva Lind"
            }

            // A role or a modifier or two before the name ("from singer Eva Lind", "to fellow American Jo Ruiz").
            if (!(v.Is(t, WordClass.RoleNoun) || PersonNouns.EndAt(v, t) == t + 1 || (NounPhrases.IsNounAfter(v, t) && !v.Is(t, WordClass.NonPersonNameWord)))
                || !(v.IsNameToken(t + 1) || v.Shapes[t + 1] == TokenShape.Capitalised || NounPhrases.IsNounAfter(v, t + 1)) || (t > 0 && NounPhrases.IsNounAfter(v, t - 1) && NounPhrases.IsNounAfter(v, t + 1)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the name at <paramref name="first"/> opens its sentence as the subject: nothing before it in the sentence
    /// but a few capitalised words, a determiner and lower-case nouns ("The singer Ana Ruiz", "Rock group frontwoman Ana
    /// Ruiz", "But Smith") — no preposition, verb, comma or quotation.
    /// </summary>
    internal static bool OpensSentence(DocumentView v, int first)
    {
        int sentence = v.SentenceOf[first];
        for (int t = first - 1; t >= 0 && v.SentenceOf[t] == sentence && v.ParagraphOf[t] == v.ParagraphOf[first]; t--)
        {
            if (first - t > MaxSubjectOpening || v.InQuote(t) || v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised)
                || (v.Shapes[t] == TokenShape.Lower && (v.Is(t, WordClass.Boundary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Adverb
                    | WordClass.SingularPronoun | WordClass.PluralPronoun | WordClass.ObjectPronoun) || SpeakerWords.IsPreposition(v.Chars(t)) || v.TextIs(t, "to")
                    || SourceFinder.IsLyAdverb(v, t))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Most words before a sentence's subject pronoun ("So", "But then", "However ,").</summary>
    private const int MaxPronounOpening = 3;

    /// <summary>
    /// True when the name stands after the subject of an earlier sentence that is the same pronoun as the one resolved
    /// ("So he is full of admiration for two old colleagues - Ivan Holm and Peter Vail. "…," he said."): a pronoun
    /// subject and a name in its own clause are two people, and a later "he" goes on with the subject, the way news copy
    /// keeps its topic — the name is talked about.
    /// </summary>
    private static bool AfterSamePronounSubject(DocumentView v, int first, int pronoun)
    {
        int sentence = v.SentenceOf[first];
        if (sentence >= v.SentenceOf[pronoun] || v.InQuote(first))
        {
            return false;
        }

        int start = NounPhrases.SentenceStart(v, first);
        for (int t = start; t < first && t - start <= MaxPronounOpening; t++)
        {
            if (v.InQuote(t))
            {
                return false;
            }

            if (v.Chars(t).Equals(v.Chars(pronoun), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // Only sentence adverbs and conjunctions before the subject ("So", "But then", "However,").
            if (!(v.Shapes[t] == TokenShape.Comma || v.Is(t, WordClass.Adverb | WordClass.CapitalisedFunctionWord | WordClass.Boundary) || SourceFinder.IsLyAdverb(v, t))
                || (v.IsNameToken(t) && !v.Is(t, WordClass.CapitalisedFunctionWord)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Most tokens of an appositive looked back over for the person it describes.</summary>
    private const int MaxAppositive = 16;

    /// <summary>
    /// True when the person mention <paramref name="m"/> is named inside an appositive describing an agreeing person
    /// named before it ("Alison Howe, producer of the show with Jools Holland, booked …", "Jack Boorman, adviser to the
    /// managing director, Rodrigo Rato."): the described person is the one a later he/she means.
    /// </summary>
    private static bool InPersonAppositive(DocumentView v, MentionIndex mentions, int m, Gender gender)
    {
        Mention candidate = mentions[m];
        int sentence = v.SentenceOf[candidate.First];
        bool role = false;
        for (int t = candidate.First - 1; t > 0 && candidate.First - t <= MaxAppositive && v.SentenceOf[t] == sentence && !v.InQuote(t); t--)
        {
            if (v.Shapes[t] == TokenShape.Lower && (v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Relative)))
            {
                return false;
            }

            role |= v.Is(t, WordClass.RoleNoun) || PersonNouns.EndAt(v, t) == t + 1;
            if (v.Shapes[t] != TokenShape.Comma || !role || t + 1 >= candidate.First || v.Shapes[t + 1] != TokenShape.Lower)
            {
                continue;
            }

            for (int k = m - 1; k >= 0 && m - k <= MaxAppositive; k--)
            {
                Mention described = mentions[k];
                if (described.First >= t)
                {
                    continue; // a mention inside the appositive ("IMF")
                }

                if (described.End == t)
                {
                    return described.Speaker.IsPerson && Agrees(described.Speaker, gender) && !described.Speaker.Key.Equals(candidate.Speaker.Key, StringComparison.Ordinal);
                }

                if (described.End < t)
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True for a one-word person name (no title) that the first-name list gives the other gender ("Oscar" for "she"):
    /// news writes people by surname, so a lone first name is more often an award, a character or a place.
    /// </summary>
    private static bool OtherGenderFirstName(SpeakerCandidate speaker, Gender gender)
    {
        ReadOnlySpan<char> name = speaker.Name.AsSpan().Trim();
        if (gender == Gender.Unknown || name.Contains(' '))
        {
            return false;
        }

        Gender named = NameGenders.OfWord(name);
        return named != Gender.Unknown && named != gender && NameGenders.OfTitle(name) == Gender.Unknown;
    }

    /// <summary>Most tokens of the speaker phrase of a trailing report (", the Tory leader said.").</summary>
    private const int MaxTrailingSource = 6;

    /// <summary>
    /// True when the sentence of the name ends in a trailing report after it — <c>Mr Brown liked to rattle off …, the
    /// Tory leader said.</c> or <c>…, said the Tory leader.</c> — also where no quote was found for the clause: the
    /// name is talked about, the reporter is who a next "he said" means.
    /// </summary>
    private static bool BeforeTrailingReport(DocumentView v, int first, int end)
    {
        int sentence = v.SentenceOf[first];
        int last = end;
        while (last + 1 < v.Count && v.SentenceOf[last + 1] == sentence && last - end < MaxTrailingScan)
        {
            last++;
        }

        if (last >= v.Count || v.SentenceOf[last] != sentence || v.Shapes[last] != TokenShape.SentenceEnd || last - end < 3)
        {
            return false;
        }

        // ", <speaker> said ." — the cue just before the full stop, a short phrase, a comma after the name.
        if (v.Is(last - 1, WordClass.CueVerb) && v.Shapes[last - 1] == TokenShape.Lower)
        {
            for (int t = last - 2; t >= end && last - 2 - t < MaxTrailingSource; t--)
            {
                if (v.Shapes[t] == TokenShape.Comma)
                {
                    return t > end && t < last - 2 && OnePerson(v, last - 2);
                }

                if (v.InQuote(t))
                {
                    return false;
                }
            }

            return false;
        }

        // ", said <speaker> ." — a comma, the cue, a short phrase.
        for (int t = last - 1; t > end && last - t <= MaxTrailingSource + 1; t--)
        {
            if (v.Shapes[t] == TokenShape.Comma || v.InQuote(t))
            {
                return false;
            }

            if (v.Is(t, WordClass.CueVerb) && v.Shapes[t] == TokenShape.Lower)
            {
                return t - 1 > end && v.Shapes[t - 1] == TokenShape.Comma && last - 1 > t && OnePerson(v, last - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// True when the head of a trailing report's speaker is one person — a singular role noun, he/she, or a name: "…,
    /// officials said." may report on the person a next "he" means.
    /// </summary>
    private static bool OnePerson(DocumentView v, int head) =>
        !NounPhrases.IsPlural(v.Chars(head)) && (v.Is(head, WordClass.RoleNoun | WordClass.SingularPronoun) || v.IsNameToken(head));

    /// <summary>True when the word after a person's name is an organisation or role noun it modifies ("the Tower commission").</summary>
    private static bool NamesAnOrganisation(DocumentView v, int after) =>
        after < v.Count && v.Shapes[after] == TokenShape.Lower && (SpeakerWords.IsOrgNoun(v.Chars(after)) || v.Is(after, WordClass.RoleNoun));

    /// <summary>The last person mention at or before index <paramref name="i"/>, or -1.</summary>
    private static int PersonAtOrBefore(MentionIndex mentions, int i)
    {
        if (i < 0)
        {
            return -1;
        }

        if (mentions.IsSorted)
        {
            return mentions.PreviousPerson(i);
        }

        while (i >= 0 && !mentions[i].Speaker.IsPerson)
        {
            i--;
        }

        return i;
    }

    /// <summary>False when the speaker's title or first name has the other gender, or when it is a lone unknown capitalised plural.</summary>
    /// <remarks>
    /// With <paramref name="byFirstName"/> false only a title ("Mrs.") counts: a first name's usual gender in US records
    /// is no proof (Ola Brandt, a Norwegian man), so <see cref="Antecedent"/> takes a speaker whose first name disagrees
    /// when no nearer candidate agrees.
    /// </remarks>
    internal static bool Agrees(SpeakerCandidate speaker, Gender gender, bool byFirstName = true)
    {
        ReadOnlySpan<char> name = speaker.Name;
        Gender named = byFirstName ? NameGenders.OfName(name) : NameGenders.OfTitle(name);
        if (gender != Gender.Unknown && named != Gender.Unknown && named != gender)
        {
            return false;
        }

        bool lonePlural = speaker.Type is null && !name.Contains(' ') && name.Length > 3 && name[^1] == 's' && name[^2] != 's'
            && NameGenders.OfWord(name) == Gender.Unknown;
        return !lonePlural;
    }
}
