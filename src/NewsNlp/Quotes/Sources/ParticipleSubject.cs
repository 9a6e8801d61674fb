using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A participle cue after a comma (<c>…, saying</c>, <c>…, adding</c>) has no subject of its own: the speaker is the
/// subject of the clause it hangs on. <c>The government has resisted calls to publish the advice, saying …</c> → the
/// government; <c>Later, Dr Gibbons praised the work of Ms Hutt, saying …</c> → Dr Gibbons (past a sentence-opening
/// adverb and its comma), not an object or the adverb. A source that names someone is kept (the participle may hang
/// on that object: <c>The documentary showed Mr X …, telling the meeting</c>).
/// </summary>
internal static class ParticipleSubject
{
    /// <summary>Most tokens from the sentence start to the cue.</summary>
    private const int MaxClause = 40;

    /// <summary>Sets the source of <paramref name="d"/> to its clause's subject when its cue is such a participle; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (!d.HasCue || d.CueEnd - d.CueFirst != 1 || d.CueFirst < 2 || !Clauses.IsParticiple(v, d.CueFirst)
            || v.Shapes[d.CueFirst - 1] != TokenShape.Comma || !v.Is(d.CueFirst, WordClass.CueVerb)
            || (d.HasSource && (d.SourceFirst >= d.CueEnd || NamesSomeone(v, d.SourceFirst, d.SourceEnd))))
        {
            return false;
        }

        int start = Clauses.SentenceFirst(v, d.CueFirst);
        if (d.CueFirst - start > MaxClause || v.InQuote(start))
        {
            return false;
        }

        // A sentence-opening adverb and its comma ("Later,", "Meanwhile,", "However,").
        if (start + 1 < d.CueFirst && v.Shapes[start + 1] == TokenShape.Comma && (v.Is(start, WordClass.Adverb) || v.Is(start, WordClass.Boundary)
            || v.Chars(start).EndsWith("ly", StringComparison.Ordinal) || v.Chars(start).Equals("Meanwhile", StringComparison.Ordinal)))
        {
            start += 2;
        }

        (int f, int e) = SourceFinder.SentenceSubject(v, start, d.CueFirst);
        if (f < 0 || e >= d.CueFirst || f != start || v.Is(f, WordClass.ItPronoun) && !v.TextIs(f, "it") || HasQuote(v, f, e))
        {
            return false;
        }

        // The subject must be followed by its verb, not be the first of a list or an introductory phrase.
        if (e < v.Count && v.Shapes[e] is TokenShape.Comma or TokenShape.Colon)
        {
            return false;
        }

        d.SetSource(f, e);
        return true;
    }

    /// <summary>
    /// True when the current source holds a name that is no adverb: a participle may hang on an object too ("The
    /// documentary showed Mr Nattrass …, telling the meeting"), so a named source stays.
    /// </summary>
    private static bool NamesSomeone(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.IsNameToken(t) && !v.Is(t, WordClass.Adverb | WordClass.Boundary | WordClass.CapitalisedFunctionWord))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasQuote(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t))
            {
                return true;
            }
        }

        return false;
    }
}
