using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

/// <summary>
/// The default sentence splitter: paragraphs from line breaks as <see cref="SentenceSplitter"/> does, and inside a paragraph a
/// learned boundary classifier (<see cref="SentenceBoundaryModel"/>, an averaged perceptron) decides each candidate gap, so
/// sentences that end without final punctuation and abbreviations at a sentence end are handled.
/// </summary>
public sealed class LearnedSentenceSplitter : ISentenceSplitter
{
    private static readonly Lazy<LearnedSentenceSplitter> DefaultInstance = new(() => new LearnedSentenceSplitter(SentenceBoundaryModel.Embedded));

    private readonly SentenceBoundaryModel _model;
    private readonly SentenceSplitterOptions _options;

    /// <summary>Creates the splitter with a model and default options.</summary>
    public LearnedSentenceSplitter(SentenceBoundaryModel model)
        : this(model, SentenceSplitterOptions.Default)
    {
    }

    /// <summary>Creates the splitter with a model and options.</summary>
    public LearnedSentenceSplitter(SentenceBoundaryModel model, SentenceSplitterOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        _model = model;
        _options = options;
    }

    /// <summary>The shared instance with the embedded model (loaded on first use; thread-safe).</summary>
    public static LearnedSentenceSplitter Default => DefaultInstance.Value;

    /// <summary>The model in use.</summary>
    public SentenceBoundaryModel Model => _model;

    /// <inheritdoc />
    public void Split(NewsDocument document, CancellationToken cancellationToken = default)
    {
        var decider = new ModelDecider(_model);
        SentenceAssembler.Split(document, ref decider, _options.ParagraphMode, cancellationToken);
    }

    private struct ModelDecider(SentenceBoundaryModel model) : IBoundaryDecider
    {
        private TokenHashCache _cache;

        public bool IsBoundary(in BoundaryContext context, int index) =>
            BoundaryFeatures.IsCandidate(context, index) && model.Margin(context, index, ref _cache) > 0;
    }
}
