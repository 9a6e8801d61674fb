using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 19: <c>…, the Internet media and software company said on Thursday.</c>: two modifiers joined by "and" share
/// one head noun after the second ("media and software" of "company"); a source cut before the "and" ("the Internet
/// media") runs on to that head, an organisation or role noun right before the cue. One organisation or person speaks
/// (the head is singular: "the writer and broadcaster" is one person); the organisation rules then resolve it.
/// </summary>
internal static class SharedHeadCoordination
{
    /// <summary>Most lower-case words after the "and" up to the head ("software company", "mining and metals group").</summary>
    private const int MaxSecondModifier = 3;

    /// <summary>The source run on to the shared head, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (d.HasSource && d.HasCue && d.SourceFirst >= 3 && d.SourceEnd <= d.CueFirst && v.TextIs(d.SourceFirst - 1, "and") && v.Shapes[d.SourceFirst - 1] == TokenShape.Lower
            && FirstModifierBefore(v, d.SourceFirst - 1) is >= 0 and int determiner && SharedHead(v, d.SourceFirst - 1, d.SourceEnd, d.CueFirst))
        {
            return (determiner, d.SourceEnd); // "the Internet media and | software company said": the source began after the "and"
        }

        int and = d.SourceEnd;
        if (!d.HasSource || !d.HasCue || d.CueFirst <= and + 1 || and >= v.Count || !v.TextIs(and, "and") || v.Shapes[and] != TokenShape.Lower || v.InQuote(and)
            || !v.Is(d.SourceFirst, WordClass.Determiner) || v.Shapes[and - 1] != TokenShape.Lower || v.SentenceOf[and] != v.SentenceOf[d.CueFirst])
        {
            return (-1, -1);
        }

        int t = HeadEnd(v, and, d.CueFirst);
        return t > 0 && SharedHead(v, and, t, d.CueFirst) ? (d.SourceFirst, t) : (-1, -1);
    }

    /// <summary>One past the lower-case words after the "and" at <paramref name="and"/> (at most a few, before the cue).</summary>
    private static int HeadEnd(DocumentView v, int and, int cue)
    {
        int t = and + 1;
        while (t < cue && t - and <= MaxSecondModifier && v.Shapes[t] == TokenShape.Lower
            && !v.Is(t, WordClass.Determiner | WordClass.Auxiliary | WordClass.CueVerb | WordClass.Boundary))
        {
            t++;
        }

        return t;
    }

    /// <summary>
    /// True when the words after the "and" at <paramref name="and"/> up to <paramref name="end"/> end in a singular
    /// organisation or role noun, the word before the "and" is a modifier (no such noun itself), and only adverbs or
    /// auxiliaries stand between the head and the cue.
    /// </summary>
    private static bool SharedHead(DocumentView v, int and, int end, int cue)
    {
        int head = end - 1;
        if (head <= and || NounPhrases.IsPlural(v.Chars(head)) || !(SpeakerWords.IsOrgNoun(v.Chars(head)) || v.Is(head, WordClass.RoleNoun))
            || SpeakerWords.IsOrgNoun(v.Chars(and - 1)) || v.Is(and - 1, WordClass.RoleNoun))
        {
            // "the union and the employers", "the minister and the company": a head before the "and" is a conjunct of its own.
            return false;
        }

        for (int k = end; k < cue; k++)
        {
            if (!(v.Shapes[k] == TokenShape.Lower && (v.Is(k, WordClass.Adverb | WordClass.Auxiliary) || SourceFinder.IsLyAdverb(v, k))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The determiner opening the first modifier before the "and" at <paramref name="and"/> ("the | Internet media and"),
    /// over at most a few words of one sentence; -1 when none.
    /// </summary>
    private static int FirstModifierBefore(DocumentView v, int and)
    {
        for (int t = and - 1; t >= 0 && and - t <= MaxSecondModifier + 1 && v.SentenceOf[t] == v.SentenceOf[and] && !v.InQuote(t); t--)
        {
            if (v.Is(t, WordClass.Determiner) && v.Shapes[t] == TokenShape.Lower)
            {
                return t < and - 1 ? t : -1;
            }

            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised) || v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | WordClass.Boundary))
            {
                return -1;
            }
        }

        return -1;
    }
}
