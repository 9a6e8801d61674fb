namespace NewsNlp.Quotes.Finding;

/// <summary>
/// One sieve of the <see cref="DirectQuotePass"/>: decides a direct quote's cue and source mention (or drops it), or
/// declines and leaves it to the next sieve. A sieve that decides records its rule in <see cref="QuoteDraft.DecidedBy"/>.
/// </summary>
internal interface IDirectQuoteSieve
{
    /// <summary>
    /// Decides <paramref name="d"/>, given the last draft before it that was not dropped (<paramref name="previous"/>,
    /// null for the first); false to let the next sieve try.
    /// </summary>
    bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d);
}
