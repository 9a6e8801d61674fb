namespace NewsNlp.Quotes.Speakers;

/// <summary><c>speaker-change</c>: a continuation quote after another person took the floor is theirs (see <see cref="SpeakerChange"/>).</summary>
internal sealed class SpeakerChangePass : IAttributionPass
{
    /// <inheritdoc />
    public string Name => "speaker-change";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken) => SpeakerChange.Apply(view, state.Kept);
}
