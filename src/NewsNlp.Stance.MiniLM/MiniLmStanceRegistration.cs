using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsNlp.Pipeline;
using NewsNlp.Stance.Pipeline;

namespace NewsNlp.Stance.MiniLM;

/// <summary>Registers the encoder path of the <c>stance</c> stage.</summary>
public static class MiniLmStanceRegistration
{
    /// <summary>
    /// Adds the <c>stance</c> stage (as <see cref="StanceRegistration.AddStance"/>) with quotes and speakers classified by
    /// <see cref="MiniLmStance.Classifier"/> (all-MiniLM-L6-v2 vectors plus the short-text features) instead of the lexical
    /// short-text model. The article body keeps the FNC-1 model. The encoder is loaded when the stage is first built.
    /// </summary>
    /// <example><code>services.AddNewsNlp(b => b.AddMiniLmStance(o => o.Targets.Add("the ceasefire")));</code></example>
    public static NewsPipelineBuilder AddMiniLmStance(this NewsPipelineBuilder builder, Action<StanceStageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton(_ => new QuoteStanceClassifier(MiniLmStance.Classifier)));
        return builder.AddStance(configure);
    }

    /// <summary>
    /// Adds the <c>stance</c> stage (as <see cref="StanceRegistration.AddStance"/>) with the encoder as the quotes' and
    /// speakers' relatedness gate only (<see cref="MiniLmRelatednessGate"/>): whether a quote addresses the claim comes from
    /// the encoder model, its side from the default small model. The article body keeps the FNC-1 model.
    /// </summary>
    /// <example><code>services.AddNewsNlp(b => b.AddMiniLmRelatednessGate(o => o.Targets.Add("the ceasefire")));</code></example>
    public static NewsPipelineBuilder AddMiniLmRelatednessGate(this NewsPipelineBuilder builder, Action<StanceStageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton(_ => new QuoteStanceClassifier(new MiniLmRelatednessGate())));
        return builder.AddStance(configure);
    }
}
