using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsNlp.Pipeline;

namespace NewsNlp.Entities.Linking;

/// <summary>Adds the <c>entity-linker</c> stage to a <see cref="NewsPipelineBuilder"/>.</summary>
public static class EntityLinkerBuilderExtensions
{
    /// <summary>Adds the <c>entity-linker</c> stage (mentions of one entity grouped, canonical names) unless it is there.</summary>
    public static NewsPipelineBuilder AddEntityLinker(this NewsPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(static sp => new EntityLinkerStage(StageLogging.For<EntityLinkerStage>(sp)));
        return builder.TryAdd<EntityLinkerStage>();
    }
}
