using NewsNlp.Entities;
using NewsNlp.Entities.Linking;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

/// <summary>The stages of the default pipeline, in order. Each stage folder adds its default here.</summary>
internal static class DefaultStages
{
    /// <summary>Stage names of the default pipeline, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [TokenizerStage.StageName, EntityRecognizerStage.StageName, EntityLinkerStage.StageName, QuoteStage.StageName];

    public static IEnumerable<IPipelineStage> Create()
    {
        yield return new TokenizerStage();
        yield return new EntityRecognizerStage();
        yield return new EntityLinkerStage();
        yield return new QuoteStage();
    }
}
