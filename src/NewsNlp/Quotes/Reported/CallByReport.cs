using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A call, demand or appeal made by someone reports what they asked for: <c>the attorney general faced a call by former
/// lord chancellor Lord Mackay to publish the “full text” of the advice</c> — source <c>Lord Mackay</c>, cue <c>call</c>,
/// content <c>to publish the “full text” of the advice</c> (<c>call-by</c>). The request noun is followed by <c>by</c>,
/// a noun phrase (its maker), then a to-infinitive; the content runs to the end of its clause (a dash, a semicolon, a colon, the sentence's end, or a comma before a relative
/// word or a participle). One left-to-right scan, each token read a bounded number of times.
/// </summary>
internal static class CallByReport
{
    private const int MaxContentTokens = 40;

    // Public requests; not "request", in the news as often a formal filing granted or refused ("granted a request by the challengers to …").
    private static readonly string[] RequestNouns = ["call", "calls", "demand", "demands", "appeal", "appeals", "plea", "pleas"];

    /// <summary>Adds a draft for each such request not already covered.</summary>
    public static void Find(DocumentView v, AttributionState state)
    {
        for (int c = 1; c + 3 < v.Count; c++)
        {
            if (v.Shapes[c] != TokenShape.Lower || !v.TextIs(c + 1, "by") || v.InQuote(c) || state.IsCovered(c) || !IsRequestNoun(v, c))
            {
                continue;
            }

            int sentence = v.SentenceOf[c];
            int limit = c + 2;
            while (limit < v.Count && v.SentenceOf[limit] == sentence && limit - c < 16 && !v.TextIs(limit, "to"))
            {
                limit++;
            }

            if (limit + 1 >= v.Count || v.SentenceOf[limit] != sentence || !v.TextIs(limit, "to") || v.Shapes[limit + 1] != TokenShape.Lower)
            {
                continue;
            }

            (int sf, int se) = SourceFinder.PhraseAfter(v, c + 2, limit);
            if (sf != c + 2 || se != limit)
            {
                continue;
            }

            int first = limit;
            int end = BoundedClauseEnd.Find(v, first, sentence, MaxContentTokens);
            if (end - first < 2 || state.IsAnyCovered(first, end))
            {
                continue;
            }

            QuoteDraft d = IndirectSpeechRules.Make(v, first, end, c, c + 1, sf, se, RuleNames.CallBy, 0.6);
            IndirectSpeechRules.Absorb(state, d);
            state.Drafts.Add(d);
            state.Cover(d);
            c = end - 1;
        }
    }

    private static bool IsRequestNoun(DocumentView v, int t) => v.TextIsAny(t, RequestNouns);
}
