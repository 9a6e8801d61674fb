using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsNlp.Pipeline;

namespace NewsNlp.DependencyInjection;

/// <summary>Registers NewsNlp with <see cref="IServiceCollection"/>.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="NewsPipeline"/> with the default stages (tokenizer, NER, entity linking, quotes)
    /// and returns a builder to add, insert, replace or remove stages. Calling it again returns a builder over the same
    /// registration and does not add the defaults twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional pipeline options (validated when the pipeline is first resolved).</param>
    public static NewsNlpBuilder AddNewsNlp(this IServiceCollection services, Action<NewsPipelineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var registry = (StageRegistry?)services.FirstOrDefault(d => d.ServiceType == typeof(StageRegistry))?.ImplementationInstance;
        if (registry is null)
        {
            registry = new StageRegistry();
            services.AddSingleton(registry);
        }

        OptionsBuilder<NewsPipelineOptions> options = services.AddOptions<NewsPipelineOptions>()
            .Validate(o => o.MaxDocumentLength >= 1, "NewsPipelineOptions.MaxDocumentLength must be at least 1.")
            .Validate(o => o.MaxDegreeOfParallelism is >= 1 and <= 1024, "NewsPipelineOptions.MaxDegreeOfParallelism must be in [1, 1024].");
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(sp => new NewsPipeline(
            sp.GetRequiredService<StageRegistry>().Build(sp),
            sp.GetRequiredService<IOptions<NewsPipelineOptions>>().Value));

        var builder = new NewsNlpBuilder(services, registry);
        if (!registry.DefaultsAdded)
        {
            registry.DefaultsAdded = true;
            DefaultStageRegistrations.Add(builder);
        }

        return builder;
    }
}
