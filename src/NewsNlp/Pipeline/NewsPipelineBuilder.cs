namespace NewsNlp.Pipeline;

/// <summary>Builds a <see cref="NewsPipeline"/> without dependency injection.</summary>
/// <example>
/// <code>
/// var pipeline = NewsPipelineBuilder.CreateDefault()
///     .InsertAfter("ner", new MyOrgRulesStage())
///     .Build();
/// </code>
/// </example>
public sealed class NewsPipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];
    private readonly NewsPipelineOptions _options = new();

    /// <summary>An empty builder.</summary>
    public NewsPipelineBuilder()
    {
    }

    /// <summary>A builder holding the default stages (tokenizer, NER, entity linking, quotes) with their embedded models.</summary>
    public static NewsPipelineBuilder CreateDefault()
    {
        var builder = new NewsPipelineBuilder();
        builder._stages.AddRange(DefaultStages.Create());
        return builder;
    }

    /// <summary>Names of the stages added so far, in order.</summary>
    public IReadOnlyList<string> StageNames => _stages.ConvertAll(s => s.Name);

    /// <summary>Appends a stage.</summary>
    public NewsPipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Inserts a stage before the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder InsertBefore(string name, IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        StageList.InsertBefore(_stages, name, stage);
        return this;
    }

    /// <summary>Inserts a stage after the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder InsertAfter(string name, IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        StageList.InsertAfter(_stages, name, stage);
        return this;
    }

    /// <summary>Replaces the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder Replace(string name, IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        StageList.Replace(_stages, name, stage);
        return this;
    }

    /// <summary>Removes the stage named <paramref name="name"/>.</summary>
    public NewsPipelineBuilder Remove(string name)
    {
        StageList.Remove(_stages, name);
        return this;
    }

    /// <summary>Keeps only the named stages, in their current order (used by the CLI's <c>--stages</c>).</summary>
    public NewsPipelineBuilder KeepOnly(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var keep = new HashSet<string>(names, StringComparer.Ordinal);
        foreach (string name in keep)
        {
            _ = StageList.IndexOf(_stages, name);
        }

        _stages.RemoveAll(s => !keep.Contains(s.Name));
        return this;
    }

    /// <summary>Changes pipeline options.</summary>
    public NewsPipelineBuilder Configure(Action<NewsPipelineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_options);
        return this;
    }

    /// <summary>Validates the stage list and builds the pipeline.</summary>
    /// <exception cref="PipelineConfigurationException">A requirement has no earlier producer.</exception>
    public NewsPipeline Build() => new(_stages, _options);
}
