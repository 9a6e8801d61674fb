using NewsNlp.Documents;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>A quotation inside the previous quote's reported clause (a mixed quote) is part of it: dropped as <c>absorbed</c>.</summary>
internal sealed class AbsorbedFragmentSieve : IDirectQuoteSieve
{
    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        if (previous is null || previous.Kind != QuoteKind.Mixed || d.OpenToken < previous.FirstToken || d.CloseEnd > previous.EndToken)
        {
            return false;
        }

        d.Dropped = true;
        d.DecidedBy = RuleNames.Absorbed;
        return true;
    }
}
