using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 28: a subject whose head noun is followed by a modifier that names someone else — <c>Sources close to the
/// Treasury said</c>, <c>People familiar with the talks with Vantix said</c>, <c>Aides to Governor Ray Tull said</c>,
/// <c>Those questioned in a poll for retailer Kwikmart said</c>, <c>A spokesman for the port authority in Oslo said</c>:
/// the source finder took the name inside the modifier; the head speaks (English puts the speaker first and what
/// places it after). The head is a lower-case plural, role or person noun (or "those") opening the clause after at most a
/// determiner and three modifiers; the modifier is an adjective with its preposition ("close to", "familiar with"), "to"
/// after a plural role noun ("aides to"), a past participle with a preposition ("polled by", "asked in"), or, for a
/// place, "in" + the place closing the phrase; from it to the cue only noun-phrase words stand. The quote's source span
/// is left as it is; the speaker is resolved from the returned phrase.
/// </summary>
internal static class PostModifiedHead
{
    /// <summary>Adjectives that take a preposition and a person or body after a noun ("close to", "familiar with").</summary>
    private static readonly (string Adjective, string Preposition)[] AdjectivePhrases =
    [
        ("close", "to"), ("closer", "to"), ("familiar", "with"), ("loyal", "to"), ("opposed", "to"), ("allied", "to"), ("allied", "with"),
        ("linked", "to"), ("connected", "to"), ("sympathetic", "to"), ("friendly", "to"), ("hostile", "to"), ("aligned", "with"), ("near", "to"),
    ];

    /// <summary>Prepositions after a past participle that place the head ("polled by Reuters", "asked in a poll", "surveyed for").</summary>
    private static readonly string[] ParticiplePrepositions = ["by", "in", "for", "at", "on"];

    /// <summary>Most lower-case or capitalised modifiers before the head ("Some senior party officials").</summary>
    private const int MaxModifiers = 3;

    /// <summary>Most tokens from the modifier to the cue.</summary>
    private const int MaxModifier = 14;

    /// <summary>The head phrase the source lies after, when the source is inside its modifier before the cue; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceFirst < 2 || d.SourceEnd > d.CueFirst || d.CueFirst - d.SourceEnd > 1 || d.CueFirst >= v.Count
            || v.InQuote(d.SourceFirst) || v.SentenceOf[d.SourceFirst] != v.SentenceOf[d.CueFirst])
        {
            return (-1, -1);
        }

        int start = Sources.LongSubject.AfterDateline(v, NounPhrases.SentenceStart(v, d.SourceFirst), d.CueFirst);
        if (start + 1 < d.CueFirst && (v.TextIs(start, "but") || v.TextIs(start, "and")))
        {
            start++; // "But sources close to …"
        }

        int t = start;
        if (t < d.SourceFirst && v.Is(t, WordClass.Determiner) && !v.TextIs(t, "those"))
        {
            t++;
        }

        // The head: the first plural, role or person noun after at most three modifiers ("Some senior U.S. officials").
        int head = -1;
        for (int k = t; k < d.CueFirst && k - t <= MaxModifiers; k++)
        {
            if (IsHead(v, k, start))
            {
                head = k;
                break;
            }

            if (v.InQuote(k) || v.Shapes[k] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.SentenceEnd or TokenShape.Colon or TokenShape.Semicolon
                || (v.Shapes[k] == TokenShape.Lower && v.Is(k, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb | WordClass.Relative | WordClass.That))
                || SpeakerWords.IsPreposition(v.Chars(k)))
            {
                return (-1, -1); // not a noun phrase opening the clause ("In a statement issued on …")
            }
        }

        int modifier = head + 1;
        if (head < 0 || modifier >= d.CueFirst)
        {
            return (-1, -1);
        }

        int objectStart = ModifierObject(v, head, modifier);
        if (objectStart < 0)
        {
            // "A spokesman for the port authority in Oslo said": the place closing the phrase.
            return d.SourceFirst > modifier && PlaceAfter(v, modifier, d) ? (start, d.SourceFirst - 1) : (-1, -1);
        }

        // The source reaches into the modifier's object: it is the object, or the whole phrase with a name inside the
        // object (which the entity rule would take; a whole phrase without one is already the description).
        if (d.SourceEnd <= objectStart || (d.SourceFirst > start && d.SourceFirst < objectStart) || (d.SourceFirst <= head && !NameIn(v, objectStart, d.SourceEnd))
            || d.CueFirst - modifier > MaxModifier || !OnlyPhraseWords(v, objectStart, d.CueFirst))
        {
            return (-1, -1);
        }

        return (start, head + 1);
    }

    /// <summary>True for a head noun: a plural ("sources", "people"), a role noun or a person noun, or "those"; not a name or a document noun ("A report published by X": its issuer speaks).</summary>
    private static bool IsHead(DocumentView v, int k, int start) =>
        (v.Shapes[k] == TokenShape.Lower || (k == start && v.Shapes[k] == TokenShape.Capitalised && !(v.HasEntities && v.EntityOf[k] >= 0)))
        && (v.TextIs(k, "those") || (!v.Is(k, WordClass.Determiner) && !SpeakerWords.IsDocumentNoun(v.Chars(k)) && (NounPhrases.IsPlural(v.Chars(k)) && !SpeakerWords.IsOrgNoun(v.Chars(k))
            || v.Is(k, WordClass.RoleNoun) || PersonNouns.Contains(v.Chars(k)))));

    /// <summary>
    /// The first token of the modifier's object after the head at <paramref name="head"/>: after "close to", "to" (a role
    /// noun's), or a past participle and its preposition; else -1.
    /// </summary>
    private static int ModifierObject(DocumentView v, int head, int modifier)
    {
        if (modifier + 1 >= v.Count || v.Shapes[modifier] != TokenShape.Lower)
        {
            return -1;
        }

        foreach ((string adjective, string preposition) in AdjectivePhrases)
        {
            if (v.TextIs(modifier, adjective) && v.TextIs(modifier + 1, preposition))
            {
                return modifier + 2;
            }
        }

        // "Aides to Governor Ray Tull": a plural role noun's "to" (not a singular head's: "a boost to the firm").
        if (v.TextIs(modifier, "to") && NounPhrases.IsPlural(v.Chars(head)) && v.Is(head, WordClass.RoleNoun))
        {
            return modifier + 1;
        }

        // "Analysts polled by Reuters", "those asked in a poll for …": a past participle and its preposition.
        ReadOnlySpan<char> w = v.Chars(modifier);
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !v.Is(modifier, WordClass.Auxiliary)
            && v.TextIsAny(modifier + 1, ParticiplePrepositions))
        {
            return modifier + 2;
        }

        return -1;
    }

    /// <summary>True when a recognised entity covers a token of [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private static bool NameIn(DocumentView v, int from, int end)
    {
        for (int k = from; k < end && v.HasEntities; k++)
        {
            if (v.EntityOf[k] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every token of [<paramref name="from"/>, <paramref name="cue"/>) can stand in a noun phrase: no comma, quotation, verb or relative word.</summary>
    private static bool OnlyPhraseWords(DocumentView v, int from, int cue)
    {
        for (int k = from; k < cue; k++)
        {
            if (v.InQuote(k) || v.Shapes[k] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.SentenceEnd or TokenShape.Colon or TokenShape.Semicolon
                || (v.Shapes[k] == TokenShape.Lower && v.Is(k, WordClass.Auxiliary | WordClass.CueVerb | WordClass.Relative | WordClass.That)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the source is a place name right after "in" that closes the subject phrase before the cue, and the words
    /// from <paramref name="from"/> to that "in" are noun-phrase words: "A spokesman for the port authority | in | Oslo said".
    /// </summary>
    private static bool PlaceAfter(DocumentView v, int from, QuoteDraft d)
    {
        int preposition = d.SourceFirst - 1;
        if (preposition < from || !v.TextIs(preposition, "in") || !v.HasEntities)
        {
            return false;
        }

        for (int k = d.SourceFirst; k < d.SourceEnd; k++)
        {
            int e = v.EntityOf[k];
            if (e < 0 || v.Document.Entities[e].Type != Documents.EntityType.Location)
            {
                return false;
            }
        }

        return OnlyPhraseWords(v, from, preposition);
    }
}
