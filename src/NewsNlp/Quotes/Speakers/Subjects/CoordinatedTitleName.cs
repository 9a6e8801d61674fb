namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>…, vice president and treasurer Fred Zuckerman said.</c>: a source cut to the first of two titles joined by "and"
/// is followed, before the cue, by the second title and the name both title; the named person speaks.
/// </summary>
internal static class CoordinatedTitleName
{
    /// <summary>Most lower-case words of the second title ("chief financial officer").</summary>
    private const int MaxTitleWords = 3;

    /// <summary>The name run between the second title and the cue, when the source is the first title; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        int and = d.SourceEnd;
        if (!d.HasSource || !d.HasCue || d.CueFirst <= and + 2 || and >= v.Count || !v.TextIs(and, "and") || v.InQuote(and)
            || v.Shapes[and - 1] != TokenShape.Lower || !PersonNouns.IsRoleHead(v, and - 1) || v.SentenceOf[and] != v.SentenceOf[d.CueFirst])
        {
            return (-1, -1);
        }

        int t = and + 1;
        int lastRole = -1;
        while (t < d.CueFirst && t - and <= MaxTitleWords && v.Shapes[t] == TokenShape.Lower && NounPhrases.IsNounAfter(v, t))
        {
            lastRole = PersonNouns.IsRoleHead(v, t) ? t : lastRole;
            t++;
        }

        if (lastRole != t - 1 || t >= d.CueFirst)
        {
            return (-1, -1);
        }

        int nameFirst = t;
        while (t < d.CueFirst && v.IsNameToken(t))
        {
            t++;
        }

        return t == d.CueFirst && t > nameFirst ? (nameFirst, t) : (-1, -1);
    }
}
