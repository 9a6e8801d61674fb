using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsNlp.Pipeline;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.Pipeline;

/// <summary>Adds the <c>stance</c> stage to a <see cref="NewsPipelineBuilder"/>, with or without dependency injection.</summary>
public static class StanceRegistration
{
    /// <summary>
    /// Appends the <c>stance</c> stage unless it is there, and configures its <see cref="StanceStageOptions"/> (also
    /// <c>services.Configure&lt;StanceStageOptions&gt;(…)</c> or the <c>Stance</c> section of the bound configuration).
    /// The body classifier is <paramref name="classifier"/> when given, else the <see cref="IStanceClassifier"/> registered in
    /// the services, else the embedded <see cref="StanceClassifier.Default"/> (FNC-1, headline vs body). The quote classifier is
    /// <paramref name="classifier"/> when given, else the <see cref="QuoteStanceClassifier"/> registered in the services, else
    /// the embedded <see cref="ShortTextStanceClassifier.Default"/> (short texts vs a claim).
    /// </summary>
    /// <example><code>services.AddNewsNlp(b => b.AddStance(o => o.Targets.Add("the ceasefire")));</code></example>
    public static NewsPipelineBuilder AddStance(this NewsPipelineBuilder builder, Action<StanceStageOptions>? configure = null, IStanceClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStageOptions(StanceStageOptions.SectionName, configure);
        if (classifier is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(classifier));
            builder.Services.Replace(ServiceDescriptor.Singleton(new QuoteStanceClassifier(classifier)));
        }

        builder.Services.TryAddSingleton<IStanceClassifier>(_ => StanceClassifier.Default);
        builder.Services.TryAddSingleton(_ => new QuoteStanceClassifier(ShortTextStanceClassifier.Default));
        builder.Services.TryAddSingleton(static sp => new StanceStage(
            sp.GetRequiredService<IStanceClassifier>(),
            sp.GetRequiredService<QuoteStanceClassifier>().Classifier,
            sp.GetRequiredService<IOptions<StanceStageOptions>>().Value));
        return builder.TryAdd<StanceStage>();
    }
}

/// <summary>The classifier the <c>stance</c> stage uses for quotes (register one in DI to replace the embedded short-text model).</summary>
/// <param name="Classifier">The classifier.</param>
public sealed record QuoteStanceClassifier(IStanceClassifier Classifier);
