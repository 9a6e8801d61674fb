using Microsoft.Extensions.Logging;
using NewsNlp.Stance.Fnc;

namespace NewsNlp.Stance.Training;

/// <summary>The progress and metrics lines of FNC-1 stance training (Information; <c>train-stance</c> prints them).</summary>
internal static partial class StanceTrainingLog
{
    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "split by {Kind} (seed {Seed}): {Train} train pairs, {Dev} dev pairs, {Holdout} held-out pairs (never used)")]
    public static partial void Split(ILogger logger, string kind, int seed, int train, int dev, int holdout);

    [LoggerMessage(EventId = 602, Level = LogLevel.Information, Message = "prepared {Texts} texts in {Seconds:F1}s")]
    public static partial void Prepared(ILogger logger, int texts, double seconds);

    [LoggerMessage(EventId = 612, Level = LogLevel.Information, Message = "encoded headlines and body sentences with {Encoder} ({Seconds:F1}s since the start)")]
    public static partial void Encoded(ILogger logger, string encoder, double seconds);

    [LoggerMessage(EventId = 603, Level = LogLevel.Information, Message = "dev (uncalibrated):\n{Metrics}")]
    public static partial void DevUncalibrated(ILogger logger, FncMetrics metrics);

    [LoggerMessage(EventId = 604, Level = LogLevel.Information, Message = "calibration (agree disagree discuss unrelated): {Weights}")]
    public static partial void Calibration(ILogger logger, string weights);

    [LoggerMessage(EventId = 605, Level = LogLevel.Information, Message = "dev (calibrated):\n{Metrics}")]
    public static partial void DevCalibrated(ILogger logger, FncMetrics metrics);

    [LoggerMessage(EventId = 606, Level = LogLevel.Information, Message = "refitting on {Pairs} pairs (all but the held-out ones)")]
    public static partial void Refitting(ILogger logger, int pairs);

    [LoggerMessage(EventId = 611, Level = LogLevel.Information, Message = "calibration fold {Fold}: {Dev} dev pairs pooled")]
    public static partial void CalibrationFold(ILogger logger, int fold, int dev);

    [LoggerMessage(EventId = 607, Level = LogLevel.Information, Message = "trained in {Seconds:F1}s")]
    public static partial void Trained(ILogger logger, double seconds);

    [LoggerMessage(EventId = 608, Level = LogLevel.Information, Message = "featurized {Pairs} pairs x {Features} features in {Seconds:F1}s ({Stems} IDF stems)")]
    public static partial void Featurized(ILogger logger, int pairs, int features, double seconds, int stems);

    [LoggerMessage(EventId = 609, Level = LogLevel.Information, Message = "relatedness model: {Pairs} pairs, {Seconds:F1}s")]
    public static partial void RelatednessModel(ILogger logger, int pairs, double seconds);

    [LoggerMessage(EventId = 610, Level = LogLevel.Information, Message = "stance model: {Pairs} related pairs, {Seconds:F1}s")]
    public static partial void StanceModel(ILogger logger, int pairs, double seconds);

    [LoggerMessage(EventId = 619, Level = LogLevel.Information, Message = "same-body pooling {Weight:G2}: calibration {Weights}, dev FNC {Score:F2} F1m {MacroF1:F4}")]
    public static partial void BodyPooling(ILogger logger, double weight, string weights, double score, double macroF1);
}
