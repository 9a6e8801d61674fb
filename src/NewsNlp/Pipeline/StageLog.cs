using Microsoft.Extensions.Logging;

namespace NewsNlp.Pipeline;

/// <summary>The per-document log messages of the built-in stages (source-generated: nothing is formatted unless Debug is enabled).</summary>
internal static partial class StageLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Tokenized document {DocumentId}: {Tokens} tokens, {Sentences} sentences, {Paragraphs} paragraphs")]
    public static partial void Tokenized(ILogger logger, string? documentId, int tokens, int sentences, int paragraphs);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "Recognized {Mentions} entity mentions in document {DocumentId}")]
    public static partial void Recognized(ILogger logger, string? documentId, int mentions);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Linked the {Mentions} mentions of document {DocumentId} into {Entities} entities")]
    public static partial void Linked(ILogger logger, string? documentId, int entities, int mentions);

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "Found {Quotes} quotes and {Speakers} speakers in document {DocumentId}")]
    public static partial void QuotesFound(ILogger logger, string? documentId, int quotes, int speakers);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "Entity rules matched {Matches} times in document {DocumentId}")]
    public static partial void RulesMatched(ILogger logger, string? documentId, int matches);
}
