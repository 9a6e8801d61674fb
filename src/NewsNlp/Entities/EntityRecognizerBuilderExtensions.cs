using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsNlp.Pipeline;

namespace NewsNlp.Entities;

/// <summary>Adds the <c>ner</c> stage to a <see cref="NewsPipelineBuilder"/>.</summary>
public static class EntityRecognizerBuilderExtensions
{
    /// <summary>
    /// Adds the <c>ner</c> stage unless it is there: the <see cref="IEntityRecognizer"/> registered in the services, else the
    /// embedded CoNLL-2003 model (loaded on the first document).
    /// </summary>
    public static NewsPipelineBuilder AddEntityRecognizer(this NewsPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(static sp => new EntityRecognizerStage(sp.GetService<IEntityRecognizer>(), StageLogging.For<EntityRecognizerStage>(sp)));
        return builder.TryAdd<EntityRecognizerStage>();
    }
}
