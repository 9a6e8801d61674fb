using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsNlp.Pipeline;

/// <summary>
/// The one builder of a <see cref="NewsPipeline"/>, with or without dependency injection: <c>services.AddNewsNlp(b => …)</c>
/// hands you one over the application's <see cref="IServiceCollection"/>; <c>new NewsPipelineBuilder()</c> or
/// <see cref="CreateDefault"/> make one over a private collection that <see cref="Build"/> turns into a pipeline.
/// </summary>
/// <remarks>
/// <para>Each stage folder adds one extension method (<c>AddTokenizer</c>, <c>AddEntityRecognizer</c>, <c>AddEntityLinker</c>,
/// <c>AddQuotes</c>, <c>AddEntityRules</c>, and <c>AddStance</c> in <c>NewsNlp.Stance</c>) that registers the stage and its
/// options with <c>TryAdd</c>, so calling it again only configures the stage already there.</para>
/// <para>Edits by name (<see cref="InsertAfter(string, IPipelineStage)"/>, <see cref="Replace(string, IPipelineStage)"/>,
/// <see cref="Remove"/> …) are recorded in order and replayed when the pipeline is built, so they may name stages added
/// later by the defaults; an unknown name fails then with the names that exist.</para>
/// </remarks>
/// <example>
/// <code>
/// var pipeline = NewsPipelineBuilder.CreateDefault()
///     .AddQuotes(o => o.UseLearnedTagger = false)
///     .InsertAfter("ner", new MyOrgRulesStage())
///     .Build();
/// </code>
/// </example>
public sealed class NewsPipelineBuilder
{
    private readonly PipelineRegistration _registration;
    private readonly bool _ownsServices;

    /// <summary>An empty builder over a private service collection (add stages, then <see cref="Build"/>).</summary>
    public NewsPipelineBuilder()
        : this(new ServiceCollection(), ownsServices: true)
    {
    }

    private NewsPipelineBuilder(IServiceCollection services, bool ownsServices)
    {
        Services = services;
        _ownsServices = ownsServices;
        _registration = PipelineRegistration.Of(services, out bool created);
        if (created)
        {
            AddStageOptions<NewsPipelineOptions>(string.Empty);
            Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NewsPipelineOptions>, NewsPipelineOptionsValidator>());
        }
    }

    /// <summary>
    /// The service collection the stages and their options are registered in: the application's with
    /// <c>AddNewsNlp</c>, else the builder's own (register a logger factory or a stage's dependencies here).
    /// </summary>
    public IServiceCollection Services { get; }

    /// <summary>A builder holding the default stages (tokenizer, NER, entity linking, quotes) with their embedded models.</summary>
    public static NewsPipelineBuilder CreateDefault() => new NewsPipelineBuilder().AddDefaultStages();

    /// <summary>The builder over <paramref name="services"/> (one per collection: a second call edits the same pipeline).</summary>
    internal static NewsPipelineBuilder ForServices(IServiceCollection services) => new(services, ownsServices: false);

    /// <summary>Adds the default stages (tokenizer, NER, entity linking, quotes), each unless a stage of its name is present.</summary>
    public NewsPipelineBuilder AddDefaultStages()
    {
        _registration.DefaultsAdded = true;
        return DefaultStages.AddTo(this);
    }

    /// <summary>Adds the default stages once per service collection (what <c>AddNewsNlp</c> does).</summary>
    internal NewsPipelineBuilder AddDefaultStagesOnce() => _registration.DefaultsAdded ? this : AddDefaultStages();

    /// <summary>Appends a stage instance.</summary>
    public NewsPipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return Edit((stages, _) => stages.Add(stage));
    }

    /// <summary>Appends a stage resolved from the services (registered as a singleton if it is not yet).</summary>
    public NewsPipelineBuilder Add<TStage>()
        where TStage : class, IPipelineStage => Add(Resolve<TStage>());

    /// <summary>Appends a stage made by <paramref name="factory"/> from the services when the pipeline is built.</summary>
    public NewsPipelineBuilder Add(Func<IServiceProvider, IPipelineStage> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Edit((stages, sp) => stages.Add(factory(sp)));
    }

    /// <summary>
    /// Appends a stage resolved from the services unless a stage of the same name is already in the pipeline (what the
    /// stage extensions such as <c>AddQuotes</c> use, so adding a stage twice only configures it).
    /// </summary>
    public NewsPipelineBuilder TryAdd<TStage>()
        where TStage : class, IPipelineStage
    {
        Func<IServiceProvider, IPipelineStage> resolve = Resolve<TStage>();
        return Edit((stages, sp) =>
        {
            IPipelineStage stage = resolve(sp);
            if (!stages.Exists(s => string.Equals(s.Name, stage.Name, StringComparison.Ordinal)))
            {
                stages.Add(stage);
            }
        });
    }

    /// <summary>Inserts a stage instance before the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder InsertBefore(string name, IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return InsertBefore(name, _ => stage);
    }

    /// <summary>Inserts a stage resolved from the services before the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder InsertBefore<TStage>(string name)
        where TStage : class, IPipelineStage => InsertBefore(name, Resolve<TStage>());

    /// <summary>Inserts a stage made by <paramref name="factory"/> before the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder InsertBefore(string name, Func<IServiceProvider, IPipelineStage> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factory);
        return Edit((stages, sp) => StageList.InsertBefore(stages, name, factory(sp)));
    }

    /// <summary>Inserts a stage instance after the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder InsertAfter(string name, IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return InsertAfter(name, _ => stage);
    }

    /// <summary>Inserts a stage resolved from the services after the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder InsertAfter<TStage>(string name)
        where TStage : class, IPipelineStage => InsertAfter(name, Resolve<TStage>());

    /// <summary>Inserts a stage made by <paramref name="factory"/> after the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder InsertAfter(string name, Func<IServiceProvider, IPipelineStage> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factory);
        return Edit((stages, sp) => StageList.InsertAfter(stages, name, factory(sp)));
    }

    /// <summary>Replaces the stage named <paramref name="name"/> with a stage instance.</summary>
    public NewsPipelineBuilder Replace(string name, IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return Replace(name, _ => stage);
    }

    /// <summary>Replaces the stage named <paramref name="name"/> with a stage resolved from the services.</summary>
    public NewsPipelineBuilder Replace<TStage>(string name)
        where TStage : class, IPipelineStage => Replace(name, Resolve<TStage>());

    /// <summary>Replaces the stage named <paramref name="name"/> with a stage made by <paramref name="factory"/>.</summary>
    public NewsPipelineBuilder Replace(string name, Func<IServiceProvider, IPipelineStage> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factory);
        return Edit((stages, sp) => StageList.Replace(stages, name, factory(sp)));
    }

    /// <summary>Removes the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder Remove(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Edit((stages, _) => StageList.Remove(stages, name));
    }

    /// <summary>Removes every stage added so far, so the pipeline is built only from stages added after this call.</summary>
    public NewsPipelineBuilder Clear() => Edit((stages, _) => stages.Clear());

    /// <summary>Keeps only the named stages, in their current order (used by the CLI's <c>--stages</c>); an unknown name fails.</summary>
    public NewsPipelineBuilder KeepOnly(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var keep = new HashSet<string>(names, StringComparer.Ordinal);
        return Edit((stages, _) =>
        {
            foreach (string name in keep)
            {
                StageList.IndexOf(stages, name);
            }

            stages.RemoveAll(s => !keep.Contains(s.Name));
        });
    }

    /// <summary>Changes pipeline options (same as <c>services.Configure&lt;NewsPipelineOptions&gt;(…)</c>).</summary>
    public NewsPipelineBuilder Configure(Action<NewsPipelineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>
    /// Binds the pipeline's options to <paramref name="configuration"/> and each stage's options to its section
    /// (<c>Tokenizer</c>, <c>Quotes</c>, <c>EntityRules</c>, <c>Stance</c> …), e.g.
    /// <c>b.Bind(configuration.GetSection("NewsNlp"))</c> with <c>"NewsNlp:MaxDegreeOfParallelism": "4"</c> and
    /// <c>"NewsNlp:Quotes:UseLearnedTagger": "false"</c>.
    /// </summary>
    /// <remarks>
    /// Configuration values are applied where each options type was first registered (for the default stages, inside
    /// <c>AddNewsNlp</c>), so a <c>Configure</c> call made later overrides them.
    /// </remarks>
    public NewsPipelineBuilder Bind(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _registration.Configuration = configuration;
        return this;
    }

    /// <summary>
    /// Registers <typeparamref name="TOptions"/> as a stage's options (once per service collection): bound to
    /// <paramref name="configurationSection"/> of the configuration given to <see cref="Bind"/>, validated at start
    /// (<c>ValidateOnStart</c>; register an <see cref="IValidateOptions{TOptions}"/> for the rules), then
    /// <paramref name="configure"/> applied. For stage extensions of other packages.
    /// </summary>
    /// <param name="configurationSection">The options' section under the bound configuration (empty: the root).</param>
    /// <param name="configure">Changes to the options, applied after the configuration values.</param>
    public OptionsBuilder<TOptions> AddStageOptions<TOptions>(string configurationSection, Action<TOptions>? configure = null)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(configurationSection);
        OptionsBuilder<TOptions> options = Services.AddOptions<TOptions>();
        if (_registration.OptionsTypes.Add(typeof(TOptions)))
        {
            Services.AddSingleton<IConfigureOptions<TOptions>>(new ConfigureFromRegistration<TOptions>(_registration, configurationSection));
            options.ValidateOnStart();
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        return options;
    }

    /// <summary>
    /// Builds the pipeline: replays the stage edits, validates every stage's options (failing with the option named) and
    /// checks that each stage's requirements are produced by an earlier stage.
    /// </summary>
    /// <exception cref="PipelineConfigurationException">A requirement has no earlier producer, two stages share a name, or an edit names an unknown stage.</exception>
    /// <exception cref="OptionsValidationException">An option is out of range.</exception>
    /// <exception cref="InvalidOperationException">The builder came from <c>AddNewsNlp</c>: resolve <see cref="NewsPipeline"/> from the service provider instead.</exception>
    public NewsPipeline Build()
    {
        if (!_ownsServices)
        {
            throw new InvalidOperationException("This builder belongs to an application's IServiceCollection (AddNewsNlp); resolve NewsPipeline from its IServiceProvider instead of calling Build().");
        }

        ServiceProvider provider = Services.BuildServiceProvider();
        provider.GetService<IStartupValidator>()?.Validate();
        return provider.GetRequiredService<NewsPipeline>();
    }

    /// <summary>Adds a raw edit of the stage list, replayed in order when the pipeline is built.</summary>
    internal NewsPipelineBuilder Edit(Action<List<IPipelineStage>, IServiceProvider> edit)
    {
        _registration.Add(edit);
        return this;
    }

    private Func<IServiceProvider, IPipelineStage> Resolve<TStage>()
        where TStage : class, IPipelineStage
    {
        Services.TryAddSingleton<TStage>();
        return static sp => sp.GetRequiredService<TStage>();
    }
}
