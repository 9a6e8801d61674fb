using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;
using NewsNlp.Quotes.Speakers.Subjects;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "they", "it": the subject of this sentence or of one of the two before it when that is a group (for "it" also a
/// document: "the report"), else the nearest
/// earlier group, a resolved speaker or a mention outside quotations.
/// </summary>
internal sealed class GroupPronounRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.Pronoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        if (!phrase.IsOneToken || !context.View.Is(phrase.First, WordClass.PluralPronoun | WordClass.ItPronoun))
        {
            speaker = null;
            return false;
        }

        speaker = GroupAntecedent(context, phrase.First);
        return true;
    }

    /// <summary>
    /// Session 22: what a possessive "its"/"their" at <paramref name="possessive"/> means: the group "it"/"they" there would
    /// mean ("According to its estimate" is the association's).
    /// </summary>
    internal static SpeakerCandidate? Antecedent(SpeakerContext context, int possessive) => GroupAntecedent(context, possessive);

    private static SpeakerCandidate? GroupAntecedent(SpeakerContext context, int pronoun)
    {
        DocumentView v = context.View;
        MentionIndex mentions = context.Mentions;
        int s = v.SentenceOf[pronoun];
        for (int back = 0; s >= 0 && back <= 2 && s - back >= 0; back++)
        {
            TokenRange sentence = v.Document.Sentences[s - back];
            if (v.ParagraphOf[sentence.FirstToken] < v.ParagraphOf[pronoun] - 1)
            {
                continue;
            }

            // A group that spoke in an earlier sentence ("The move could mean more confusion, experts warned. They say …")
            // is what "they" means before that sentence's grammatical subject; also in a sentence opening with a
            // preposition ("In a statement, the firm said …. However, it stressed …").
            if (back > 0 && context.Resolved.LastGroupBefore(sentence.EndToken) is { } spoke && spoke.First >= sentence.FirstToken
                && !context.InReportedContent(spoke.First) && Agrees(v, pronoun, spoke.Speaker))
            {
                return spoke.Speaker;
            }

            // "…, said the report. It said …": a document that spoke in an earlier sentence, also as an inverted subject.
            if (back > 0 && v.Is(pronoun, WordClass.ItPronoun) && context.Resolved.LastNonPersonBefore(sentence.EndToken) is { } spokeDocument
                && spokeDocument.First >= sentence.FirstToken && spokeDocument.End > spokeDocument.First && v.Shapes[spokeDocument.End - 1] == TokenShape.Lower
                && IsSingularDocument(v, spokeDocument.End - 1) && !context.InReportedContent(spokeDocument.First))
            {
                return spokeDocument.Speaker;
            }

            if (back == 0 && SubordinateClauseSubject(context, sentence.FirstToken, pronoun) is { } opening)
            {
                return opening; // session 22: "Since the government came to power, it has indicated …": the opening clause's subject
            }

            if (StartsWithPreposition(v, sentence.FirstToken))
            {
                continue;
            }

            (int f, int e) = SourceFinder.SentenceSubject(v, BodyFirst(v, sentence.FirstToken, back == 0 ? pronoun : sentence.EndToken), back == 0 ? pronoun : sentence.EndToken);
            if (f < 0 || e > pronoun || (e - f == 1 && v.Is(f, WordClass.SubjectPronoun)))
            {
                continue;
            }

            if (v.Is(pronoun, WordClass.PluralPronoun))
            {
                // Session 21: "Labour and the Tories have attacked …. Inevitably they insist": "they" is the whole coordination.
                e = ConjoinedSubject.SubjectCoordinationEnd(v, e, back == 0 ? pronoun : sentence.EndToken);
            }

            // "The report may also undermine …. "…," it said": a document that is an earlier sentence's subject is what "it" means.
            bool document = back > 0 && v.Is(pronoun, WordClass.ItPronoun) && v.Shapes[e - 1] == TokenShape.Lower && IsSingularDocument(v, e - 1);
            bool saysIt = back > 0 && v.Is(pronoun, WordClass.ItPronoun) && SaysIt(v, e, sentence.EndToken);
            if (back > 0 && !document && !NounPhrases.IsPlural(v.Chars(e - 1)) && !v.Is(e - 1, WordClass.NonPersonNameWord | WordClass.RoleNoun) && !IsOrganisation(v, e - 1)
                && !SpeakerWords.IsOrgNoun(v.Chars(e - 1)) && !saysIt)
            {
                continue;
            }

            if (!CanBeAntecedent(context, f, e, pronoun, back))
            {
                continue;
            }

            // Session 19: "US supermarket group Winn-Dixie has filed …": the name after an organisation noun is the subject's head.
            e = NameAfterOrganisationNoun(v, e, back == 0 ? pronoun : sentence.EndToken);

            (SpeakerCandidate? sc, _) = context.Resolve(f, e);
            if (sc is not null && (back == 0 || sc.IsGroup || document || (saysIt && sc.Type is null or EntityType.Organization)))
            {
                return saysIt && !sc.IsGroup ? sc with { IsPerson = false, IsGroup = true } : sc;
            }
        }

        Mention? best = context.Resolved.LastGroupBefore(pronoun);
        if (best is { } spokeLast && PluralDescription(v, pronoun, spokeLast.Speaker))
        {
            best = null; // "critics argue …. Since the government came to power, it has indicated …": "it" is no plural group
        }

        if (mentions.IsSorted)
        {
            // The loop below in O(1) (see PersonPronounRule).
            int last = mentions.LastMentionBefore(pronoun);
            int j = last < 0 ? -1 : mentions.PreviousGroup(last);
            // A group only talked about (named inside a reported content: "analysts estimate OPEC is producing …") is
            // passed over, as for "he" (a bounded number of steps keeps this O(1)).
            for (int step = 0; j >= 0 && step < MaxTalkedAboutSkipped && (TalkedAbout(context, mentions[j]) || PluralDescription(v, pronoun, mentions[j].Speaker)); step++)
            {
                j = j == 0 ? -1 : mentions.PreviousGroup(j - 1);
            }

            // A mention inside a resolved source ("Federation of Dutch" of "The Federation of Dutch builders") is that source.
            if (j >= 0 && (best is null || mentions[j].First >= best.Value.End))
            {
                best = mentions[j];
            }
        }

        for (int i = mentions.IsSorted ? -1 : mentions.LastMentionBefore(pronoun); i >= 0; i--)
        {
            Mention m = mentions[i];
            if (best is not null && m.First < best.Value.End)
            {
                break;
            }

            if (m.Speaker.IsGroup && !TalkedAbout(context, m) && !PluralDescription(v, pronoun, m.Speaker))
            {
                best = m;
                break;
            }
        }

        int paragraph = v.ParagraphOf[pronoun];
        return best is not null && paragraph - v.ParagraphOf[best.Value.First] <= SpeakerRules.MaxParagraphDistance ? best.Value.Speaker : null;
    }

    /// <summary>Most tokens from a sentence's start to a dateline's dash ("NEW YORK (Reuters) -").</summary>
    private const int MaxDateline = 10;

    /// <summary>
    /// Session 27: the first token after a dateline opening the sentence at <paramref name="first"/> (capitals and a
    /// bracketed agency, then a dash: <c>NEW YORK (Reuters) - Acme Corp said profit fell, as it warned …</c>), else
    /// <paramref name="first"/>: the dateline's place is not the subject an "it" means.
    /// </summary>
    private static int BodyFirst(DocumentView v, int first, int end)
    {
        for (int t = first + 1; t < end && t - first <= MaxDateline; t++)
        {
            if (v.Shapes[t] == TokenShape.Dash)
            {
                return ConjoinedSubject.AfterDateline(v, first, t) && t + 1 < end ? t + 1 : first;
            }
        }

        return first;
    }

    /// <summary>
    /// True when the subject ending before <paramref name="after"/> reports about itself as "it": <c>T-Mobile (also) said
    /// it would …</c> — a name that is an "it" is an organisation a later "it announced" means, whether or not the entity
    /// recogniser knew it.
    /// </summary>
    private static bool SaysIt(DocumentView v, int after, int sentenceEnd)
    {
        for (int t = after; t < sentenceEnd - 1 && t - after < 3; t++)
        {
            if (v.Is(t, WordClass.CueVerb) && v.Shapes[t] == TokenShape.Lower)
            {
                int next = v.Is(t + 1, WordClass.That) ? t + 2 : t + 1;
                return next < sentenceEnd && v.Is(next, WordClass.ItPronoun) && !v.InQuote(next);
            }

            if (v.Shapes[t] != TokenShape.Lower)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a singular document noun at <paramref name="t"/>, of the speaker rules' list or any other a source can be
    /// (session 14: "The lawsuit noted that …. It stated …" — a lawsuit, complaint or filing states things as a report does).
    /// </summary>
    private static bool IsSingularDocument(DocumentView v, int t) =>
        SpeakerWords.IsDocumentNoun(v.Chars(t)) || (SpeakerWords.IsAnyDocumentNoun(v.Chars(t)) && !NounPhrases.IsPlural(v.Chars(t)));

    /// <summary>False for "it" and a plural group ("experts"), true otherwise.</summary>
    private static bool Agrees(DocumentView v, int pronoun, SpeakerCandidate group)
    {
        if (!v.Is(pronoun, WordClass.ItPronoun))
        {
            return true;
        }

        string name = group.Name;
        int space = name.LastIndexOf(' ');
        return group.Type is not null || !NounPhrases.IsPlural(name.AsSpan(space + 1));
    }

    /// <summary>
    /// True for "it" and a lower-case plural description ("critics", "some analysts"): no "it". A name whose last word is
    /// plural ("Association of British insurers") still agrees.
    /// </summary>
    private static bool PluralDescription(DocumentView v, int pronoun, SpeakerCandidate group) =>
        group.Name.Length > 0 && char.IsLower(group.Name[0]) && !Agrees(v, pronoun, group);

    /// <summary>How many talked-about groups the fallback passes over before it stops looking.</summary>
    private const int MaxTalkedAboutSkipped = 8;

    /// <summary>
    /// Session 22: the organisation or group that is the subject of a subordinate clause opening the sentence, when the
    /// pronoun opens the main clause right after its comma: "Since the government came to power in October, it has
    /// indicated …", "After the banks met on Monday, they said …". The clause needs a verb after its subject ("Since
    /// October, it …" has none) and the pronoun must agree ("it" no plural noun); a person is no "it" or "they".
    /// </summary>
    private static SpeakerCandidate? SubordinateClauseSubject(SpeakerContext context, int sentenceFirst, int pronoun)
    {
        DocumentView v = context.View;
        int comma = pronoun - 1;
        if (comma <= sentenceFirst + 2 || v.Shapes[comma] != TokenShape.Comma || v.InQuote(pronoun) || !v.TextIsAny(sentenceFirst, SubordinatingConjunctions))
        {
            return null;
        }

        for (int t = sentenceFirst + 1; t < comma; t++)
        {
            if (v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark || v.InQuote(t))
            {
                return null; // one clause, no list or quotation before the main clause
            }
        }

        (int f, int e) = SourceFinder.SentenceSubject(v, sentenceFirst + 1, comma);
        if (f != sentenceFirst + 1 || e >= comma || v.Is(f, WordClass.SubjectPronoun) || v.Shapes[e] != TokenShape.Lower || v.Is(e, WordClass.Determiner)
            || context.InReportedContent(f))
        {
            return null;
        }

        bool plural = NounPhrases.IsPlural(v.Chars(e - 1)) && !v.IsNameToken(e - 1);
        if (v.Is(pronoun, WordClass.ItPronoun) == plural)
        {
            return null;
        }

        (SpeakerCandidate? sc, _) = context.Resolve(f, e);
        return sc is not null && !sc.IsPerson && (sc.IsGroup || sc.Type == EntityType.Organization || SpeakerWords.IsOrgNoun(v.Chars(e - 1))) ? sc : null;
    }

    /// <summary>Conjunctions that open a subordinate clause before the main one.</summary>
    private static readonly string[] SubordinatingConjunctions = ["since", "after", "when", "although", "though", "while", "because", "once", "before", "until", "as"];

    /// <summary>True for a mention inside a reported quote's content or in an insertion between a source and its cue.</summary>
    private static bool TalkedAbout(SpeakerContext context, Mention m) => context.InReportedContent(m.First) || context.InSourceInsertion(m.First);

    /// <summary>
    /// False for a sentence "subject" that cannot be what "they"/"it" stands for: words of the reported content itself
    /// ("Of this total, the firms would raise …, they said"; "The crucial question, they said, is …"), an opening
    /// participle ("Looking forward, the firm expects …, although it warned"), a function word, or a common plural for "it".
    /// </summary>
    private static bool CanBeAntecedent(SpeakerContext context, int first, int end, int pronoun, int back)
    {
        DocumentView v = context.View;
        bool functionWord = v.Is(end - 1, WordClass.CapitalisedFunctionWord) || (v.Is(first, WordClass.CapitalisedFunctionWord) && !v.Is(first, WordClass.Determiner));
        if (context.InReportedContent(first) || functionWord || (v.Shapes[first] == TokenShape.Capitalised && v.Chars(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !v.IsNameToken(first + 1)))
        {
            return false;
        }

        if (HeadlineLine.HoldsOnly(v, first, pronoun))
        {
            return false; // session 16: "Trial opens" (the headline) is no group a body's "They asked" means
        }

        if (back == 0 && end == pronoun)
        {
            return false; // session 19: "However they said …": a word right before the pronoun opens its clause; the pronoun is the subject
        }

        if (back == 0 && end < pronoun && v.Shapes[end] == TokenShape.Comma && pronoun - end <= 2)
        {
            return false; // "The crucial remaining question, they said, is whether …": the subject is the content's
        }

        int head = end - 1;
        bool it = v.Is(pronoun, WordClass.ItPronoun);
        // "The Association of British insurers warned …. It said": a plural noun after an organisation's name is its name's.
        return !(it && NounPhrases.IsPlural(v.Chars(head)) && !v.IsNameToken(head) && !IsOrganisation(v, v.Is(first, WordClass.Determiner) ? first + 1 : first));
    }

    /// <summary>Most words of a name after an organisation noun ("group Winn-Dixie").</summary>
    private const int MaxNameAfterNoun = 4;

    /// <summary>
    /// One past the name words right after a lower-case organisation noun ending at <paramref name="end"/> - 1 ("US
    /// supermarket group | Winn-Dixie"), or <paramref name="end"/> when none follow.
    /// </summary>
    private static int NameAfterOrganisationNoun(DocumentView v, int end, int limit)
    {
        if (end >= limit || v.Shapes[end - 1] != TokenShape.Lower || !SpeakerWords.IsOrgNoun(v.Chars(end - 1)))
        {
            return end;
        }

        int k = end;
        while (k < limit && k - end < MaxNameAfterNoun && !v.InQuote(k) && v.SentenceOf[k] == v.SentenceOf[end - 1]
            && (v.IsNameToken(k) && !v.Is(k, WordClass.CapitalisedFunctionWord | WordClass.SubjectPronoun)
                || (k > end && v.TextIs(k, "-") && v.IsNameToken(k + 1))))
        {
            k++;
        }

        return k < limit && v.Shapes[k] == TokenShape.Lower ? k : end;
    }

    /// <summary>True when the token belongs to an organisation's entity mention ("Allianz" of "Allianz, a leading German insurer, said").</summary>
    private static bool IsOrganisation(DocumentView v, int token) =>
        v.HasEntities && v.EntityOf[token] >= 0 && v.Document.Entities[v.EntityOf[token]].Type == EntityType.Organization;

    private static bool StartsWithPreposition(DocumentView v, int token) =>
        v.TextIs(token, "on") || v.TextIs(token, "in") || v.TextIs(token, "at") || v.TextIs(token, "for") || v.TextIs(token, "with")
        || v.TextIs(token, "from") || v.TextIs(token, "after") || v.TextIs(token, "before") || v.TextIs(token, "during") || v.TextIs(token, "by")
        || v.TextIs(token, "under") || v.TextIs(token, "over") || v.TextIs(token, "since") || v.TextIs(token, "as");
}
