using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsNlp.Pipeline;

namespace NewsNlp.Quotes;

/// <summary>Adds the <c>quotes</c> stage to a <see cref="NewsPipelineBuilder"/>.</summary>
public static class QuotesBuilderExtensions
{
    /// <summary>
    /// Adds the <c>quotes</c> stage (quotes, cues, sources, speakers) unless it is there, and configures its
    /// <see cref="QuoteStageOptions"/>, e.g. <c>b.AddQuotes(o => o.UseLearnedTagger = false)</c>.
    /// </summary>
    public static NewsPipelineBuilder AddQuotes(this NewsPipelineBuilder builder, Action<QuoteStageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStageOptions(QuoteStageOptions.SectionName, configure);
        builder.Services.TryAddSingleton(static sp => new QuoteStage(sp.GetRequiredService<IOptions<QuoteStageOptions>>().Value, StageLogging.For<QuoteStage>(sp)));
        return builder.TryAdd<QuoteStage>();
    }
}
