namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>The last sieve: a short quoted phrase no sieve attributed is a scare quote, title or term, not a quotation (dropped, <c>scare-quote</c>).</summary>
internal sealed class ScareQuoteSieve : IDirectQuoteSieve
{
    /// <summary>Quotations of fewer words with no cue are dropped.</summary>
    public const int MinUnattributedWords = 4;

    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        if (d.WordCount >= MinUnattributedWords)
        {
            return false;
        }

        d.Dropped = true;
        d.DecidedBy = RuleNames.ScareQuote;
        return true;
    }
}
