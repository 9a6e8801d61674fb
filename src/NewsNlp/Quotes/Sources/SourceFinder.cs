using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Finds the noun phrase naming a speaker around a cue, from token shapes and word lists (no parser): the subject
/// before a cue (<c>X said</c>, <c>X has also said</c>, <c>X, who …, said</c>), the noun phrase after an inverted cue
/// (<c>said X</c>, <c>according to X</c>), and a sentence's first noun phrase.
/// </summary>
internal static class SourceFinder
{
    private const int MaxPhrase = 8;

    /// <summary>The subject of the cue at <paramref name="cue"/>, not before <paramref name="limit"/>; (-1, -1) when none.</summary>
    public static (int First, int End) SubjectBefore(DocumentView v, int cue, int limit)
    {
        int j = cue - 1;
        while (j >= limit && !v.InQuote(j) && (v.Is(j, WordClass.Auxiliary) || v.Is(j, WordClass.Adverb) || IsLyAdverb(v, j) || IsTimeAdverb(v, j))
            && !v.Is(j, WordClass.SingularPronoun | WordClass.PluralPronoun) && !IsModalName(v, j, cue))
        {
            j--;
        }

        if (j < limit || v.InQuote(j))
        {
            return (-1, -1);
        }

        if (v.Shapes[j] == TokenShape.CloseBracket && j - 1 >= limit)
        {
            // "Sen. Ted Cruz (R-Texas) said": skip a short parenthetical right before the cue.
            int k = j - 1;
            while (k >= limit && j - k <= 6 && v.Shapes[k] != TokenShape.OpenBracket && !v.InQuote(k))
            {
                k--;
            }

            if (k > limit && v.Shapes[k] == TokenShape.OpenBracket && v.IsNameToken(k - 1))
            {
                (int f, int e) = SubjectBefore(v, k, limit);
                return f >= 0 ? (f, e) : (-1, -1);
            }
        }

        if (v.Shapes[j] == TokenShape.Comma)
        {
            // X, who …, said / X, a spokesman, said / X, 45, said: skip back to the comma opening the insertion.
            int k = j - 1;
            while (k >= limit && j - k <= 30 && v.Shapes[k] is not (TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon) && !v.InQuote(k))
            {
                k--;
            }

            if (k < limit || v.Shapes[k] != TokenShape.Comma || k == j - 1)
            {
                return (-1, -1);
            }

            int head = k + 1;
            bool allName = true;
            for (int t = head; t < j; t++)
            {
                allName &= v.IsNameToken(t) || (v.Shapes[t] == TokenShape.Dash && t > head);
            }

            if (allName && v.Shapes[head] == TokenShape.Capitalised && (j - head >= 2 || !v.Is(head, WordClass.CapitalisedFunctionWord)))
            {
                // "Its president, Susan Meyer-Hall, wrote": the appositive name is the speaker.
                return (head, j);
            }

            bool insertion = v.Is(head, WordClass.Relative | WordClass.Determiner) || v.Shapes[head] == TokenShape.Number
                || v.IsNameToken(head) || v.Is(head, WordClass.RoleNoun) || v.Shapes[head] == TokenShape.Lower;
            if (!insertion)
            {
                return (-1, -1);
            }

            (int f, int e) = PhraseEndingAt(v, k - 1, limit);
            return f >= 0 ? (f, e) : (-1, -1);
        }

        if (v.Is(j, WordClass.SubjectPronoun))
        {
            return (j, j + 1);
        }

        if (v.TextIs(j, "and") || v.TextIs(j, "but"))
        {
            // Coordinated verbs: "he praised the results and said …": the subject is the clause's pronoun or name.
            for (int k = j - 1; k >= limit && j - k <= 15 && !v.InQuote(k); k--)
            {
                if (v.Shapes[k] is TokenShape.SentenceEnd or TokenShape.Semicolon)
                {
                    break;
                }

                if (v.Is(k, WordClass.SingularPronoun | WordClass.PluralPronoun) && v.Shapes[k] != TokenShape.Capitalised || (v.Is(k, WordClass.SingularPronoun | WordClass.PluralPronoun) && (k == limit || v.SentenceOf[k - 1] != v.SentenceOf[k] || v.Shapes[k - 1] is TokenShape.Comma)))
                {
                    return (k, k + 1);
                }
            }

            return (-1, -1);
        }

        return PhraseEndingAt(v, j, limit);
    }

    /// <summary>
    /// A noun phrase ending at token <paramref name="last"/> (inclusive) going left, or (-1, -1): over <c>of</c>, a count
    /// after <c>of</c> (<see cref="CountComplement"/>), a hyphen compound (<see cref="HyphenCompound"/>), an adjective's complement (<see cref="ComplementAdjective"/>) and the link
    /// words of an organisation's name (<see cref="NameLinkWord"/>); those last three do not count towards its length.
    /// </summary>
    public static (int First, int End) PhraseEndingAt(DocumentView v, int last, int limit)
    {
        if (CountComplement.HeadBefore(v, last, limit) is >= 0 and int head && PhraseEndingAt(v, head, limit) is (>= 0 and var hf, _))
        {
            // "the 34-year-old mother of three": the count after "of" closes the phrase.
            return (hf, last + 1);
        }

        if (last < limit || !IsPhraseWord(v, last) || v.Is(last, WordClass.Boundary | WordClass.Auxiliary | WordClass.Determiner) && !v.Is(last, WordClass.RoleNoun) && !IsModalName(v, last, last + 1))
        {
            return (-1, -1);
        }

        int first = last;
        int links = 0;
        while (first - 1 >= limit && last - first + 1 - links < MaxPhrase)
        {
            int k = first - 1;
            if (v.InQuote(k))
            {
                break;
            }

            if (v.Is(k, WordClass.Determiner) && !v.Is(k, WordClass.That))
            {
                if (ComplementAdjective.IsAt(v, k - 1, limit))
                {
                    // "people familiar with | the matter said": the adjective's complement, inside the speakers' phrase.
                    first = k - 2;
                    links += 2;
                    continue;
                }

                if (NameLinkWord.IsAt(v, k - 1, limit))
                {
                    // "the Joint Council for | the Welfare of Immigrants said": one organisation's name.
                    first = k - 1;
                    links += 2;
                    continue;
                }

                first = k;
                break;
            }

            if (ComplementAdjective.IsAt(v, k, limit) || NameLinkWord.IsAt(v, k, limit))
            {
                // "sources close to | Ana Ruiz said", "the Council on | Coastal Affairs said".
                first = k;
                links++;
                continue;
            }

            if (HyphenCompound.JoinsAt(v, k, limit))
            {
                // "The 31-year-old admitted": a compound written with hyphens is one word.
                first = k - 1;
                links++;
                continue;
            }

            if (v.TextIs(k, "of") && k - 1 >= limit && IsPhraseWord(v, k - 1) && !v.Is(k - 1, WordClass.Boundary))
            {
                first = k;
                continue;
            }

            if (v.Shapes[k] == TokenShape.Dash && k - 1 >= limit && v.IsNameToken(k - 1) && v.IsNameToken(first))
            {
                first = k;
                continue;
            }

            if (IsModifyingCueWord(v, k, limit))
            {
                // "the state newspaper said": a cue-verb form between a determiner and its noun modifies the noun.
                first = k;
                continue;
            }

            if (!IsPhraseWord(v, k) || v.Is(k, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb) || v.Is(k, WordClass.SingularPronoun | WordClass.PluralPronoun))
            {
                break;
            }

            if (v.Shapes[k] == TokenShape.Capitalised && v.Is(k, WordClass.CapitalisedFunctionWord) && !v.IsNameToken(k + 1))
            {
                break;
            }

            first = k;
        }

        // A leading capitalised function word (But, And, The at a sentence start) is not part of the name.
        while (first < last && v.Is(first, WordClass.CapitalisedFunctionWord) && !v.Is(first, WordClass.Determiner) && v.Shapes[first] == TokenShape.Capitalised)
        {
            first++;
        }

        if (v.TextIs(first, "of"))
        {
            first++;
        }

        return first <= last ? (first, last + 1) : (-1, -1);
    }

    /// <summary>
    /// A lower-case cue-verb form (<c>state</c>, <c>report</c>, <c>press</c>) right after a determiner, or after a
    /// capitalised modifier that follows one (<c>the Chinese state</c>), inside a noun phrase: a noun modifier, no verb.
    /// </summary>
    private static bool IsModifyingCueWord(DocumentView v, int k, int limit)
    {
        if (v.Shapes[k] != TokenShape.Lower || !v.Is(k, WordClass.CueVerb) || v.Is(k, WordClass.Auxiliary | WordClass.Boundary) || k - 1 < limit)
        {
            return false;
        }

        int before = k - 1;
        if (v.Shapes[before] == TokenShape.Capitalised && !v.Is(before, WordClass.CapitalisedFunctionWord) && before - 1 >= limit)
        {
            before--;
        }

        return v.Is(before, WordClass.Determiner) && !v.Is(before, WordClass.That);
    }

    /// <summary>The noun phrase starting at <paramref name="start"/> (after an inverted cue or "according to"), or (-1, -1).</summary>
    public static (int First, int End) PhraseAfter(DocumentView v, int start, int limit)
    {
        int k = start;
        if (k >= limit || v.InQuote(k))
        {
            return (-1, -1);
        }

        if (v.Is(k, WordClass.SubjectPronoun))
        {
            return (k, k + 1);
        }

        int first = k;
        if (v.Is(k, WordClass.Determiner) && !v.Is(k, WordClass.That))
        {
            k++;
        }

        bool sawName = false, inName = false;
        while (k < limit && k - first < MaxPhrase && !v.InQuote(k))
        {
            if (v.IsNameToken(k))
            {
                sawName = true;
                k++;
                continue;
            }

            if (sawName && k + 1 < limit && (NameLinkWord.IsAt(v, k, first) || (inName && v.TextIs(k, "of") && v.Shapes[k + 1] == TokenShape.Capitalised)))
            {
                // "said the Council on Coastal Affairs", "the Centre for the Study of Film": one organisation's name.
                k += v.TextIs(k + 1, "the") ? 2 : 1;
                inName = true;
                continue;
            }

            if (sawName && PossessedHead.IsAt(v, k, limit))
            {
                // "according to the UK's leading critics": the name is the possessor of the head after it.
                sawName = false;
                k++;
                continue;
            }

            if (v.Shapes[k] == TokenShape.Dash && sawName && v.IsNameToken(k + 1))
            {
                k++;
                continue;
            }

            if (v.Shapes[k] is TokenShape.Lower or TokenShape.Number && !v.Is(k, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb) && !sawName)
            {
                k++;
                continue;
            }

            // Session 18: "said report author Mary Madden": a document noun the lexicon also lists as a verb modifies the role
            // noun after it, and the person named after the role is the phrase.
            if (!sawName && k == first && v.Shapes[k] == TokenShape.Lower && v.Is(k, WordClass.CueVerb) && SpeakerWords.IsAnyDocumentNoun(v.Chars(k))
                && RoleBeforeName(v, k + 1, limit) is > 0 and var author)
            {
                k = author;
                continue;
            }

            // "said the report by the UN …": a document noun the lexicon also lists as a verb heads the phrase after its determiner.
            if (!sawName && k == first + 1 && v.Is(first, WordClass.Determiner) && !v.Is(first, WordClass.That) && v.Shapes[k] == TokenShape.Lower
                && v.Is(k, WordClass.CueVerb) && SpeakerWords.IsAnyDocumentNoun(v.Chars(k)))
            {
                k++;
                continue;
            }

            // "said the state newspaper": a cue-verb form right after the determiner, before a lower-case noun, modifies it.
            if (!sawName && k == first + 1 && v.Is(first, WordClass.Determiner) && IsModifyingCueWord(v, k, first) && k + 1 < limit
                && v.Shapes[k + 1] == TokenShape.Lower && !v.Is(k + 1, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb))
            {
                k++;
                continue;
            }

            // "the 34-year-old": a hyphen written inside a lower-case compound.
            if (!sawName && k > first && k + 1 < limit && v.IsClosedUpDash(k) && v.Shapes[k + 1] == TokenShape.Lower)
            {
                k++;
                continue;
            }

            // "said Harbour star Tomas Rielly", "said Barcelona assistant coach Henk Vos": a name modifying a role, then the
            // person named after the role.
            if (sawName && RoleBeforeName(v, k, limit) is > 0 and var nameFirst)
            {
                k = nameFirst;
                continue;
            }

            // "said Richard and Judy executive producer Amanda Ross": two names joined inside the modifier of one role.
            if (sawName && JoinedRoleModifier(v, k, limit) is > 0 and var joinedName)
            {
                k = joinedName;
                continue;
            }

            if (v.Shapes[k] == TokenShape.Other && k > first && v.Chars(k).Length <= 3 && !sawName)
            {
                k++;
                continue;
            }

            // "according to some Indian firms", "said Japanese officials": a name used as a modifier of the noun of
            // speakers after it, which heads the phrase.
            if (sawName && IsSpeakerHead(v, k))
            {
                k++;
            }

            break;
        }

        return k > first && !(k == first + 1 && v.Is(first, WordClass.Determiner)) ? (first, k) : (-1, -1);
    }

    /// <summary>
    /// True when the lower-case word at <paramref name="k"/> is a noun of speakers (a role, an organisation noun, a listed
    /// group such as <c>officials</c> or <c>firms</c>) that no name follows: the head of the phrase a name before it modifies.
    /// </summary>
    private static bool IsSpeakerHead(DocumentView v, int k)
    {
        if (k >= v.Count || v.Shapes[k] != TokenShape.Lower || (k + 1 < v.Count && v.IsNameToken(k + 1) && v.SentenceOf[k + 1] == v.SentenceOf[k]))
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(k);
        return v.Is(k, WordClass.RoleNoun) || SpeakerWords.IsOrgNoun(word) || Filters.SpeakingSourceFilter.IsListedSpeakerNoun(word);
    }

    /// <summary>Most lower-case words of a role between an organisation's name and a person's ("executive producer").</summary>
    private const int MaxRoleWords = 3;

    /// <summary>
    /// The first token of a name right after one to <see cref="MaxRoleWords"/> lower-case words starting at
    /// <paramref name="k"/> whose last is a role or person noun ("star | Tomas Rielly", "assistant coach | Henk Vos"), or -1.
    /// </summary>
    private static int RoleBeforeName(DocumentView v, int k, int limit)
    {
        for (int t = k; t < limit && t - k < MaxRoleWords && Speakers.NounPhrases.IsNounAfter(v, t); t++)
        {
            bool role = (v.Is(t, WordClass.RoleNoun) && !Speakers.NounPhrases.IsPlural(v.Chars(t))) || SpeakerWords.IsSpokesNoun(v.Chars(t)) || Speakers.PersonNouns.EndAt(v, t) == t + 1;
            if (role && t + 1 < limit && v.Shapes[t + 1] == TokenShape.Capitalised && v.IsNameToken(t + 1) && !v.Is(t + 1, WordClass.CapitalisedFunctionWord)
                && v.SentenceOf[t + 1] == v.SentenceOf[k])
            {
                return t + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first token of the person's name when the "and" at <paramref name="k"/> joins a second name into the modifier
    /// of a role followed by that name ("Richard and Judy | executive producer | Amanda Ross"), or -1.
    /// </summary>
    private static int JoinedRoleModifier(DocumentView v, int k, int limit)
    {
        if (!v.TextIs(k, "and") || k + 1 >= limit || !v.IsNameToken(k + 1))
        {
            return -1;
        }

        int after = k + 1;
        while (after < limit && after - k <= MaxRoleWords && v.IsNameToken(after))
        {
            after++;
        }

        return RoleBeforeName(v, after, limit);
    }

    /// <summary>The sentence's first noun phrase (its likely subject), or (-1, -1).</summary>
    public static (int First, int End) SentenceSubject(DocumentView v, int sentenceFirst, int sentenceEnd)
    {
        int k = sentenceFirst;
        while (k < sentenceEnd && (v.Shapes[k] is TokenShape.QuoteMark or TokenShape.Punctuation || v.Is(k, WordClass.Boundary) && !v.Is(k, WordClass.SubjectPronoun)))
        {
            k++;
        }

        if (k >= sentenceEnd || v.InQuote(k))
        {
            return (-1, -1);
        }

        if (v.Is(k, WordClass.SubjectPronoun))
        {
            return (k, k + 1);
        }

        int first = k;
        if (v.Is(k, WordClass.Determiner))
        {
            k++;
        }

        while (k < sentenceEnd && (v.IsNameToken(k) || v.Chars(k).Equals("’s", StringComparison.Ordinal) || v.Chars(k).Equals("'s", StringComparison.Ordinal)
            || JoiningHyphen(v, k, first, sentenceEnd)) && k - first < MaxPhrase)
        {
            k++;
        }

        // One lower-case head, or up to two when the second is a plural, role or organisation noun ("The warring factions",
        // "The harbour board").
        int head = -1;
        for (int t = k; t < sentenceEnd && t - k < 2; t++)
        {
            // A cue-verb form right after the determiner is a noun ("The report may also …", "The statement said").
            bool noun = t == first + 1 && v.Is(first, WordClass.Determiner) && v.Is(t, WordClass.CueVerb) && SpeakerWords.IsAnyDocumentNoun(v.Chars(t));
            if (v.Shapes[t] != TokenShape.Lower || (!noun && v.Is(t, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb | WordClass.Adverb | WordClass.Determiner)))
            {
                break;
            }

            ReadOnlySpan<char> w = v.Chars(t);
            if (head < 0 || v.Is(t, WordClass.RoleNoun) || SpeakerWords.IsOrgNoun(w) || (w.Length > 3 && w[^1] == 's' && w[^2] != 's'))
            {
                head = t;
            }
        }

        if (head >= 0)
        {
            k = head + 1;
            k = PossessedRoleEnd(v, k, sentenceEnd);
        }

        return k > first && !(k == first + 1 && v.Is(first, WordClass.Determiner)) ? (first, k) : (-1, -1);
    }

    /// <summary>Most lower-case words after a possessive read for the role noun they end with ("official spokesman").</summary>
    private const int MaxPossessedRole = 3;

    /// <summary>
    /// Session 21: <c>The prime minister's official spokesman also rejected the claims</c> — a lower-case noun phrase
    /// followed by a possessive is only the possessor when a role or spokes-noun follows it: the subject runs on to that
    /// noun. The end after that noun, or <paramref name="k"/> when no possessive and role follow.
    /// </summary>
    private static int PossessedRoleEnd(DocumentView v, int k, int sentenceEnd)
    {
        if (k + 1 >= sentenceEnd || v.Shapes[k - 1] != TokenShape.Lower || !SpeakerWords.IsPossessive(v.Chars(k)) || v.InQuote(k))
        {
            return k;
        }

        int role = -1;
        for (int t = k + 1; t < sentenceEnd && t - k <= MaxPossessedRole; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower || v.InQuote(t) || v.Is(t, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb | WordClass.Adverb | WordClass.Determiner))
            {
                break;
            }

            if (v.Is(t, WordClass.RoleNoun) || SpeakerWords.IsSpokesNoun(v.Chars(t)))
            {
                role = t;
            }
        }

        return role >= 0 ? role + 1 : k;
    }

    /// <summary>A hyphen written between two name words with no space ("T-Mobile", "Lloyd-Hughes").</summary>
    private static bool JoiningHyphen(DocumentView v, int k, int first, int sentenceEnd) =>
        k > first && k + 1 < sentenceEnd && v.TextIs(k, "-") && v.IsNameToken(k - 1) && v.IsNameToken(k + 1)
        && v.Starts[k] == v.Starts[k - 1] + v.Chars(k - 1).Length && v.Starts[k + 1] == v.Starts[k] + 1;

    /// <summary>
    /// Session 20: a capitalised modal that is a name right before a finite cue: <c>"…," May said</c> (Brian May),
    /// <c>Will told reporters</c>. A modal goes before a bare verb ("may say"), never before "said", "says" or "told".
    /// </summary>
    internal static bool IsModalName(DocumentView v, int k, int cue) =>
        cue == k + 1 && cue < v.Count && v.Shapes[k] == TokenShape.Capitalised && (v.TextIs(k, "May") || v.TextIs(k, "Will"))
        && v.Shapes[cue] == TokenShape.Lower && (v.TextIsAny(cue, FiniteCues) || v.Chars(cue).EndsWith("ed", StringComparison.Ordinal));

    /// <summary>Finite forms of the commonest cue verbs that do not end in "-ed".</summary>
    private static readonly string[] FiniteCues = ["said", "says", "told", "tells", "adds", "wrote", "writes", "insists", "explains", "claims", "thinks", "thought", "warns", "believes"];

    private static bool IsPhraseWord(DocumentView v, int k) =>
        v.Shapes[k] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number
        || (v.Shapes[k] == TokenShape.Other && v.Chars(k).Length > 0 && char.IsLetter(v.Chars(k)[0]))
        || v.Chars(k).Equals("’s", StringComparison.Ordinal) || v.Chars(k).Equals("'s", StringComparison.Ordinal);

    /// <summary>
    /// Session 17: time adverbs written between a subject and its verb (<c>Amy Lane, who …, afterwards said</c>, <c>Tom Hale
    /// had earlier told</c>); the adverb list does not hold them, and they name no one.
    /// </summary>
    private static readonly string[] TimeAdverbs = ["afterwards", "afterward", "earlier", "later", "previously", "subsequently", "since", "already", "once"];

    /// <summary>True for a lower-case time adverb of <see cref="TimeAdverbs"/> outside quotations.</summary>
    private static bool IsTimeAdverb(DocumentView v, int k) => v.Shapes[k] == TokenShape.Lower && v.TextIsAny(k, TimeAdverbs);

    /// <summary>A lower-case word of more than four letters ending in "ly" (an adverb the lexicon may not list).</summary>
    public static bool IsLyAdverb(DocumentView v, int k) =>
        v.Shapes[k] == TokenShape.Lower && v.Chars(k) is { Length: > 4 } c && c[^1] == 'y' && c[^2] == 'l'; // ends in "ly" (ordinal), read in place

    /// <summary>
    /// The core of a source mention: the phrase cut before an insertion (<c>, who …</c>, <c>, including …</c>, a bracket,
    /// a dash) and before a trailing prepositional phrase (<c>The Times on Saturday</c>), not inside an organisation's name
    /// (<see cref="NameLinkWord"/>) or an adjective's complement (<see cref="ComplementAdjective"/>); when the words before the cut
    /// hold no name but the words after do (<c>footage of Trump</c>, <c>someone like Mr. Clarke</c>), the name.
    /// Never empty: returns the span unchanged when nothing applies.
    /// </summary>
    public static (int First, int End) Core(DocumentView v, int first, int end)
    {
        // "the state incorrectly stated": a trailing adverb belongs to the verb.
        while (end - first > 1 && ((v.Shapes[end - 1] == TokenShape.Lower && v.Is(end - 1, WordClass.Adverb)) || IsLyAdverb(v, end - 1)))
        {
            end--;
        }

        int cut = end;
        for (int t = first + 1; t < end; t++)
        {
            bool spacedDash = v.Shapes[t] == TokenShape.Dash && v.Starts[t] > v.Ends[t - 1];
            if (spacedDash || v.Shapes[t] is TokenShape.Comma or TokenShape.OpenBracket or TokenShape.Colon or TokenShape.Semicolon
                || v.Is(t, WordClass.Relative) || (v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.Boundary) && !v.Is(t, WordClass.NameParticle) && JoinedRoleModifier(v, t, end) < 0
                    && !ComplementAdjective.IsAt(v, t, first) && !NameLinkWord.IsAt(v, t, first) && !TitleCoordination.IsAt(v, t, first, end)))
            {
                cut = t;
                break;
            }
        }

        if (cut == end)
        {
            // "footage of Trump", "a Bloomberg interview Trump": a person named at the end of a phrase whose head is
            // something else.
            return TrailingPerson(v, first, end) is >= 0 and var person ? (person, end) : (first, end);
        }

        if (!HasName(v, first, cut) && v.Shapes[cut] == TokenShape.Lower)
        {
            // "footage of Trump": the first name after the cut, when it comes before any further insertion.
            for (int t = cut + 1; t < end && v.Shapes[t] is not (TokenShape.Comma or TokenShape.OpenBracket); t++)
            {
                if (v.IsNameToken(t) && v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord))
                {
                    int e = t + 1;
                    while (e < end && v.IsNameToken(e))
                    {
                        e++;
                    }

                    return (t, e);
                }
            }
        }

        return (first, cut);
    }

    /// <summary>
    /// A cue whose subject is what the attribution is about, not who made it, so the quote has no source mention (as
    /// PolNeAR annotates it): a passive cue ("was accused of", "has been criticized for", "is expected", "is not
    /// thought"; not "was quoted as saying"), one of seeming ("seems", "appeared"), a sentence-opening "Asked …" or
    /// "reportedly". The cue is read widened to the left over a be-verb, "not" and adverbs ("was | accused of").
    /// </summary>
    /// <summary><c>seem</c>/<c>appear</c> at <paramref name="t"/> before <c>to</c> and a lower-case verb other than <c>be</c>/<c>have</c>.</summary>
    private static bool SeemsToAct(DocumentView v, int t) =>
        t + 2 < v.Count && v.TextIs(t + 1, "to") && v.Shapes[t + 2] == TokenShape.Lower && !v.TextIs(t + 2, "be") && !v.TextIs(t + 2, "have")
        && v.SentenceOf[t + 2] == v.SentenceOf[t];

    public static bool IsSourcelessCue(DocumentView v, int cueFirst, int cueEnd)
    {
        ReadOnlySpan<char> w = v.Chars(cueFirst);
        if (w.Equals("reportedly", StringComparison.OrdinalIgnoreCase)
            || (w.Equals("asked", StringComparison.OrdinalIgnoreCase) && (cueFirst == 0 || v.SentenceOf[cueFirst - 1] != v.SentenceOf[cueFirst]))
            || SubordinateAsked.Is(v, cueFirst))
        {
            return true;
        }

        int first = cueFirst;
        while (first > 0 && cueFirst - first < 3 && v.SentenceOf[first - 1] == v.SentenceOf[cueFirst]
               && (IsBe(v.Chars(first - 1)) || v.Is(first - 1, WordClass.Adverb) || v.Chars(first - 1).Equals("not", StringComparison.OrdinalIgnoreCase) || IsLyAdverb(v, first - 1)))
        {
            first--;
        }

        bool be = false;
        for (int t = first; t < cueEnd; t++)
        {
            w = v.Chars(t);
            if (w.StartsWith("seem", StringComparison.OrdinalIgnoreCase) || w.StartsWith("appear", StringComparison.OrdinalIgnoreCase))
            {
                // "he appeared to suggest …", "Anderson seemed to think …": the subject does the hedged act and is its
                // source; "it seems (that) …", "seems too risky", "appears to be" have none.
                return !SeemsToAct(v, t);
            }

            if (IsBe(w))
            {
                be = true;
            }
            else if (be && v.Shapes[t] == TokenShape.Lower && (w.EndsWith("ed", StringComparison.Ordinal) || IsIrregularParticiple(w))
                && !w.Equals("quoted", StringComparison.OrdinalIgnoreCase) && !StateOfMindParticiple.Is(w))
            {
                return true;
            }
            else if (be && !(v.Is(t, WordClass.Adverb) || w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ly", StringComparison.Ordinal)))
            {
                be = false;
            }
        }

        return false;
    }

    private static bool IsBe(ReadOnlySpan<char> w) =>
        w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
        || w.Equals("were", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase) || w.Equals("be", StringComparison.OrdinalIgnoreCase)
        || w.Equals("being", StringComparison.OrdinalIgnoreCase);

    private static bool IsIrregularParticiple(ReadOnlySpan<char> w) =>
        w.Equals("thought", StringComparison.OrdinalIgnoreCase) || w.Equals("known", StringComparison.OrdinalIgnoreCase) || w.Equals("told", StringComparison.OrdinalIgnoreCase)
        || w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("seen", StringComparison.OrdinalIgnoreCase) || w.Equals("held", StringComparison.OrdinalIgnoreCase)
        || w.Equals("taken", StringComparison.OrdinalIgnoreCase) || w.Equals("given", StringComparison.OrdinalIgnoreCase) || w.Equals("shown", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>X, who said …</c>: the relative pronoun right after a source ending at <paramref name="sourceEnd"/> when the
    /// cue at <paramref name="cue"/> is the relative clause's verb (no comma closes the clause before it), else -1.
    /// PolNeAR marks the pronoun as the source there (3.5 times as often as the name on its train split); the speaker
    /// is still resolved to the name.
    /// </summary>
    public static int RelativePronounBefore(DocumentView v, int sourceEnd, int cue)
    {
        int who = sourceEnd + 1;
        if (cue <= who || sourceEnd >= v.Count || v.Shapes[sourceEnd] != TokenShape.Comma || !v.Is(who, WordClass.Relative)
            || cue - who > 6 || v.SentenceOf[cue] != v.SentenceOf[who])
        {
            return -1;
        }

        for (int t = who + 1; t < cue; t++)
        {
            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number) || v.InQuote(t))
            {
                return -1;
            }
        }

        return who;
    }

    /// <summary>
    /// The first token of a person mention ending the phrase <c>[first, end)</c> after a lower-case word ("of", a common
    /// noun), or -1. Titles ("Sen.", "President") are capitalised and stay with the name.
    /// </summary>
    private static int TrailingPerson(DocumentView v, int first, int end)
    {
        if (!v.HasEntities || v.EntityOf[end - 1] < 0)
        {
            return -1;
        }

        EntityMention m = v.Document.Entities[v.EntityOf[end - 1]];
        int start = m.FirstToken;
        if (m.Type != EntityType.Person || m.EndToken != end || start <= first || v.Shapes[start - 1] != TokenShape.Lower
            || v.Is(start - 1, WordClass.Determiner | WordClass.NameParticle | WordClass.RoleNoun))
        {
            return -1;
        }

        return start;
    }

    private static bool HasName(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if ((v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord | WordClass.Determiner)) || v.Is(t, WordClass.SubjectPronoun | WordClass.RoleNoun))
            {
                return true;
            }
        }

        return false;
    }
}
