using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tokenization;

/// <summary>The first stage: tokens, sentences and paragraphs.</summary>
public sealed class TokenizerStage : IPipelineStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "tokenizer";

    private static readonly string[] ProducesList = [AnnotationNames.Tokens, AnnotationNames.Sentences, AnnotationNames.Paragraphs];

    private readonly ITokenizer _tokenizer;
    private readonly ISentenceSplitter _splitter;
    private readonly ILogger _logger;

    /// <summary>Creates the stage with the default tokenizer and the learned sentence splitter (embedded model).</summary>
    public TokenizerStage()
        : this(NewsTokenizer.Default, LearnedSentenceSplitter.Default)
    {
    }

    /// <summary>Creates the stage from <paramref name="options"/> (the default tokenizer and the embedded sentence model unless they say otherwise).</summary>
    public TokenizerStage(TokenizerStageOptions options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).CreateTokenizer(), options.CreateSentenceSplitter())
    {
    }

    /// <summary>Creates the stage with the given tokenizer and sentence splitter.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="splitter">The sentence and paragraph splitter.</param>
    /// <param name="logger">Receives a Debug line per document (token, sentence and paragraph counts); none when null.</param>
    public TokenizerStage(ITokenizer tokenizer, ISentenceSplitter splitter, ILogger<TokenizerStage>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        _tokenizer = tokenizer;
        _splitter = splitter;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Requires => [];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Produces => ProducesList;

    /// <inheritdoc />
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Tokens.Clear();
        document.Sentences.Clear();
        document.Paragraphs.Clear();
        _tokenizer.Tokenize(document.Text, document.Tokens, cancellationToken);
        _splitter.Split(document, cancellationToken);
        StageLog.Tokenized(_logger, document.Metadata.Id, document.Tokens.Count, document.Sentences.Count, document.Paragraphs.Count);
    }
}
