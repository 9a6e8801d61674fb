namespace NewsNlp.Quotes.Filters;

/// <summary>Runs the attribution filters over the kept quotes (see <see cref="AttributionFilters"/>).</summary>
internal sealed class FilterPass : IAttributionPass
{
    /// <inheritdoc />
    public string Name => "filters";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken)
    {
        NestedCueActions.Mark(view, state.Kept);
        AttributionFilters.Apply(view, state.Kept, cancellationToken: cancellationToken);
    }
}
