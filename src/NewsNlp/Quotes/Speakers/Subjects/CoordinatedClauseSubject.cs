using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 19: <c>The Conservatives say the two men are behaving like schoolboys and the Liberal Democrats claim …</c>,
/// <c>X emphasized that …, and human rights groups warned that …</c>: a second clause joined by "and" or "but" has its own
/// subject right before its cue; a source in the first clause (its subject) is not who speaks there. Read only when the
/// first clause holds a verb between the source and the "and" (a clause, not "Labour and the Tories claim") and the
/// noun phrase after the "and" (a name, a plural or a role or organisation noun) ends at the cue.
/// </summary>
internal static class CoordinatedClauseSubject
{
    /// <summary>Most tokens of the second clause's subject ("the Liberal Democrats", "human rights groups").</summary>
    private const int MaxSubject = 5;

    /// <summary>Most tokens of the first clause between the source and the "and" (keeps each check bounded).</summary>
    private const int MaxFirstClause = 60;

    /// <summary>The subject of the clause after "and"/"but" that holds the cue, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd >= d.CueFirst || d.CueFirst >= v.Count || v.InQuote(d.SourceFirst) || v.InQuote(d.CueFirst)
            || v.SentenceOf[d.SourceFirst] != v.SentenceOf[d.CueFirst] || v.Shapes[d.CueFirst] != TokenShape.Lower)
        {
            return (-1, -1);
        }

        // The second clause's subject: a noun phrase ending right before the cue (over auxiliaries and adverbs).
        int last = d.CueFirst - 1;
        while (last > d.SourceEnd && v.Shapes[last] == TokenShape.Lower && (v.Is(last, WordClass.Auxiliary | WordClass.Adverb) || SourceFinder.IsLyAdverb(v, last)))
        {
            last--;
        }

        int first = last;
        while (first - 1 > d.SourceEnd && last - first + 1 < MaxSubject && !v.InQuote(first - 1)
            && (v.IsNameToken(first - 1) || (v.Shapes[first - 1] == TokenShape.Lower && !v.Is(first - 1, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Relative)
                && !v.TextIs(first - 1, "and") && !v.TextIs(first - 1, "but") && !SpeakerWords.IsPreposition(v.Chars(first - 1)))))
        {
            first--;
        }

        if (first - 1 > d.SourceEnd && v.Is(first - 1, WordClass.Determiner) && v.Shapes[first - 1] == TokenShape.Lower)
        {
            first--;
        }

        int and = first - 1;
        if (and - d.SourceEnd > MaxFirstClause || and <= d.SourceEnd + 2 || !(v.TextIs(and, "and") || v.TextIs(and, "but")) || v.Shapes[and] != TokenShape.Lower
            || !IsSubjectHead(v, last) || (v.Is(first, WordClass.Determiner) && first == last))
        {
            return (-1, -1);
        }

        // A clause boundary is marked: a comma before the "and", or a determiner or name opening the second subject ("and
        // the Liberal Democrats claim"); "police shootings and protests demands" is one noun phrase.
        if (v.Shapes[and - 1] != TokenShape.Comma && !(v.Is(first, WordClass.Determiner) || v.IsNameToken(first)))
        {
            return (-1, -1);
        }

        // The first clause has a verb between the source and the "and", and no quotation or semicolon.
        bool verb = false;
        for (int t = d.SourceEnd; t < and; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Semicolon or TokenShape.Colon)
            {
                return (-1, -1);
            }

            verb |= v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary);
        }

        return verb ? (first, last + 1) : (-1, -1);
    }

    /// <summary>A name word, a plural, or a role or organisation noun heads the second clause's subject.</summary>
    private static bool IsSubjectHead(DocumentView v, int t) =>
        (v.IsNameToken(t) && !v.Is(t, WordClass.CapitalisedFunctionWord))
        || (v.Shapes[t] == TokenShape.Lower && (NounPhrases.IsPlural(v.Chars(t)) || v.Is(t, WordClass.RoleNoun) || SpeakerWords.IsOrgNoun(v.Chars(t))));
}
