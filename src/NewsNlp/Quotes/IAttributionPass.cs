namespace NewsNlp.Quotes;

/// <summary>
/// One named pass of the attribution pipeline (see <see cref="QuoteAnnotator"/>): reads the document view and
/// updates the attribution state. Passes run in a fixed order; each records the rule that decided in
/// <see cref="QuoteDraft.DecidedBy"/> or <see cref="QuoteDraft.ResolvedBy"/>.
/// </summary>
/// <remarks>Implementations keep no per-document state of their own, so one instance serves every document.</remarks>
internal interface IAttributionPass
{
    /// <summary>The pass's name (docs/architecture.md lists them in order).</summary>
    string Name { get; }

    /// <summary>Runs the pass over one document.</summary>
    void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken);
}
