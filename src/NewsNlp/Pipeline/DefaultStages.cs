using NewsNlp.Entities;
using NewsNlp.Entities.Linking;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

/// <summary>
/// The stages of the default pipeline, in order: the one list behind both <see cref="NewsPipeline.CreateDefault"/> and
/// <c>AddNewsNlp()</c>. Each stage folder adds its default here.
/// </summary>
internal static class DefaultStages
{
    /// <summary>Stage types of the default pipeline, in order (each has a public parameterless constructor).</summary>
    public static IReadOnlyList<Type> Types { get; } = [typeof(TokenizerStage), typeof(EntityRecognizerStage), typeof(EntityLinkerStage), typeof(QuoteStage)];

    public static IEnumerable<IPipelineStage> Create() => Types.Select(t => (IPipelineStage)Activator.CreateInstance(t)!);
}
