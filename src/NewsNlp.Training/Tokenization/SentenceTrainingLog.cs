using Microsoft.Extensions.Logging;

namespace NewsNlp.Tokenization.Training;

/// <summary>The progress lines of sentence-boundary training (Information; <c>train-sentences</c> prints them as before).</summary>
internal static partial class SentenceTrainingLog
{
    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "train-sentences: {Documents} training documents, {Gaps} candidate gaps ({Boundaries} boundaries); {HeldOut} held-out documents")]
    public static partial void Start(ILogger logger, int documents, int gaps, int boundaries, int heldOut);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "rules on held-out: {Score}")]
    public static partial void RulesBaseline(ILogger logger, UdScore score);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "epoch {Epoch}: {Errors} training errors; held-out sentences F1 {F1:F2}")]
    public static partial void Epoch(ILogger logger, int epoch, int errors, double f1);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "chosen: epoch {Epoch}, threshold {Threshold}; held-out sentences F1 {F1:F2}")]
    public static partial void Chosen(ILogger logger, int epoch, float threshold, double f1);
}
