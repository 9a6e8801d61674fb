namespace NewsNlp.Quotes.Speakers;

/// <summary>Mention → speaker: resolves the kept quotes' source mentions with the <see cref="SpeakerRules.Default"/> rules (see <see cref="SpeakerResolver"/>).</summary>
internal sealed class SpeakerPass : IAttributionPass
{
    /// <inheritdoc />
    public string Name => "speakers";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken) =>
        new SpeakerResolver(view).Resolve(state.Kept, cancellationToken);
}
