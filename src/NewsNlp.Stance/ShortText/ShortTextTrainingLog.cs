using Microsoft.Extensions.Logging;

namespace NewsNlp.Stance.ShortText;

/// <summary>The progress and metrics lines of short-text stance training (Information; <c>train-stance-pairs</c> prints them).</summary>
internal static partial class ShortTextTrainingLog
{
    [LoggerMessage(EventId = 621, Level = LogLevel.Information, Message = "lexicon: {Polar} polar words, {Antonyms} words with antonyms")]
    public static partial void Lexicon(ILogger logger, int polar, int antonyms);

    [LoggerMessage(EventId = 622, Level = LogLevel.Information,
        Message = "Emergent train: {Train} pairs over {Claims} claims in {Folds} folds by claim (seed {Seed}); {Fnc} weak FNC-1 sentence pairs")]
    public static partial void Data(ILogger logger, int train, int claims, int folds, int seed, int fnc);

    [LoggerMessage(EventId = 623, Level = LogLevel.Information, Message = "encoded {Texts} distinct texts with {Encoder} in {Seconds:F1} s")]
    public static partial void Encoded(ILogger logger, int texts, string encoder, double seconds);

    [LoggerMessage(EventId = 624, Level = LogLevel.Information,
        Message = "  l2 {L2:G2} min-targets {MinTargets} fnc-weight {FncWeight:G2} disagree-weight {DisagreeWeight:G2} unrelated-bias {UnrelatedBias:G2}: cross-validated accuracy {Accuracy:F1} macro-F1 {MacroF1:F1} relatedness {Relatedness:F1}")]
    public static partial void GridPoint(ILogger logger, double l2, int minTargets, double fncWeight, double disagreeWeight, double unrelatedBias, double accuracy, double macroF1, double relatedness);

    [LoggerMessage(EventId = 625, Level = LogLevel.Information,
        Message = "chosen by {Folds}-fold cross-validation (by claim): l2 {L2:G2}, min-targets {MinTargets}, fnc-weight {FncWeight:G2}, disagree-weight {DisagreeWeight:G2}, unrelated-bias {UnrelatedBias:G2} (accuracy {Accuracy:F1}, macro-F1 {MacroF1:F1}, relatedness {Relatedness:F1})")]
    public static partial void Chosen(ILogger logger, int folds, double l2, int minTargets, double fncWeight, double disagreeWeight, double unrelatedBias, double accuracy, double macroF1, double relatedness);

    [LoggerMessage(EventId = 626, Level = LogLevel.Information, Message = "trained in {Seconds:F1} s: {Features} features")]
    public static partial void Trained(ILogger logger, double seconds, int features);

    [LoggerMessage(EventId = 627, Level = LogLevel.Information, Message = "FNC-1: {ExcludedBodies} bodies excluded ({Skipped} pairs), {Pairs} weak sentence pairs")]
    public static partial void WeakFnc(ILogger logger, int excludedBodies, int skipped, int pairs);

    [LoggerMessage(EventId = 628, Level = LogLevel.Information,
        Message = "temperature {Temperature:F2} fitted on {Folds}-fold out-of-fold probabilities of {Pairs} train headlines (accuracy {Accuracy:F1}; ECE over 10 bins {Before:F3} -> {After:F3})")]
    public static partial void Temperature(ILogger logger, double temperature, int folds, int pairs, double accuracy, double before, double after);

    [LoggerMessage(EventId = 629, Level = LogLevel.Information,
        Message = "class offsets chosen on {Folds}-fold out-of-fold probabilities for macro-F1: disagree {Disagree:G3}, discuss {Discuss:G3} (accuracy {Accuracy:F1}, macro-F1 {MacroF1:F1}; nested, each fold's offsets chosen without it: accuracy {NestedAccuracy:F1}, macro-F1 {NestedMacroF1:F1})")]
    public static partial void Offsets(ILogger logger, double disagree, double discuss, int folds, double accuracy, double macroF1, double nestedAccuracy, double nestedMacroF1);
}
