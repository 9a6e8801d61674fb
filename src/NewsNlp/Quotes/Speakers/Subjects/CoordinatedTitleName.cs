namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>…, vice president and treasurer Fred Zuckerman said.</c>: a source cut to the first of two titles joined by "and"
/// is followed, before the cue, by the second title and the name both title; the named person speaks. Session 17: also
/// after the cue (<c>"…," said Nortel president and chief executive Bill Owens.</c>), where the name ends the clause.
/// Session 19: also a source cut to the organisation before the titles (<c>GM chairman and chief executive Rick Wagoner said</c>).
/// </summary>
internal static class CoordinatedTitleName
{
    /// <summary>Most lower-case words of the second title ("chief financial officer").</summary>
    private const int MaxTitleWords = 3;

    /// <summary>The name run between the second title and the cue, when the source is the first title; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        int and = d.SourceEnd;
        if (d.HasSource && and + 1 < v.Count && v.IsNameToken(and - 1) && v.Shapes[and] == TokenShape.Lower && PersonNouns.IsRoleHead(v, and) && v.TextIs(and + 1, "and"))
        {
            and++; // session 19: a source cut to the organisation before the first title ("GM | chairman and chief executive Rick Wagoner said")
        }

        if (!d.HasSource || !d.HasCue || and >= v.Count || !v.TextIs(and, "and") || v.InQuote(and)
            || v.Shapes[and - 1] != TokenShape.Lower || !PersonNouns.IsRoleHead(v, and - 1) || v.SentenceOf[and] != v.SentenceOf[d.CueFirst])
        {
            return (-1, -1);
        }

        // Before the cue the name runs up to it; after the cue ("said X president and chief executive Bill Owens.") up to
        // the punctuation that closes the clause.
        bool cueAfter = d.CueFirst > and;
        if (cueAfter && d.CueFirst <= and + 2)
        {
            return (-1, -1);
        }

        int limit = cueAfter ? d.CueFirst : v.Count;
        int t = and + 1;
        int lastRole = -1;
        while (t < limit && t - and <= MaxTitleWords && v.Shapes[t] == TokenShape.Lower && NounPhrases.IsNounAfter(v, t))
        {
            lastRole = PersonNouns.IsRoleHead(v, t) ? t : lastRole;
            t++;
        }

        if (lastRole != t - 1 || t >= limit)
        {
            return (-1, -1);
        }

        int nameFirst = t;
        while (t < limit && v.IsNameToken(t) && v.SentenceOf[t] == v.SentenceOf[and])
        {
            t++;
        }

        bool closed = cueAfter ? t == d.CueFirst
            : t == v.Count || v.SentenceOf[t] != v.SentenceOf[and] || v.Shapes[t] is TokenShape.SentenceEnd or TokenShape.Comma or TokenShape.Semicolon;
        return closed && t > nameFirst ? (nameFirst, t) : (-1, -1);
    }
}
