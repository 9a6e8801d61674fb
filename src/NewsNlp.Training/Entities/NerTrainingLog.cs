using Microsoft.Extensions.Logging;

namespace NewsNlp.Entities.Training;

/// <summary>The progress lines of NER training (Information; the <c>train-ner</c> command prints them as they were printed before).</summary>
internal static partial class NerTrainingLog
{
    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "train-ner: {Documents} training documents, {Tokens:N0} tokens; dev {DevDocuments} documents; {Clusters:N0} clustered words, {GazetteerKeys:N0} gazetteer keys")]
    public static partial void Start(ILogger logger, int documents, int tokens, int devDocuments, int clusters, int gazetteerKeys);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "seed {Seed} epoch {Epoch,2}: {Errors,6:N0} training token errors; dev {Dev}")]
    public static partial void Epoch(ILogger logger, int seed, int epoch, int errors, NerEvaluation dev);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "train-ner: seed {Seed} kept epoch {Epoch} (dev F1 {F1:F2})")]
    public static partial void Kept(ILogger logger, int seed, int epoch, double f1);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "train-ner: mean of {Runs} runs: dev {Dev}")]
    public static partial void Mean(ILogger logger, int runs, NerEvaluation dev);

    [LoggerMessage(EventId = 205, Level = LogLevel.Information, Message = "gazetteers: {Summary}")]
    public static partial void Gazetteers(ILogger logger, string summary);

    [LoggerMessage(EventId = 206, Level = LogLevel.Information, Message = "clusters: {Tokens:N0} tokens, {Types:N0} types, {Clustered:N0} clustered (count >= {MinCount})")]
    public static partial void ClusterVocabulary(ILogger logger, long tokens, int types, int clustered, int minCount);

    [LoggerMessage(EventId = 207, Level = LogLevel.Information, Message = "clusters: {Name} k={K} iteration {Iteration}: {Moved:N0} words moved")]
    public static partial void ClusterIteration(ILogger logger, string name, int k, int iteration, int moved);
}
