using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// <c>critics who said …</c>, <c>a group which has also argued …</c>: a relative pronoun right after the source phrase,
/// with nothing but adverbs and auxiliaries between it and the cue, is the subject of the cue verb, so it is the source
/// mention (PolNeAR marks the pronoun, not its antecedent: 358 to 16 for <c>who</c> and 66 to 15 for <c>which</c> on its
/// train split); the speaker is still resolved to the antecedent. <c>that</c> is left alone: the speaker rules resolve
/// only <c>who</c> and <c>which</c> to their antecedent. <c>officials who spoke on condition of anonymity said</c> keeps
/// its source: the clause's own verb is not the cue.
/// </summary>
internal static class RestrictiveRelativeSource
{
    /// <summary>Most adverbs and auxiliaries between the pronoun and the cue ("who has also argued").</summary>
    private const int MaxBetween = 4;

    /// <summary>The relative pronoun at <paramref name="sourceEnd"/> when it opens a clause whose verb is the cue at <paramref name="cue"/>, else -1.</summary>
    public static int PronounAt(DocumentView v, int sourceEnd, int cue)
    {
        if (sourceEnd >= cue || !v.Is(sourceEnd, WordClass.Relative) || v.Shapes[sourceEnd] != TokenShape.Lower || v.InQuote(sourceEnd)
            || cue - sourceEnd - 1 > MaxBetween || v.SentenceOf[cue] != v.SentenceOf[sourceEnd])
        {
            return -1;
        }

        for (int t = sourceEnd + 1; t < cue; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] != TokenShape.Lower || !(v.Is(t, WordClass.Auxiliary | WordClass.Adverb) || SourceFinder.IsLyAdverb(v, t) || v.TextIs(t, "not")))
            {
                return -1;
            }
        }

        return sourceEnd;
    }
}
