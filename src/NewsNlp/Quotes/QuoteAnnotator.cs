using NewsNlp.Documents;
using NewsNlp.Quotes.Acts;
using NewsNlp.Quotes.Finding;
using NewsNlp.Quotes.Output;
using NewsNlp.Quotes.Reported;
using NewsNlp.Quotes.Sources;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Quotes;

/// <summary>
/// The attribution pipeline: quotation marks paired on characters, a read-only <see cref="DocumentView"/> of the
/// document, then the named passes in order over one <see cref="AttributionState"/> — quote → cue and source mention
/// (<c>direct-quotes</c>, <c>reported-speech</c>, <c>select</c>, <c>paragraph-continuation</c>,
/// <c>speaker-change</c>, <c>source-mentions</c>, <c>source-ranker</c>), <c>filters</c> (not speech, sources that cannot speak, document structure), mention → speaker (<c>speakers</c>), then <c>acts</c> — and the kept quotes written into
/// <see cref="NewsDocument.Quotes"/> and <see cref="NewsDocument.Speakers"/>. Stateless and thread-safe.
/// </summary>
internal static class QuoteAnnotator
{
    /// <summary>The <see cref="Quote.Producer"/> of every quote.</summary>
    public const string Producer = QuoteEmitter.Producer;

    private static readonly IAttributionPass DirectQuotes = new DirectQuotePass();
    private static readonly IAttributionPass Select = new SelectionPass();
    private static readonly IAttributionPass ParagraphContinuation = new ParagraphContinuationPass();
    private static readonly IAttributionPass SourceMentions = new SourceMentionPass();
    private static readonly IAttributionPass Filter = new Filters.FilterPass();
    private static readonly IAttributionPass SpeakerChanges = new SpeakerChangePass();
    private static readonly IAttributionPass Speakers = new SpeakerPass();

    /// <summary>The passes, in the order they run, for <paramref name="options"/>.</summary>
    public static IAttributionPass[] Passes(QuoteStageOptions options) =>
    [
        DirectQuotes,
        new ReportedSpeechPass(options),
        Select,
        ParagraphContinuation,
        SpeakerChanges,
        SourceMentions,
        new Speakers.Ranking.SourceRankerPass(options),
        Filter,
        Speakers,
        new ActPass(options.Acts),
    ];

    public static void Annotate(NewsDocument document, QuoteStageOptions options, CancellationToken cancellationToken)
    {
        document.Quotes.Clear();
        document.Speakers.Clear();
        if (document.Tokens.Count == 0)
        {
            return;
        }

        var paragraphs = new TextSpan[document.Paragraphs.Count];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            paragraphs[p] = document.Paragraphs[p].Span;
        }

        var spans = new List<QuotedSpan>();
        QuoteMarkPairer.Find(document.Text, paragraphs, spans, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        using var view = new DocumentView(document, options.UseEntities, spans);
        using var state = new AttributionState(view);
        foreach (IAttributionPass pass in Passes(options))
        {
            pass.Run(view, state, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
        }

        QuoteEmitter.Emit(document, view, state.Kept);
        if (options.UseCalibratedConfidence && (options.Calibrator ?? QuoteCalibrator.Embedded) is { } calibrator)
        {
            calibrator.Apply(document);
        }
    }
}
