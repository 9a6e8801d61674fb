using Microsoft.Extensions.Logging;

namespace NewsNlp.Quotes.Learning;

/// <summary>The progress lines of attribution-tagger training (Information; <c>train-quotes</c> prints them as before).</summary>
internal static partial class AttributionTrainingLog
{
    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "learned cue words: {Count}")]
    public static partial void CueWords(ILogger logger, int count);

    [LoggerMessage(EventId = 402, Level = LogLevel.Information, Message = "first pass")]
    public static partial void FirstPass(ILogger logger);

    [LoggerMessage(EventId = 408, Level = LogLevel.Information, Message = "stacked pass")]
    public static partial void StackedPass(ILogger logger);

    [LoggerMessage(EventId = 403, Level = LogLevel.Information, Message = "first pass, fold {Fold} of 2 (for the stacked pass's training tags)")]
    public static partial void Fold(ILogger logger, int fold);

    [LoggerMessage(EventId = 404, Level = LogLevel.Information, Message = "mean of {Models} models: {Dev}")]
    public static partial void Mean(ILogger logger, int models, string dev);

    [LoggerMessage(EventId = 405, Level = LogLevel.Information, Message = "model {Model} epoch {Epoch}: train token error {Error:F2}%")]
    public static partial void Epoch(ILogger logger, int model, int epoch, double error);

    [LoggerMessage(EventId = 406, Level = LogLevel.Information, Message = "model {Model} epoch {Epoch}: train token error {Error:F2}%; {Dev}")]
    public static partial void EpochWithDev(ILogger logger, int model, int epoch, double error, string dev);

    [LoggerMessage(EventId = 407, Level = LogLevel.Information, Message = "sentence gate: {Tagged:F1}% of tokens tagged, holding {Labelled:F1}% of labelled tokens")]
    public static partial void Gate(ILogger logger, double tagged, double labelled);
}
