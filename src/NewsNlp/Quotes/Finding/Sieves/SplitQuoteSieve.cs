using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary><c>“…,” said X. “…”</c> in one paragraph: the second part joins the first quote (<c>split-quote</c>; the part is <c>merged</c>).</summary>
internal sealed class SplitQuoteSieve : IDirectQuoteSieve
{
    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        if (previous is null || previous.Kind != QuoteKind.Direct || previous.DecidedBy != RuleNames.CueAfterQuote || previous.Unclosed
            || v.ParagraphOf[previous.FirstToken] != v.ParagraphOf[d.FirstToken] || previous.CueEnd < 0)
        {
            return false;
        }

        // Only the cue clause may lie between the two parts: "…,” said X, head of Y. “…”" or "“…,” X said, “…”".
        int from = Math.Max(previous.CueEnd, previous.SourceEnd);
        if (from > d.OpenToken || d.OpenToken - previous.CloseEnd > 30)
        {
            return false;
        }

        for (int t = from; t < d.OpenToken; t++)
        {
            if (v.InQuote(t) && NamedTitleSieve.TitleAt(v, v.Quotations[v.QuotationOf[t]]) is int titleEnd and > 0)
            {
                // Session 27: "“…,” Flynn said on Fox News's “Fox and Friends.” “…”": the programme between the parts.
                t = titleEnd - 1;
                continue;
            }

            if (v.InQuote(t) || v.Shapes[t] == TokenShape.Colon || v.Is(t, WordClass.CueVerb))
            {
                return false;
            }

            if (v.Shapes[t] == TokenShape.SentenceEnd && t + 1 != d.OpenToken)
            {
                return false;
            }
        }

        if (HasOwnTrailingCue(v, d))
        {
            return false; // "…,” said X. “…,” said Y.": the second part has a reporter of its own
        }

        previous.Content.AddRange(d.Content);
        previous.EndToken = d.EndToken;
        previous.WordCount += d.WordCount;
        previous.DecidedBy = RuleNames.SplitQuote;
        d.Dropped = true;
        d.DecidedBy = RuleNames.Merged;
        state.JoinQuotation(previous, d);
        return true;
    }

    /// <summary>Most tokens after a quotation's close looked at for its own cue.</summary>
    private const int MaxTrailingCue = 8;

    /// <summary>
    /// True when the quotation ends in a comma and a cue follows its close in the same sentence (<c>“…,” said Y.</c>,
    /// <c>“…,” Y added.</c>): it is another attribution, not the second part of the one before.
    /// </summary>
    private static bool HasOwnTrailingCue(DocumentView v, QuoteDraft d)
    {
        int last = d.EndToken - 1;
        if (last < 0 || v.Shapes[last] != TokenShape.Comma || d.CloseEnd < 0 || d.CloseEnd >= v.Count || v.ParagraphOf[d.CloseEnd] != v.ParagraphOf[last])
        {
            return false;
        }

        for (int t = d.CloseEnd; t < v.Count && t - d.CloseEnd < MaxTrailingCue && !v.InQuote(t) && v.Shapes[t] != TokenShape.SentenceEnd; t++)
        {
            if (v.Is(t, WordClass.CueVerb) && v.Shapes[t] == TokenShape.Lower)
            {
                return true;
            }
        }

        return false;
    }
}
