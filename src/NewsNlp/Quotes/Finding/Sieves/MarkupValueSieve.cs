namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>
/// A quotation whose opening mark follows an equals sign is the value of a markup attribute left in the text
/// (<c>&lt;embed data-id="1234"&gt;</c>, <c>author="…"</c>), never anyone's words: dropped (<c>markup-value</c>).
/// </summary>
internal sealed class MarkupValueSieve : IDirectQuoteSieve
{
    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        int open = d.OpenToken;
        if (open < 1 || v.Ends[open - 1] != v.Starts[open] || !v.Chars(open - 1).EndsWith("=", StringComparison.Ordinal))
        {
            return false;
        }

        d.Dropped = true;
        d.DecidedBy = RuleNames.MarkupValue;
        return true;
    }
}
