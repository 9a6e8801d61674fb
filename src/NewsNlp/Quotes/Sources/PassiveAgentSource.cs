using NewsNlp.Quotes.Grammar;
namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 17: <c>The machine was described by Jobs as "the most important Mac"</c>: after a passive verb of naming
/// (<c>was described</c>, <c>was branded</c>, <c>were dubbed</c>) the agent after <c>by</c> and before <c>as</c> gave the
/// words; the sentence's subject is what they are about. The source is the agent; the content starts after <c>as</c>.
/// </summary>
internal static class PassiveAgentSource
{
    /// <summary>Most tokens of the agent between <c>by</c> and <c>as</c>.</summary>
    private const int MaxAgent = 6;

    private static readonly string[] NamingParticiples = ["described", "branded", "dubbed", "labelled", "labeled", "hailed", "called"];


    /// <summary>Re-points the source of <paramref name="d"/> to the agent of its passive naming cue; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (!d.HasCue)
        {
            return false;
        }

        for (int p = d.CueFirst; p < d.CueEnd; p++)
        {
            if (v.Shapes[p] != TokenShape.Lower || !v.TextIsAny(p, NamingParticiples) || !AfterBeForm(v, p) || p + 2 >= v.Count || !v.TextIs(p + 1, "by"))
            {
                continue;
            }

            for (int k = p + 2; k < v.Count && k - (p + 2) <= MaxAgent && v.SentenceOf[k] == v.SentenceOf[p] && !v.InQuote(k); k++)
            {
                if (v.Shapes[k] is TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.Colon or TokenShape.Semicolon or TokenShape.QuoteMark)
                {
                    return false;
                }

                if (v.TextIs(k, "as") && v.Shapes[k] == TokenShape.Lower)
                {
                    if (k == p + 2 || !HasNameOrNoun(v, p + 2, k))
                    {
                        return false;
                    }

                    d.SetSource(p + 2, k);
                    ContentStart.At(v, d, k + 1);
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>True when a form of "be" stands right before the participle, or before one adverb before it.</summary>
    private static bool AfterBeForm(DocumentView v, int p) =>
        p >= 1 && (Clauses.IsBeForm(v, p - 1) || (p >= 2 && v.Shapes[p - 1] == TokenShape.Lower && SourceFinder.IsLyAdverb(v, p - 1) && Clauses.IsBeForm(v, p - 2)));

    private static bool HasNameOrNoun(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.IsNameToken(t) || (v.Shapes[t] == TokenShape.Lower && !v.Is(t, Lexicon.WordClass.Determiner)))
            {
                return true;
            }
        }

        return false;
    }
}
