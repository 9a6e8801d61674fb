namespace NewsNlp.Quotes;

/// <summary>Ends the finding of quotes: the drafts not dropped, in text order, become <see cref="AttributionState.Kept"/>, which the later passes work on.</summary>
internal sealed class SelectionPass : IAttributionPass
{
    /// <inheritdoc />
    public string Name => "select";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken) => state.SelectKept();
}
