using NewsNlp.Quotes.Grammar;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>
/// A quote with no cue right after another quote (same or next paragraph) continues its speaker (<c>continuation</c>).
/// A quote opening right where an unclosed one stops (the multi-paragraph convention: a paragraph that opens a quote
/// and does not close it is continued by the next paragraph's opening mark, also when a feed joined the paragraphs into
/// <c>… were saying. "Tony Blair has healed rifts …"</c>) continues it even before that one has a source: the later
/// passes give the whole quotation one speaker, and a cue in a later sentence does not take this part.
/// </summary>
internal sealed class ContinuationSieve : IDirectQuoteSieve
{
    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        if (previous is null)
        {
            return false;
        }

        int pp = v.ParagraphOf[previous.EndToken - 1], p = v.ParagraphOf[d.FirstToken];
        bool sentenceStart = Clauses.IsParagraphStart(v, d.OpenToken) || v.Shapes[d.OpenToken - 1] is TokenShape.SentenceEnd || v.InQuote(d.OpenToken - 1);
        bool adjacent = (p == pp && sentenceStart && d.WordCount >= 3) || (p == pp + 1 && Clauses.IsParagraphStart(v, d.OpenToken));
        if (!adjacent || (!previous.HasSource && previous.ContinuesFrom is null && !ReopensUnclosed(previous, d)))
        {
            return false;
        }

        d.ContinuesFrom = previous.ContinuesFrom ?? previous;
        d.DecidedBy = RuleNames.Continuation;
        d.Confidence = 0.75;
        return true;
    }

    /// <summary>True when <paramref name="d"/>'s opening mark is the next token after the unclosed quotation <paramref name="previous"/>.</summary>
    internal static bool ReopensUnclosed(QuoteDraft previous, QuoteDraft d) =>
        previous.Kind == Documents.QuoteKind.Direct && previous.Unclosed && previous.DirectIndex >= 0 && d.OpenToken >= 0
        && d.OpenToken == Math.Max(previous.EndToken, previous.CloseEnd);
}
