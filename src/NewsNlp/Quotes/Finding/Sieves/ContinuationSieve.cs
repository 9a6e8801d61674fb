using NewsNlp.Quotes.Grammar;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>A quote with no cue right after another quote (same or next paragraph) continues its speaker (<c>continuation</c>).</summary>
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
        if (!adjacent || (!previous.HasSource && previous.ContinuesFrom is null))
        {
            return false;
        }

        d.ContinuesFrom = previous.ContinuesFrom ?? previous;
        d.DecidedBy = RuleNames.Continuation;
        d.Confidence = 0.75;
        return true;
    }
}
