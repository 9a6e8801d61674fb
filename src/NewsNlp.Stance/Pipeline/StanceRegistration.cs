using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsNlp.DependencyInjection;
using NewsNlp.Pipeline;

namespace NewsNlp.Stance.Pipeline;

/// <summary>Adds the <c>stance</c> stage to a pipeline, with or without dependency injection.</summary>
public static class StanceRegistration
{
    /// <summary>
    /// Appends the <c>stance</c> stage to the DI pipeline; <see cref="IStanceClassifier"/> is registered as the embedded
    /// <see cref="StanceClassifier.Default"/> unless one is registered already.
    /// </summary>
    /// <example><code>services.AddNewsNlp().AddStance(o => o.Targets.Add("the ceasefire"));</code></example>
    public static NewsNlpBuilder AddStance(this NewsNlpBuilder builder, Action<StanceStageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new StanceStageOptions();
        configure?.Invoke(options);
        builder.Services.TryAddSingleton<IStanceClassifier>(_ => StanceClassifier.Default);
        return builder.AddStage(sp => new StanceStage(sp.GetRequiredService<IStanceClassifier>(), options));
    }

    /// <summary>Appends the <c>stance</c> stage to a pipeline built without DI.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="configure">Targets and what to annotate.</param>
    /// <param name="classifier">The classifier; the embedded model when null.</param>
    public static NewsPipelineBuilder AddStance(this NewsPipelineBuilder builder, Action<StanceStageOptions>? configure = null, IStanceClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new StanceStageOptions();
        configure?.Invoke(options);
        return builder.Add(new StanceStage(classifier ?? StanceClassifier.Default, options));
    }
}
