using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NewsNlp.Pipeline;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> named <c>NewsNlp</c> that <see cref="NewsPipeline"/> reports
/// through: one activity per document with one child per stage, per-stage and per-document durations, and document,
/// failure and character counts. Subscribe with OpenTelemetry (<c>AddSource("NewsNlp")</c>, <c>AddMeter("NewsNlp")</c>),
/// <c>dotnet-counters monitor --counters NewsNlp</c> or a <see cref="MeterListener"/>. When nothing listens the pipeline
/// skips the clock reads and activities, so the cost is a few flag checks per document.
/// </summary>
public static class NewsNlpTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "NewsNlp";

    /// <summary>The tag carrying a stage's name on <see cref="StageDurationName"/> measurements and stage activities.</summary>
    public const string StageTag = "newsnlp.stage";

    /// <summary>Histogram of each stage's time on one document, in milliseconds, tagged with <see cref="StageTag"/>.</summary>
    public const string StageDurationName = "newsnlp.stage.duration";

    /// <summary>Histogram of one document's time through the whole pipeline, in milliseconds.</summary>
    public const string DocumentDurationName = "newsnlp.document.duration";

    /// <summary>Counter of documents processed to the end.</summary>
    public const string DocumentsName = "newsnlp.documents";

    /// <summary>Counter of documents a stage failed on (an exception other than cancellation), tagged with <see cref="StageTag"/>.</summary>
    public const string FailedDocumentsName = "newsnlp.documents.failed";

    /// <summary>Counter of characters (UTF-16 code units) of the documents processed to the end.</summary>
    public const string CharactersName = "newsnlp.characters";

    internal static readonly ActivitySource Source = new(Name, typeof(NewsNlpTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(NewsNlpTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>(StageDurationName, "ms", "Time of one pipeline stage on one document.");

    internal static readonly Histogram<double> DocumentDuration = Meter.CreateHistogram<double>(DocumentDurationName, "ms", "Time of one document through the pipeline.");

    internal static readonly Counter<long> Documents = Meter.CreateCounter<long>(DocumentsName, "{document}", "Documents processed.");

    internal static readonly Counter<long> FailedDocuments = Meter.CreateCounter<long>(FailedDocumentsName, "{document}", "Documents a stage failed on.");

    internal static readonly Counter<long> Characters = Meter.CreateCounter<long>(CharactersName, "{character}", "Characters of the documents processed.");
}
