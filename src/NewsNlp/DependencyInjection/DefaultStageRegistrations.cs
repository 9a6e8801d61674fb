using NewsNlp.Entities;
using NewsNlp.Entities.Linking;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.DependencyInjection;

/// <summary>The default stages as DI registrations (the same list as <see cref="Pipeline.NewsPipeline.CreateDefault"/>).</summary>
internal static class DefaultStageRegistrations
{
    public static void Add(NewsNlpBuilder builder)
    {
        builder.AddStage<TokenizerStage>();
        builder.AddStage<EntityRecognizerStage>();
        builder.AddStage<EntityLinkerStage>();
        builder.AddStage<QuoteStage>();
    }
}
