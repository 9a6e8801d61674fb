using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// <c>The agency quoted X as saying …</c>, <c>X was quoted by Tehran radio as saying …</c>: the words are X's, not the
/// agency's. The source mention is X (<see cref="QuotedAsSaying"/>), also when the source ranker chose the agency after
/// the source-mentions pass had X.
/// </summary>
internal sealed class QuotedPersonSourceFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "quoted-person-source";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        QuotedAsSaying.Apply(context.View, draft);
        return FilterVerdict.Keep;
    }
}
