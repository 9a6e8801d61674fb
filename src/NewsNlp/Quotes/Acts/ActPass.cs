using NewsNlp.Documents;

namespace NewsNlp.Quotes.Acts;

/// <summary>Types each kept quote by its attribution act and keeps those whose act is wanted (see <see cref="ActSelection"/>).</summary>
internal sealed class ActPass(AttributionActs wanted) : IAttributionPass
{
    /// <inheritdoc />
    public string Name => "acts";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken) =>
        ActSelection.Apply(view, state.Kept, wanted);
}
