using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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
    private readonly ILogger _logger;

    /// <summary>Creates the stage with default options.</summary>
    public QuoteStage()
        : this(new QuoteStageOptions())
    {
    }

    /// <summary>Creates the stage with <paramref name="options"/>.</summary>
    /// <param name="options">The options (kept, not copied).</param>
    /// <param name="logger">Receives a Debug line per document (quotes and speakers found); none when null.</param>
    public QuoteStage(QuoteStageOptions options, ILogger<QuoteStage>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
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
        StageLog.QuotesFound(_logger, document.Metadata.Id, document.Quotes.Count, document.Speakers.Count);
    }
}
