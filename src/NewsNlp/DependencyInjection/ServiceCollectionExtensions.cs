using Microsoft.Extensions.DependencyInjection;
using NewsNlp.Pipeline;

namespace NewsNlp.DependencyInjection;

/// <summary>Registers NewsNlp with <see cref="IServiceCollection"/>.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="NewsPipeline"/> with the default stages (tokenizer, NER, entity linking, quotes)
    /// and their options (<c>IOptions&lt;T&gt;</c>, validated at start), then lets <paramref name="configure"/> add,
    /// configure, insert, replace or remove stages. Calling it again edits the same pipeline and does not add the
    /// defaults twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Stage and option changes, e.g. <c>b => b.AddQuotes(o => o.UseLearnedTagger = false)</c>.</param>
    /// <returns>The builder, for further changes (<c>services.AddNewsNlp().AddStance()</c>).</returns>
    /// <example>
    /// <code>
    /// services.AddNewsNlp(b => b
    ///     .Configure(o => o.MaxDegreeOfParallelism = 4)
    ///     .Bind(configuration.GetSection("NewsNlp"))
    ///     .AddQuotes(o => o.UseLearnedTagger = false)
    ///     .InsertAfter&lt;MyStage&gt;("ner"));
    /// </code>
    /// </example>
    public static NewsPipelineBuilder AddNewsNlp(this IServiceCollection services, Action<NewsPipelineBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        NewsPipelineBuilder builder = NewsPipelineBuilder.ForServices(services).AddDefaultStagesOnce();
        configure?.Invoke(builder);
        return builder;
    }
}
