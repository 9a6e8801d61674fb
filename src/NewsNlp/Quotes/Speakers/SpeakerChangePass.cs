namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// <c>speaker-change</c>: a quotation is not the quote of a later cue that reports a clause of its own (see <see
/// cref="OwnClauseCue"/>), and a continuation quote after another person took the floor is theirs (see <see cref="SpeakerChange"/>).
/// </summary>
internal sealed class SpeakerChangePass : IAttributionPass
{
    /// <inheritdoc />
    public string Name => "speaker-change";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken)
    {
        OwnClauseCue.Apply(view, state.Kept);
        SpeakerChange.Apply(view, state.Kept);
    }
}
