using Microsoft.Extensions.Logging;

namespace NewsNlp.Pipeline;

/// <summary>The log messages of <see cref="NewsPipeline"/> (source-generated: nothing is formatted unless the level is enabled).</summary>
internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Pipeline built with stages {Stages}")]
    public static partial void Built(ILogger logger, string stages);

    [LoggerMessage(EventId = 2, Level = LogLevel.Trace, Message = "Stage {Stage} processed document {DocumentId} in {ElapsedMs:F3} ms")]
    public static partial void StageDone(ILogger logger, string stage, string? documentId, double elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Processed document {DocumentId} ({Characters} characters, {Tokens} tokens, {Entities} entities, {Quotes} quotes) in {ElapsedMs:F3} ms")]
    public static partial void DocumentDone(ILogger logger, string? documentId, int characters, int tokens, int entities, int quotes, double elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Stage {Stage} failed on document {DocumentId}")]
    public static partial void StageFailed(ILogger logger, Exception exception, string stage, string? documentId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Batch document #{Index} ({DocumentId}) failed and is reported in its result")]
    public static partial void BatchDocumentFailed(ILogger logger, Exception exception, int index, string? documentId);
}
