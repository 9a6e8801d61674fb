using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A noun of saying linked to a quotation by a copula — <c>Jack McConnell's comment was "…"</c>, <c>His message was "…"</c>,
/// <c>The message is "…"</c> — reports the quotation, not the copula: a reported or mixed clause that starts right
/// after a cue ending in a noun of saying (<c>comment</c>, <c>remark</c>, <c>message</c> …) with <c>is</c>/<c>was</c>
/// followed by an opening quotation mark starts at the quotation mark. One look at each draft's
/// first tokens: linear in the drafts.
/// </summary>
internal static class CopulaQuoteOpening
{
    private static readonly string[] Copulas = ["is", "was", "were", "are"];

    /// <summary>Moves the start of every clause opening with a copula before a quotation to the quotation.</summary>
    public static void Trim(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.Content.Count == 0 || d.FirstToken != d.CueEnd
                || d.FirstToken + 2 >= d.EndToken || d.EndToken > v.Count || !v.Is(d.CueEnd - 1, WordClass.CueNoun)
                || v.Shapes[d.FirstToken] != TokenShape.Lower || !v.TextIsAny(d.FirstToken, Copulas) || v.InQuote(d.FirstToken))
            {
                continue;
            }

            int k = d.FirstToken + 1;
            if (k + 1 >= d.EndToken || v.Shapes[k] != TokenShape.QuoteMark || !v.InQuote(k + 1) || v.Starts[k] >= d.Content[0].End)
            {
                continue;
            }

            d.FirstToken = k;
            d.StartContentAt(v.Starts[k]);
        }
    }
}
