using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;
using NewsNlp.Quotes.Speakers.Subjects;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// The mention → speaker pass: resolves each quote's source mention to a speaker with the <see cref="ISpeakerRule"/>s
/// in order (named mentions to their entity or the fullest form of the name, pronouns to the nearest earlier person or
/// group outside quotations, role nouns to the person they were attached to earlier, …), and continuation quotes to
/// the previous quote's speaker. Records the deciding rule in <see cref="QuoteDraft.ResolvedBy"/>.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly DocumentView _v;
    private readonly MentionIndex _mentions;
    private readonly ISpeakerRule[] _rules;

    /// <summary>A resolver with the <see cref="SpeakerRules.Default"/> rules.</summary>
    public SpeakerResolver(DocumentView v)
        : this(v, SpeakerRules.Default)
    {
    }

    /// <summary>A resolver with <paramref name="rules"/> (run in order); builds the document's <see cref="MentionIndex"/>.</summary>
    public SpeakerResolver(DocumentView v, ISpeakerRule[] rules)
    {
        _v = v;
        _rules = rules;
        _mentions = new MentionIndex(v);
    }

    /// <summary>The document's speaker candidates.</summary>
    public MentionIndex Mentions => _mentions;

    public void Resolve(List<QuoteDraft> drafts, CancellationToken cancellationToken = default)
    {
        // Speakers already resolved, at the position of their source mention (for pronouns that refer back to them).
        var context = new SpeakerContext(_v, _mentions, new ResolvedMentions(drafts.Count), _rules);
        foreach (QuoteDraft d in drafts)
        {
            // "…, said the report." taken into the content: the report is the source (before the content is marked as talked about).
            InvertedSubjectPiece.Apply(_v, d);

            // Session 13: a source the finder took from inside a relative clause between the subject and the cue ("Former
            // captain X, who now plays for Al-Madina, says"), a listed organisation name before a role (session 14: "A
            // Department for Media, Culture and Sport spokeswoman said"), a name after two coordinated titles (session 14:
            // "vice president and treasurer Fred Zuckerman said"), the sentence's subject before "for" + a participle cue whose
            // subject is the verb's object ("suspended a candidate for allegedly suggesting"), a source after the comma of
            // the cue "According to X," itself, a person before "in <place>" ("The BBC's X in Mumbai says"). Before the content and
            // insertions are marked as talked about.
            if (!d.HasSource || d.ContinuesFrom is not null)
            {
                continue;
            }

            if (d.SourceEnd < _v.Count && _v.Shapes[d.SourceEnd - 1] == TokenShape.Lower && _v.Shapes[d.SourceEnd] == TokenShape.Lower && !_v.InQuote(d.SourceEnd)
                && SpeakerWords.IsAnyDocumentNoun(_v.Chars(d.SourceEnd)) && NounPhrases.IsNounAfter(_v, d.SourceEnd - 1) && !_v.Is(d.SourceEnd - 1, WordClass.CueVerb)
                && !NounPhrases.IsPlural(_v.Chars(d.SourceEnd - 1)) // a modifier noun is singular ("analysts | forecast." is a subject and its verb)
                && (d.SourceEnd + 1 >= _v.Count || _v.Shapes[d.SourceEnd + 1] is not (TokenShape.Lower or TokenShape.Capitalised)
                    || (_v.TextIs(d.SourceEnd + 1, "in") && _v.Shapes[d.SourceEnd + 2 < _v.Count ? d.SourceEnd + 2 : d.SourceEnd + 1] == TokenShape.Capitalised)))
            {
                // "according to newspaper | reports.": the noun after the source heads its phrase; the source was its modifier
                // (session 14: also before "in" and a place, "according to press | reports in China").
                d.SetSource(d.SourceFirst, d.SourceEnd + 1);
            }

            if ((RelativeInsertion.Subject(_v, d) is (>= 0, _) s ? s
                : OrganisationListName.Subject(_v, d) is (>= 0, _) listed ? listed
                : CoordinatedTitleName.Subject(_v, d) is (>= 0, _) titledName ? titledName
                : ForGerundObject.Subject(_v, d) is (>= 0, _) o ? o
                : PlaceAfterPerson.Subject(_v, d) is (>= 0, _) p ? p
                : AccordingToObject.Subject(_v, d)) is (>= 0, _) subject)
            {
                d.SetSource(subject.First, subject.End);
            }

            if (ParticipleClauseSource.Subject(_v, d, drafts) is (>= 0, _) clauseSource)
            {
                // Session 22: "Work and pensions minister Alan Johnson said …, adding …": the clause verb's source, not "Work".
                d.SetSource(clauseSource.First, clauseSource.End);
            }

            if (ParentheticalAdverb.Subject(_v, d) is (>= 0, _) adverb)
            {
                // Session 16: "Others, however, who …, said": the subject before the adverb's commas (also where the
                // relative clause's subject was taken for the adverb just above).
                d.SetSource(adverb.First, adverb.End);
            }

            if (AppositiveInsertion.Subject(_v, d) is (>= 0, _) appositiveSubject)
            {
                // Session 19: "Winn-Dixie, once among the most profitable of US grocers, said": the subject before the appositive.
                d.SetSource(appositiveSubject.First, appositiveSubject.End);
            }
            else if (IncludingList.Subject(_v, d) is (>= 0, _) listHead)
            {
                // Session 19: "Campaign groups including Friends of the Earth and War on Want said": the subject before the list.
                d.SetSource(listHead.First, listHead.End);
            }

            if (CoordinatedClauseSubject.Subject(_v, d) is (>= 0, _) secondClause)
            {
                // Session 19: "X say … and the Liberal Democrats claim …": the second clause's own subject.
                d.SetSource(secondClause.First, secondClause.End);
            }

            if (SharedHeadCoordination.Subject(_v, d) is (>= 0, _) sharedHead)
            {
                // Session 19: "the Internet media and software company said": the modifiers' shared head noun.
                d.SetSource(sharedHead.First, sharedHead.End);
            }

            if (PossessiveDeterminerHead.Subject(_v, d) is (>= 0, _) possessedHead)
            {
                // Session 20: "…," his family said: the possessive's noun phrase, not the bare "his".
                d.SetSource(possessedHead.First, possessedHead.End);
            }

            if (ConjoinedSubject.Subject(_v, d) is (>= 0, _) conjoined)
            {
                // Session 18: "France and Germany vowed", "Labour and the Tories say": the whole coordination speaks, not its last conjunct.
                d.SetSource(conjoined.First, conjoined.End);
            }
        }

        context.MarkReportedContent(drafts);
        for (int index = 0; index < drafts.Count; index++)
        {
            QuoteDraft d = drafts[index];
            if (((index + 1) & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (d.ContinuesFrom is { } previous)
            {
                d.Speaker = previous.Speaker;
                d.ResolvedBy = RuleNames.PreviousSpeaker;
                continue;
            }

            if (TickerLinkSubject.Subject(_v, d) is (>= 0, _) linked)
            {
                // Session 18: "Intel Corp. <A HREF=…>INTC.O</A> on Thursday said": the name before the ticker's link.
                d.SetSource(linked.First, linked.End);
            }

            if (!d.HasSource && CoordinatedCue.SentenceSubject(_v, d) is (>= 0, _) sentenceSubject)
            {
                // "The ministry puts the deficit at 4% and claims that …": the source the finder missed is the sentence's subject.
                d.SetSource(sentenceSubject.First, sentenceSubject.End);
            }

            if (!d.HasSource && OneAfterQuote.Source(_v, d) is (>= 0, _) one)
            {
                // Session 24: "…," one said.
                d.SetSource(one.First, one.End);
            }

            if (!d.HasSource)
            {
                continue;
            }

            if (SourceInOwnContent(d) && d.CueFirst < d.SourceFirst && SubjectOfCue(d) is (>= 0, _) cueSubject)
            {
                // "She said …, but suggested the relationship between the press, politicians and the public …": a mention
                // inside the quote's own words is what is talked about; the speaker is the subject of the cue before it.
                d.SetSource(cueSubject.First, cueSubject.End);
            }

            if (d.HasCue && d.CueFirst > d.SourceEnd && SubjectAfterInsertion(d.SourceFirst, d.SourceEnd, d.CueFirst) is (>= 0, _) subject)
            {
                d.SetSource(subject.First, subject.End);
            }
            else if (d.HasCue && d.CueFirst > d.SourceEnd && InsertedReporter(d.SourceEnd, d.CueFirst) is (>= 0, _) reporter)
            {
                d.SetSource(reporter.First, reporter.End);
            }
            else if (WithParticiple.Subject(_v, d) is (>= 0, _) absolute)
            {
                // "…, with the label saying the album was due": the participle's own subject.
                d.SetSource(absolute.First, absolute.End);
            }

            // A source that only modifies its cue's subject ("Brazilian" of "Brazilian Finance Minister X") speaks as the subject;
            // one inside the participle phrases of a long subject ("The head of a panel charged with … his associates said") as its opening.
            // One that is only a preposition's object after a role ("High Commissioner to Britain") as the role; one inside
            // the organisation of an appositive role ("Daniel McKinley, oil analyst with Smith Barney, Upham Harris and Co said") as the person.
            // Session 10: the person a publication quoted ("X was quoted in the Courier saying"), a verb of saying after "and"
            // (the first verb's subject), the person of "X of Delgado Inc said" / "one dealer for a Swiss bank", the name
            // after an organisation's title ("Delgado Ltd analyst Ana Ruiz"). Session 11: the person after an organisation of
            // several words and a role ("Association of Harbour Pilots president Ana Ruiz"). Session 12: the whole phrase of a role
            // noun after a possessive ("The dockers' lawyer argued"), the noun before a participle ("Police investigating X's death said").
            // Session 15: the person noun opening the sentence before a modifier that holds the source ("One source at a bank
            // involved in the deal said"). Session 17: the phrase before a restrictive relative clause that holds it ("The company
            // that makes half the flu vaccine used in the United States said").
            (int first, int end) = CoordinatedRole.Subject(_v, d) is (>= 0, _) firstRole ? firstRole
                : QuotedBy.Subject(_v, d) is (>= 0, _) quotedPerson ? quotedPerson
                : CoordinatedCue.Subject(_v, drafts, index) is (>= 0, _) shared ? shared
                : CoordinatedCue.SharedSubject(_v, d) is (>= 0, _) sharedSubject ? sharedSubject
                : PostModifiedHead.Subject(_v, d) is (>= 0, _) postModified ? postModified
                : PrepositionHolder.Subject(_v, d) is (>= 0, _) holder ? holder
                : PersonBeforeModifier.Subject(_v, d) is (>= 0, _) opener ? opener
                : RestrictiveRelativeSubject.Subject(_v, d) is (>= 0, _) clauseOpener ? clauseOpener
                : NameAfterModifier.Subject(_v, d) is (>= 0, _) titled ? titled
                : OrganisationTitledName.Subject(_v, d) is (>= 0, _) officer ? officer
                : LongSubject.Subject(_v, d) is (>= 0, _) opening ? opening
                : DocumentTopic.Subject(_v, d) is (>= 0, _) document ? document
                : ParticipleModifier.Subject(_v, d) is (>= 0, _) modified ? modified
                : PrepositionObjectSource.Subject(_v, d) is (>= 0, _) role ? role
                : AppositiveRoleSource.Subject(_v, d) is (>= 0, _) person ? person
                : NameAfterTitleSource.Subject(_v, d) is (>= 0, _) named ? named
                : PossessorSource.Subject(_v, d) is (>= 0, _) possessed ? possessed
                : DescribedOrganisationNoun.Subject(_v, d) is (>= 0, _) describedFirm ? describedFirm
                : ModifierSource.Subject(_v, d) is (>= 0, _) widened ? widened : (d.SourceFirst, d.SourceEnd);

            // Session 26: a name the appositive role runs on from with no comma ("Dr Alan Reeve games systems director at …")
            // is resolved as the name alone, not widened over the role's modifiers.
            (SpeakerCandidate? speaker, string rule) = context.Resolve(first, end, AppositiveRoleSource.IsUnpunctuatedName(_v, d, first, end) ? 1 : 0);
            if (rule == RuleNames.RoleNoun && speaker is { IsPerson: true } && NamedInContent(d, speaker.Key)
                && new Rules.DescriptionRule().TryResolve(context, SourcePhrase.Of(_v, first, end, 0), out SpeakerCandidate? described))
            {
                // "The Sydney Olympic gold medallist says Conte damaged her reputation": a role noun resolved to a person the
                // quote's own words name is someone else; the description speaks.
                (speaker, rule) = (described, RuleNames.Description);
            }

            if (rule == RuleNames.Description && speaker is not null && PostModifiedHead.Subject(_v, d) == (first, end) && !_v.TextIs(end, "in"))
            {
                // Session 28: "Sources close to the Treasury said": the head resolved; the speaker is named by the whole phrase.
                string whole = context.Mentions.Describe(first, Math.Max(end, d.SourceEnd), out string wholeKey);
                speaker = speaker with { Name = whole, Key = wholeKey };
            }

            if (CoordinatedNationalities.Phrase(_v, d) is (>= 0, var groupEnd) and var (groupFirst, _)
                && new Rules.DescriptionRule().TryResolve(context, SourcePhrase.Of(_v, groupFirst, groupEnd, 1), out SpeakerCandidate? group))
            {
                // Session 28: "…, U.S. and Japanese officials said": the group the two names modify speaks, not the first name.
                (speaker, rule) = (group, RuleNames.Description);
            }

            if (rule == RuleNames.Pronoun && speaker is { IsPerson: true } pronounPerson && end - first == 1
                && (NamedInOwnWords.Names(_v, d, pronounPerson.Name) || NamedInOwnWords.NamesByTitle(_v, _mentions, d, pronounPerson.Key))
                && Rules.PersonPronounRule.Antecedent(context, first, NameGenders.OfPronoun(_v.Chars(first)), pronounPerson.Key) is { } other)
            {
                // Session 15: ""I had a chat with Sam Ridley …," he said": a he/she resolved to a person the quote's own words
                // name is the nearest other agreeing person.
                speaker = other;
            }

            d.Speaker = speaker;
            d.ResolvedBy = rule;
            // A headline's attribution summarises the body: its words are no antecedent of the body's role nouns and pronouns.
            // Session 18: an "I" outside quotation marks is the writer (a reader signing a comment), no antecedent of a later
            // he, she or role noun.
            bool writer = end - first == 1 && _v.TextIs(first, "I") && !_v.InQuote(first);
            if (speaker is not null && d.ActionBy != Filters.NestedCueActions.Name && !d.InHeadline && !writer)
            {
                // "A spokesman for Munich Re said …. "…," he said": the organisation speaks through a person a later he/she means.
                // "It said …": whatever "it" means is an organisation for a later "it" (a name the recogniser missed included).
                bool it = end - first == 1 && _v.Is(first, WordClass.ItPronoun) && !speaker.IsGroup;
                context.Resolved.Add(new Mention(first, end, rule == RuleNames.SpokespersonFor ? speaker with { IsPerson = true }
                    : it ? speaker with { IsPerson = false, IsGroup = true } : speaker));
            }
        }

        LeadRoleNames.Apply(_v, drafts);
    }

    /// <summary>
    /// True when a mention of the speaker <paramref name="key"/> starts inside one of the draft's content pieces, other
    /// than as a possessor (session 24: <c>Ricky Gervais' new sitcom will be filmed in London, the comedian has told
    /// fans</c> — a person's own work, not a person the words are about, and the role noun is that person).
    /// </summary>
    private bool NamedInContent(QuoteDraft d, string key)
    {
        foreach (Documents.TextSpan piece in d.Content)
        {
            for (int i = _mentions.LastMentionBefore(_v.FirstTokenFrom(piece.End)); i >= 0 && _v.Starts[_mentions[i].First] >= piece.Start; i--)
            {
                Mention m = _mentions[i];
                if (_v.Starts[m.First] < piece.End && string.Equals(m.Speaker.Key, key, StringComparison.Ordinal)
                    && !(m.End < _v.Count && SpeakerWords.IsPossessive(_v.Chars(m.End))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the draft's source mention starts inside one of its own content pieces.</summary>
    private bool SourceInOwnContent(QuoteDraft d)
    {
        if (!d.HasCue || d.SourceFirst >= _v.Count)
        {
            return false;
        }

        int at = _v.Starts[d.SourceFirst];
        foreach (Documents.TextSpan piece in d.Content)
        {
            if (piece.Start <= at && at < piece.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject before the draft's cue in its sentence, outside its content, or (-1, -1).</summary>
    private (int First, int End) SubjectOfCue(QuoteDraft d)
    {
        if (d.CueFirst >= _v.Count)
        {
            return (-1, -1);
        }

        (int f, int e) = SourceFinder.SubjectBefore(_v, d.CueFirst, NounPhrases.SentenceStart(_v, d.CueFirst));
        return f >= 0 && e <= d.CueFirst && _v.Starts[f] < (d.Content.Count > 0 ? d.Content[0].Start : int.MaxValue) ? (f, e) : (-1, -1);
    }

    /// <summary>Most tokens of the subject of an inserted report (", the Tory leader claimed,").</summary>
    private const int MaxInsertedSubject = 4;

    /// <summary>
    /// "Mr Blair has failed to tackle these problems, he claimed, saying he has the "wrong solution"": a participle cue
    /// (", saying") right after an inserted report (", he claimed,") has the inserted report's subject, not a name in
    /// the clause it reports. Returns that subject when the source lies before the insertion, else (-1, -1).
    /// </summary>
    private (int First, int End) InsertedReporter(int sourceEnd, int cue)
    {
        DocumentView v = _v;
        int comma = cue - 1, verb = cue - 2;
        if (verb - 2 < sourceEnd || v.Shapes[comma] != TokenShape.Comma || v.Shapes[cue] != TokenShape.Lower || !v.Chars(cue).EndsWith("ing", StringComparison.Ordinal)
            || v.Shapes[verb] != TokenShape.Lower || !v.Is(verb, WordClass.CueVerb) || v.SentenceOf[verb] != v.SentenceOf[cue])
        {
            return (-1, -1);
        }

        for (int c = verb - 1; c >= sourceEnd && verb - c <= MaxInsertedSubject + 1; c--)
        {
            if (v.Shapes[c] == TokenShape.Comma)
            {
                int first = c + 1;
                return first < verb && first > sourceEnd && (verb - first == 1 && v.Is(first, WordClass.SingularPronoun | WordClass.PluralPronoun) || v.IsNameToken(verb - 1)
                    || v.Is(verb - 1, WordClass.RoleNoun)) ? (first, verb) : (-1, -1);
            }

            if (v.InQuote(c) || v.Shapes[c] is not (TokenShape.Lower or TokenShape.Capitalised))
            {
                return (-1, -1);
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// "In Duisburg, the inland port on the Rhine, logistics firms said": a mention inside a prepositional phrase that
    /// is followed by a comma and the cue's own subject is not the source; the subject is. (-1, -1) when that does not apply.
    /// </summary>
    private (int First, int End) SubjectAfterInsertion(int first, int end, int cue)
    {
        DocumentView v = _v;
        if (end >= v.Count || v.Shapes[end] != TokenShape.Comma || first == 0)
        {
            return (-1, -1);
        }

        int prep = v.Is(first - 1, WordClass.Determiner) ? first - 2 : first - 1;
        if (prep < 0 || v.Shapes[prep] != TokenShape.Lower || !SpeakerWords.IsPreposition(v.Chars(prep)) || v.SentenceOf[prep] != v.SentenceOf[first])
        {
            return (-1, -1);
        }

        (int f, int e) = SourceFinder.SubjectBefore(v, cue, end + 1);
        if (f <= end && cue - 1 > end + 1 && v.Shapes[cue - 1] == TokenShape.Comma && v.Shapes[cue] == TokenShape.Lower && v.Chars(cue).EndsWith("ing", StringComparison.Ordinal))
        {
            // "But in an interview with the Financial Times, Mr Blair refused to be pinned down, saying …": a participle
            // after the main clause has the main clause's subject, the first phrase after the opening phrase's comma.
            (f, e) = MainClauseSubject(end + 1, cue - 1);
        }

        return f > end ? (f, e) : (-1, -1);
    }

    /// <summary>True for "Mr", "Mrs", "Ms", "Dr" (with or without a full stop) at <paramref name="t"/>.</summary>
    private bool IsPersonTitle(int t) => NameGenders.OfTitle(_v.Chars(t)) != Gender.Unknown || _v.TextIs(t, "dr") || _v.TextIs(t, "dr.");

    /// <summary>
    /// The subject opening the clause at <paramref name="first"/>: a he/she/they, a name (its words only, not the verb
    /// after it), or a determiner and a noun or two before a lower-case word; (-1, -1) when none.
    /// </summary>
    private (int First, int End) MainClauseSubject(int first, int limit)
    {
        DocumentView v = _v;
        if (first >= limit || v.InQuote(first))
        {
            return (-1, -1);
        }

        if (v.Is(first, WordClass.SingularPronoun | WordClass.PluralPronoun))
        {
            return (first, first + 1);
        }

        int k = first;
        while (k < limit && k - first < 5 && (v.IsNameToken(k) && !v.Is(k, WordClass.CapitalisedFunctionWord) || IsPersonTitle(k) && v.IsNameToken(k + 1)))
        {
            k++;
        }

        if (k > first)
        {
            return k < limit && v.Shapes[k] == TokenShape.Lower ? (first, k) : (-1, -1);
        }

        (int f, int e) = SourceFinder.SentenceSubject(v, first, limit);
        return f == first && e < limit && v.Is(first, WordClass.Determiner) && v.Shapes[e] == TokenShape.Lower ? (f, e) : (-1, -1);
    }
}
