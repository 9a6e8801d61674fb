using NewsNlp.Documents;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A name given to a thing inside a reported clause does not end it: in <c>The company said it will build a plant where it
/// will work on a missile program called Tacit Rainbow, which is meant for the navy.</c> the tagger stops the content at
/// <c>called</c> (read as a cue of its own). A learned reported clause that ends in a lower-case <c>called</c>,
/// <c>named</c> or <c>dubbed</c> right after a lower-case noun, with a capitalised word or a quotation mark right after
/// it in the same sentence, runs on to the end of its sentence when no other quote holds those words.
/// </summary>
internal static class NamingRunOn
{
    private static readonly string[] NamingWords = ["called", "named", "dubbed", "titled", "entitled", "nicknamed", "codenamed"];

    /// <summary>Extends every learned reported clause cut at a naming participle.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind != QuoteKind.Indirect || !d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal)
                || d.Content.Count == 0 || d.EndToken < d.FirstToken + 3 || d.EndToken >= v.Count)
            {
                continue;
            }

            int naming = d.EndToken - 1, next = d.EndToken;
            if (v.Shapes[naming] != TokenShape.Lower || !v.TextIsAny(naming, NamingWords) || v.Shapes[naming - 1] != TokenShape.Lower
                || v.SentenceOf[next] != v.SentenceOf[naming] || v.Shapes[next] is not (TokenShape.Capitalised or TokenShape.QuoteMark)
                || v.Starts[naming] < d.Content[^1].Start)
            {
                continue;
            }

            int end = ClauseRunOn.ClauseEnd(v, next);

            if (end <= next || state.IsAnyCovered(next, end))
            {
                continue;
            }

            ClauseRunOn.Extend(v, state, d, next, end);
        }
    }
}
