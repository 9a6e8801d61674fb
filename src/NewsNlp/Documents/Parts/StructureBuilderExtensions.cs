using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsNlp.Pipeline;

namespace NewsNlp.Documents.Parts;

/// <summary>Adds the <c>structure</c> stage to a <see cref="NewsPipelineBuilder"/>.</summary>
public static class StructureBuilderExtensions
{
    /// <summary>
    /// Adds the <c>structure</c> stage (headline, standfirst, dateline, byline, captions, credits; the headline into the
    /// metadata when none was given) unless it is there.
    /// </summary>
    public static NewsPipelineBuilder AddStructure(this NewsPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(static _ => new StructureStage());
        return builder.TryAdd<StructureStage>();
    }
}
