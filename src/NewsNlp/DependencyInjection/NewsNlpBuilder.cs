using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsNlp.Pipeline;

namespace NewsNlp.DependencyInjection;

/// <summary>
/// Adds, inserts, replaces and removes pipeline stages registered with <see cref="IServiceCollection"/>.
/// Returned by <see cref="ServiceCollectionExtensions.AddNewsNlp(IServiceCollection, Action{NewsPipelineOptions}?)"/>.
/// </summary>
/// <remarks>
/// Edits are recorded in order and replayed when <see cref="NewsPipeline"/> is first resolved. Stage classes added by type are
/// registered as singletons (with <c>TryAdd</c>), so their constructor dependencies come from the container.
/// </remarks>
public sealed class NewsNlpBuilder
{
    private readonly StageRegistry _registry;

    internal NewsNlpBuilder(IServiceCollection services, StageRegistry registry)
    {
        Services = services;
        _registry = registry;
    }

    /// <summary>The service collection, for registering a stage's own dependencies.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Appends a stage resolved from the container (registered as a singleton if not yet registered).</summary>
    public NewsNlpBuilder AddStage<TStage>()
        where TStage : class, IPipelineStage
    {
        Services.TryAddSingleton<TStage>();
        _registry.Add((stages, sp) => stages.Add(sp.GetRequiredService<TStage>()));
        return this;
    }

    /// <summary>Appends a stage of <paramref name="stageType"/> resolved from the container (registered as a singleton if not yet registered).</summary>
    internal NewsNlpBuilder AddStage(Type stageType)
    {
        Services.TryAdd(ServiceDescriptor.Singleton(stageType, stageType));
        _registry.Add((stages, sp) => stages.Add((IPipelineStage)sp.GetRequiredService(stageType)));
        return this;
    }

    /// <summary>Appends a stage made by <paramref name="factory"/>.</summary>
    public NewsNlpBuilder AddStage(Func<IServiceProvider, IPipelineStage> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _registry.Add((stages, sp) => stages.Add(factory(sp)));
        return this;
    }

    /// <summary>Appends a stage instance.</summary>
    public NewsNlpBuilder AddStage(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _registry.Add((stages, _) => stages.Add(stage));
        return this;
    }

    /// <summary>Inserts a stage resolved from the container before the stage named <paramref name="name"/>.</summary>
    public NewsNlpBuilder InsertStageBefore<TStage>(string name)
        where TStage : class, IPipelineStage
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Services.TryAddSingleton<TStage>();
        _registry.Add((stages, sp) => StageList.InsertBefore(stages, name, sp.GetRequiredService<TStage>()));
        return this;
    }

    /// <summary>Inserts a stage resolved from the container after the stage named <paramref name="name"/>.</summary>
    public NewsNlpBuilder InsertStageAfter<TStage>(string name)
        where TStage : class, IPipelineStage
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Services.TryAddSingleton<TStage>();
        _registry.Add((stages, sp) => StageList.InsertAfter(stages, name, sp.GetRequiredService<TStage>()));
        return this;
    }

    /// <summary>Inserts a stage made by <paramref name="factory"/> after the stage named <paramref name="name"/>.</summary>
    public NewsNlpBuilder InsertStageAfter(string name, Func<IServiceProvider, IPipelineStage> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factory);
        _registry.Add((stages, sp) => StageList.InsertAfter(stages, name, factory(sp)));
        return this;
    }

    /// <summary>Replaces the stage named <paramref name="name"/> with one resolved from the container.</summary>
    public NewsNlpBuilder ReplaceStage<TStage>(string name)
        where TStage : class, IPipelineStage
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Services.TryAddSingleton<TStage>();
        _registry.Add((stages, sp) => StageList.Replace(stages, name, sp.GetRequiredService<TStage>()));
        return this;
    }

    /// <summary>Replaces the stage named <paramref name="name"/> with one made by <paramref name="factory"/>.</summary>
    public NewsNlpBuilder ReplaceStage(string name, Func<IServiceProvider, IPipelineStage> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factory);
        _registry.Add((stages, sp) => StageList.Replace(stages, name, factory(sp)));
        return this;
    }

    /// <summary>Removes the stage named <paramref name="name"/>.</summary>
    public NewsNlpBuilder RemoveStage(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _registry.Add((stages, _) => StageList.Remove(stages, name));
        return this;
    }

    /// <summary>Removes every stage, so the pipeline is built only from stages added after this call.</summary>
    public NewsNlpBuilder ClearStages()
    {
        _registry.Add((stages, _) => stages.Clear());
        return this;
    }
}
