namespace NewsNlp.Quotes.Speakers.Ranking;

/// <summary>
/// <c>source-ranker</c>: the learned <see cref="SourceRanker"/> re-chooses the source mention of each quote the tagger
/// found (after <c>source-mentions</c>, before <c>speakers</c>); off when <see cref="QuoteStageOptions.UseSourceRanker"/>
/// is false or no model is available.
/// </summary>
internal sealed class SourceRankerPass : IAttributionPass
{
    private readonly SourceRanker? _ranker;

    /// <param name="options">The stage's options (the ranker model and whether to use it).</param>
    public SourceRankerPass(QuoteStageOptions options)
    {
        _ranker = options.UseSourceRanker ? options.SourceRanker ?? SourceRanker.Embedded : null;
    }

    /// <inheritdoc />
    public string Name => "source-ranker";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken) => _ranker?.Rerank(view, state.Kept, cancellationToken);
}
