using NewsNlp.Pipeline;

namespace NewsNlp.DependencyInjection;

/// <summary>The default stages as DI registrations (the same list as <see cref="NewsPipeline.CreateDefault"/>).</summary>
internal static class DefaultStageRegistrations
{
    public static void Add(NewsNlpBuilder builder)
    {
        foreach (Type stageType in DefaultStages.Types)
        {
            builder.AddStage(stageType);
        }
    }
}
