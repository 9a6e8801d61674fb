using NewsNlp.Documents;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Session 25: <c>Mrs Parker Bowles said the prince went down on one knee to propose and added: "I'm just coming down to
/// earth."</c> gave the content <c>the prince went down on one knee to propose and</c>: the tagger stopped at the second
/// verb of saying but kept the conjunction. A reported or mixed content never ends in a coordinating conjunction: a
/// draft whose last content token is <c>and</c>, <c>but</c> or <c>or</c> (outside quotation marks) ends before it and a
/// comma before it. Linear in the drafts.
/// </summary>
internal static class DanglingConjunction
{
    private static readonly string[] Conjunctions = ["and", "but", "or"];

    /// <summary>Ends every reported clause that closes with a conjunction before it.</summary>
    public static void Trim(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            int last = d.EndToken - 1;
            if (d.Dropped || d.Kind == QuoteKind.Direct || d.Content.Count == 0 || last <= d.FirstToken || last >= v.Count
                || !v.TextIsAny(last, Conjunctions) || v.InQuote(last) || v.Ends[last] != d.Content[^1].End)
            {
                continue;
            }

            int end = v.Shapes[last - 1] == TokenShape.Comma ? last - 1 : last;
            if (end - d.FirstToken < 2)
            {
                continue;
            }

            d.EndToken = end;
            d.EndContentAt(v.Ends[end - 1]);
        }
    }
}
