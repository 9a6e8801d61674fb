using NewsNlp.Documents;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// <c>Many of the affected countries, such as Sri Lanka or the Maldives, do not usually buy such cover, said a US-based
/// insurance expert.</c>: a source mention inside the quote's own content is never its speaker. When the cue comes after
/// the content and is followed by its inverted subject (<c>said a US-based insurance expert</c>), that phrase is the
/// source, and a content piece it was taken into is dropped.
/// </summary>
internal static class InvertedCueSource
{
    /// <summary>Re-points the source of <paramref name="d"/> to the phrase after its cue when the source lies inside the content before the cue; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.Content.Count == 0 || d.CueEnd >= v.Count || d.SourceEnd > d.CueFirst)
        {
            return false;
        }

        TextSpan first = d.Content[0];
        int sourceStart = v.Starts[d.SourceFirst], sourceEnd = v.Ends[d.SourceEnd - 1], cueStart = v.Starts[d.CueFirst];
        if (sourceStart <= first.Start || sourceEnd > first.End || first.End > cueStart || d.CueFirst - d.SourceEnd < 2)
        {
            return false;
        }

        (int f, int e) = SubjectAfter(v, d.CueEnd);
        if (f < 0)
        {
            return false;
        }

        d.SetSource(f, e);
        int phraseStart = v.Starts[f], phraseEnd = v.Ends[e - 1];
        d.Content.RemoveAll(c => c.Start >= phraseStart && c.End <= phraseEnd);
        return true;
    }

    /// <summary>Most tokens of the inverted subject.</summary>
    private const int MaxSubject = 8;

    /// <summary>
    /// The inverted subject right after the cue ending at <paramref name="start"/>: the words up to the sentence's end or a
    /// comma ("a US-based insurance expert", "Tom Reid, a trader at …"), opening with a determiner or a name and holding no
    /// verb of its own; else (-1, -1).
    /// </summary>
    internal static (int First, int End) SubjectAfter(DocumentView v, int start)
    {
        if (start >= v.Count || !(v.Is(start, Lexicon.WordClass.Determiner) || v.IsNameToken(start)) || v.InQuote(start))
        {
            return (-1, -1);
        }

        int sentence = v.SentenceOf[start];
        for (int t = start; t < v.Count && t - start <= MaxSubject && v.SentenceOf[t] == sentence; t++)
        {
            if (v.Shapes[t] is TokenShape.SentenceEnd or TokenShape.Comma)
            {
                return t > start + 1 || v.IsNameToken(start) ? (start, t) : (-1, -1);
            }

            if (v.InQuote(t) || v.Is(t, Lexicon.WordClass.CueVerb | Lexicon.WordClass.Auxiliary | Lexicon.WordClass.That | Lexicon.WordClass.Relative)
                || v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised or TokenShape.Dash or TokenShape.Other or TokenShape.Number))
            {
                return (-1, -1);
            }
        }

        return (-1, -1);
    }
}
