using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsNlp.Pipeline;

/// <summary>
/// What one service collection knows about its pipeline: the ordered stage-list edits (replayed when
/// <see cref="NewsPipeline"/> is first resolved), the configuration bound with <see cref="NewsPipelineBuilder.Bind"/>
/// and the stage options types registered so far. Registered once per collection as a singleton instance.
/// </summary>
internal sealed class PipelineRegistration
{
    private readonly List<Action<List<IPipelineStage>, IServiceProvider>> _edits = [];

    /// <summary>True once the default stages were added (so a second <c>AddNewsNlp()</c> does not add them again).</summary>
    public bool DefaultsAdded { get; set; }

    /// <summary>The configuration stage options bind to, when one was given.</summary>
    public IConfiguration? Configuration { get; set; }

    /// <summary>Options types already registered through <see cref="NewsPipelineBuilder.AddStageOptions{TOptions}"/>.</summary>
    public HashSet<Type> OptionsTypes { get; } = [];

    public void Add(Action<List<IPipelineStage>, IServiceProvider> edit) => _edits.Add(edit);

    /// <summary>Replays the edits and builds the pipeline with the container's options and logging.</summary>
    public NewsPipeline CreatePipeline(IServiceProvider services)
    {
        var stages = new List<IPipelineStage>();
        foreach (Action<List<IPipelineStage>, IServiceProvider> edit in _edits)
        {
            edit(stages, services);
        }

        return new NewsPipeline(
            stages,
            services.GetRequiredService<IOptions<NewsPipelineOptions>>().Value,
            StageLogging.For<NewsPipeline>(services));
    }

    /// <summary>Finds the registration of <paramref name="services"/>, or adds one (with the pipeline and its options).</summary>
    public static PipelineRegistration Of(IServiceCollection services, out bool created)
    {
        var registration = (PipelineRegistration?)services.FirstOrDefault(d => d.ServiceType == typeof(PipelineRegistration))?.ImplementationInstance;
        created = registration is null;
        if (registration is null)
        {
            registration = new PipelineRegistration();
            services.AddSingleton(registration);
            services.TryAddSingleton(sp => sp.GetRequiredService<PipelineRegistration>().CreatePipeline(sp));
        }

        return registration;
    }
}

/// <summary>Binds a stage's options to its section of the configuration given to <see cref="NewsPipelineBuilder.Bind"/>, if any.</summary>
internal sealed class ConfigureFromRegistration<TOptions>(PipelineRegistration registration, string section) : IConfigureOptions<TOptions>
    where TOptions : class
{
    public void Configure(TOptions options)
    {
        if (registration.Configuration is { } configuration)
        {
            (section.Length == 0 ? configuration : configuration.GetSection(section)).Bind(options);
        }
    }
}
