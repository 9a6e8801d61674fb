using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A closing report followed by a second verb of saying of the same subject — <c>The market is improving, the firm
/// said, but warned that it was not gaining.</c>, <c>…, he said, and added that …</c> — ends at the comma before
/// <c>but</c> or <c>and</c>: what comes after is the second verb's own report, not an adjunct of the first.
/// </summary>
internal static class CoordinatedCue
{
    /// <summary>
    /// True when <c>but</c> or <c>and</c> at <paramref name="t"/> is followed (past an adverb such as <c>also</c>) by a
    /// lower-case verb of saying outside quotation marks.
    /// </summary>
    public static bool OpensAt(DocumentView v, int t)
    {
        if (t + 1 >= v.Count || !(v.TextIs(t, "but") || v.TextIs(t, "and")) || v.Shapes[t] != TokenShape.Lower)
        {
            return false;
        }

        int verb = t + 1;
        if (v.Is(verb, WordClass.Adverb) && verb + 1 < v.Count)
        {
            verb++;
        }

        return v.SentenceOf[verb] == v.SentenceOf[t] && v.Shapes[verb] == TokenShape.Lower && !v.InQuote(verb)
            && v.Is(verb, WordClass.CueVerb) && !v.Is(verb, WordClass.EvaluativeCue);
    }
}
