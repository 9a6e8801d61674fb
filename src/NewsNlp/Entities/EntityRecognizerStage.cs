using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Entities;

/// <summary>The <c>ner</c> stage: adds the mentions an <see cref="IEntityRecognizer"/> finds to <see cref="NewsDocument.Entities"/>.</summary>
public sealed class EntityRecognizerStage : IPipelineStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "ner";

    private static readonly string[] RequiresList = [AnnotationNames.Tokens, AnnotationNames.Sentences];
    private static readonly string[] ProducesList = [AnnotationNames.Entities];

    private readonly IEntityRecognizer? _recognizer;
    private readonly ILogger _logger = NullLogger.Instance;

    /// <summary>Creates the stage with the embedded default model (loaded lazily, on the first document).</summary>
    public EntityRecognizerStage()
    {
    }

    /// <summary>Creates the stage with <paramref name="recognizer"/>.</summary>
    public EntityRecognizerStage(IEntityRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = recognizer;
    }

    /// <summary>Creates the stage with <paramref name="recognizer"/> (the embedded model when null) and a logger.</summary>
    /// <param name="recognizer">The recognizer; the embedded CoNLL-2003 model when null.</param>
    /// <param name="logger">Receives a Debug line per document (mentions found); none when null.</param>
    public EntityRecognizerStage(IEntityRecognizer? recognizer, ILogger<EntityRecognizerStage>? logger)
    {
        _recognizer = recognizer;
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
        IEntityRecognizer recognizer = _recognizer ?? PerceptronEntityRecognizer.Default;
        IReadOnlyList<EntityMention> mentions = recognizer.Recognize(document, cancellationToken);
        StageLog.Recognized(_logger, document.Metadata.Id, mentions.Count);
        if (mentions.Count == 0)
        {
            return;
        }

        document.Entities.AddRange(mentions);
        document.Entities.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
    }
}
