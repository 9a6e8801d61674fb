using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Quotes;

/// <summary>
/// Finds quotations (direct, mixed and indirect), their cues and source mentions, resolves speakers and fills
/// <see cref="NewsDocument.Quotes"/> and <see cref="NewsDocument.Speakers"/>. Needs tokens, sentences and paragraphs;
/// uses entity mentions and clusters when an earlier stage produced them.
/// </summary>
/// <remarks>Thread-safe: keeps no per-document state.</remarks>
public sealed class QuoteStage : IPipelineStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "quotes";

    private static readonly string[] RequiresList = [AnnotationNames.Tokens, AnnotationNames.Sentences, AnnotationNames.Paragraphs];
    private static readonly string[] ProducesList = [AnnotationNames.Quotes];

    private readonly QuoteStageOptions _options;

    /// <summary>Creates the stage with default options.</summary>
    public QuoteStage()
        : this(new QuoteStageOptions())
    {
    }

    /// <summary>Creates the stage with <paramref name="options"/>.</summary>
    public QuoteStage(QuoteStageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Requires => RequiresList;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Produces => ProducesList;

    /// <inheritdoc />
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        QuoteAnnotator.Annotate(document, _options, cancellationToken);
    }
}
