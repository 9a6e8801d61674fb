using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers;

/// <summary>Noun-phrase helpers the speaker rules share: widening a mention to its phrase, its head, plural and modifier tests.</summary>
internal static class NounPhrases
{
    /// <summary>"A manager at | one firm": the role-noun phrase a mention is the prepositional object of.</summary>
    public static int ExtendLeft(DocumentView v, int first)
    {
        int limit = SentenceStart(v, first);
        int prep = first - 1;
        if (prep - 1 < limit || v.InQuote(prep) || v.InQuote(prep - 1) || v.Shapes[prep] != TokenShape.Lower
            || !SpeakerWords.IsPreposition(v.Chars(prep)) || !v.Is(prep - 1, WordClass.RoleNoun))
        {
            return first;
        }

        (int f, _) = SourceFinder.PhraseEndingAt(v, prep - 1, limit);
        return f >= 0 ? f : first;
    }

    /// <summary>
    /// "The Sunday Mail | newspaper branded …", "the Interfax | news agency": a mention that is one lower-case
    /// organisation noun right after a capitalised name run (not a person's: "the Tower commission" is not Tower) is
    /// the whole phrase; returns its first token (over a determiner), else <paramref name="first"/>.
    /// </summary>
    public static int NameBeforeOrgNoun(DocumentView v, int first, int end)
    {
        if (end - first != 1 || first == 0 || v.Shapes[first] != TokenShape.Lower || !SpeakerWords.IsOrgNoun(v.Chars(first)))
        {
            return first;
        }

        int limit = SentenceStart(v, first);
        int k = first;
        while (k - 1 >= limit && first - k < 5 && !v.InQuote(k - 1) && v.IsNameToken(k - 1) && !v.Is(k - 1, WordClass.CapitalisedFunctionWord | WordClass.RoleNoun))
        {
            k--;
            if (v.HasEntities && v.EntityOf[k] >= 0 && v.Document.Entities[v.EntityOf[k]].Type == Documents.EntityType.Person)
            {
                return first;
            }
        }

        if (k == first)
        {
            return first;
        }

        return k - 1 >= limit && v.Is(k - 1, WordClass.Determiner) ? k - 1 : k;
    }

    /// <summary>"Analysts | at Moody's Investors Service said": the prepositional phrase after a role-noun mention, when it ends the subject.</summary>
    public static int ExtendRight(DocumentView v, int first, int end)
    {
        int head = HeadEnd(v, first, end) - 1;
        if (end >= v.Count || head != end - 1 || v.InQuote(end) || v.Shapes[end] != TokenShape.Lower || !SpeakerWords.IsPreposition(v.Chars(end))
            || !(v.Is(head, WordClass.RoleNoun) || SpeakerWords.IsSpokesNoun(v.Chars(head)) || IsPlural(v.Chars(head)) && v.Shapes[head] == TokenShape.Lower))
        {
            return end;
        }

        int k = end + 1;
        if (k < v.Count && v.Is(k, WordClass.Determiner) && !v.Is(k, WordClass.That))
        {
            k++;
        }

        int words = 0;
        bool timeOnly = true;
        while (k < v.Count && words < 6 && !v.InQuote(k) && v.SentenceOf[k] == v.SentenceOf[end])
        {
            bool name = v.IsNameToken(k) || (v.Shapes[k] == TokenShape.Dash && v.IsNameToken(k - 1) && v.IsNameToken(k + 1)) || SpeakerWords.IsPossessive(v.Chars(k));
            bool noun = v.Shapes[k] == TokenShape.Lower && !v.Is(k, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Adverb | WordClass.Determiner)
                && !SpeakerWords.IsPreposition(v.Chars(k))
                && !(Sources.SourceFinder.IsLyAdverb(v, k) && v.Is(k + 1, WordClass.CueVerb | WordClass.WeakCueVerb)); // "for allegedly suggesting"
            if (!name && !noun)
            {
                break;
            }

            timeOnly &= v.Is(k, WordClass.TimeWord | WordClass.CapitalisedFunctionWord);
            words++;
            k++;
        }

        if (words == 0 || timeOnly)
        {
            return end;
        }

        bool ends = k >= v.Count || v.Shapes[k] is TokenShape.Comma or TokenShape.SentenceEnd
            || v.Is(k, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Adverb | WordClass.ObjectCue);
        return ends ? k : end;
    }

    /// <summary>One past the head part of a phrase: the phrase cut before a preposition that is not inside a name.</summary>
    public static int HeadEnd(DocumentView v, int first, int end)
    {
        for (int t = first + 1; t < end; t++)
        {
            if (IsCloseTo(v, t))
            {
                return t; // "a source close to the minister", "people close to Ana Ruiz": the source, not whom it is close to
            }

            if (v.Shapes[t] != TokenShape.Lower || !SpeakerWords.IsPreposition(v.Chars(t)))
            {
                continue;
            }

            bool insideEntity = v.HasEntities && v.EntityOf[t] >= 0 && v.EntityOf[t] == v.EntityOf[t - 1];
            bool insideName = !v.HasEntities && v.IsNameToken(t - 1) && v.IsNameToken(t + 1) && !v.Is(t - 1, WordClass.RoleNoun | WordClass.CapitalisedFunctionWord);
            if (!insideEntity && !insideName)
            {
                return t;
            }
        }

        return end;
    }

    /// <summary>"close to", "closest to", "near to" after a noun: an adjective phrase that ends the head part of a phrase.</summary>
    private static bool IsCloseTo(DocumentView v, int t) =>
        t + 1 < v.Count && v.Shapes[t] == TokenShape.Lower && (v.TextIs(t, "close") || v.TextIs(t, "closest") || v.TextIs(t, "near")) && v.TextIs(t + 1, "to")
        && v.Shapes[t - 1] == TokenShape.Lower && !v.Is(t - 1, WordClass.Auxiliary | WordClass.CueVerb | WordClass.Adverb);

    /// <summary>
    /// One past the one or two lower-case nouns after a name ending at <paramref name="nameEnd"/> (before
    /// <paramref name="limit"/>) that make it a group ("the US | government", "BBC | correspondents", "the Association of
    /// British | insurers" where the recogniser stopped at "British"): the last is an organisation noun or a plural role
    /// noun, or, with <paramref name="anyPlural"/>, any plural. -1 when no such noun follows.
    /// </summary>
    public static int GroupNounEnd(DocumentView v, int nameEnd, int limit, bool anyPlural)
    {
        int k = nameEnd;
        while (k < limit && k - nameEnd < 2 && IsNounAfter(v, k) && !v.Is(k, WordClass.TimeWord) && v.SentenceOf[k] == v.SentenceOf[nameEnd - 1])
        {
            k++;
        }

        if (k == nameEnd || (k < limit && k - nameEnd == 2 && IsNounAfter(v, k)))
        {
            return -1;
        }

        ReadOnlySpan<char> last = v.Chars(k - 1);
        bool plural = IsPlural(last) && !SpeakerWords.IsSpokesNoun(last) && (anyPlural || v.Is(k - 1, WordClass.RoleNoun));
        return SpeakerWords.IsOrgNoun(last) || plural ? k : -1;
    }

    /// <summary>
    /// True when the name ending at <paramref name="nameEnd"/> is followed by an appositive headed by an organisation
    /// noun ("Allianz, a leading German insurer,", "Hanover Re, the reinsurance firm,"): the name is an organisation's,
    /// whatever type the recogniser gave it.
    /// </summary>
    public static bool HasOrganisationAppositive(DocumentView v, int nameEnd)
    {
        if (nameEnd + 2 >= v.Count || v.Shapes[nameEnd] != TokenShape.Comma || v.InQuote(nameEnd + 1)
            || !(v.TextIs(nameEnd + 1, "a") || v.TextIs(nameEnd + 1, "an") || v.TextIs(nameEnd + 1, "the")))
        {
            return false;
        }

        int sentence = v.SentenceOf[nameEnd];
        int k = nameEnd + 2;
        while (k < v.Count && k - nameEnd <= 8 && v.SentenceOf[k] == sentence && v.Shapes[k] != TokenShape.Comma
            && !(v.Shapes[k] == TokenShape.Lower && SpeakerWords.IsPreposition(v.Chars(k))) && !v.Is(k, WordClass.CueVerb | WordClass.Auxiliary))
        {
            k++;
        }

        int head = k - 1;
        return head > nameEnd + 1 && k < v.Count && v.Shapes[k] is TokenShape.Comma && v.Shapes[head] == TokenShape.Lower && SpeakerWords.IsOrgNoun(v.Chars(head));
    }

    /// <summary>
    /// True when a one-word name run modifies the lower-case noun after it ("Dutch minister", "Gaza residents") or is the
    /// first part of a hyphenated modifier ("a US-based insurance expert", "Paris-born").
    /// </summary>
    public static bool IsModifier(DocumentView v, int nf, int ne) =>
        ne - nf == 1 && ne < v.Count && (IsNounAfter(v, ne) || HyphenatedWithLowerWord(v, ne));

    /// <summary>True when the token at <paramref name="dash"/> is a hyphen joining the word before it to a lower-case word ("US-based").</summary>
    public static bool HyphenatedWithLowerWord(DocumentView v, int dash) =>
        v.IsClosedUpDash(dash) && v.Shapes[dash + 1] == TokenShape.Lower;

    /// <summary>True when the token can be the lower-case noun a name modifies: not a function word, verb or preposition.</summary>
    public static bool IsNounAfter(DocumentView v, int t) =>
        v.Shapes[t] == TokenShape.Lower && !v.InQuote(t)
        && !v.Is(t, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Adverb | WordClass.Determiner | WordClass.ObjectCue | WordClass.That)
        && !SpeakerWords.IsPreposition(v.Chars(t));

    /// <summary>A singular role noun or a spokes-noun ("spokesman", "statement").</summary>
    public static bool IsRoleHead(DocumentView v, int head) =>
        v.Is(head, WordClass.RoleNoun) && !IsPlural(v.Chars(head)) || SpeakerWords.IsSpokesNoun(v.Chars(head));

    /// <summary>"for", "from", "of" or "at": the prepositions that tie a spokes-noun to the organisation it speaks for.</summary>
    public static bool IsOrganisationPreposition(DocumentView v, int t) => v.TextIs(t, "for") || v.TextIs(t, "from") || v.TextIs(t, "of") || v.TextIs(t, "at");

    /// <summary>First token of the sentence holding <paramref name="token"/> (0 outside sentences).</summary>
    public static int SentenceStart(DocumentView v, int token)
    {
        int s = v.SentenceOf[token];
        return s >= 0 ? Math.Max(0, v.Document.Sentences[s].FirstToken) : 0;
    }

    /// <summary>A plural noun by its ending ("analysts", not "glass" or "famous"), or "police"/"people".</summary>
    public static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] is 's' or 'S') && !(word[^2] is 's' or 'S') && !word.EndsWith("ous", StringComparison.OrdinalIgnoreCase)
        || word.Equals("police", StringComparison.OrdinalIgnoreCase) || word.Equals("people", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// One past the rest of an organisation's name that the recogniser cut at "and" or a comma ("A Department for
    /// Education | and Skills spokeswoman", "A Department for Media | , Culture and Sport spokeswoman"): capitalised
    /// words joined by "and", "&amp;" or commas, up to a lower-case word before <paramref name="headEnd"/>; else
    /// <paramref name="from"/>.
    /// </summary>
    public static int ListedNameEnd(DocumentView v, int from, int headEnd)
    {
        int t = from;
        while (t + 1 < headEnd && (v.TextIs(t, "and") || v.TextIs(t, "&") || v.Shapes[t] == TokenShape.Comma)
            && v.Shapes[t + 1] == TokenShape.Capitalised && !v.Is(t + 1, WordClass.CapitalisedFunctionWord))
        {
            t += 2;
            while (t < headEnd && v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord))
            {
                t++;
            }
        }

        return t < headEnd && v.Shapes[t] == TokenShape.Lower ? t : from;
    }
}
