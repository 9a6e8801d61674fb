using NewsNlp.Pipeline;

namespace NewsNlp.DependencyInjection;

/// <summary>The ordered edits that make up the DI pipeline, replayed when the pipeline is first resolved.</summary>
internal sealed class StageRegistry
{
    private readonly List<Action<List<IPipelineStage>, IServiceProvider>> _edits = [];

    public bool DefaultsAdded { get; set; }

    public void Add(Action<List<IPipelineStage>, IServiceProvider> edit) => _edits.Add(edit);

    public List<IPipelineStage> Build(IServiceProvider services)
    {
        var stages = new List<IPipelineStage>();
        foreach (Action<List<IPipelineStage>, IServiceProvider> edit in _edits)
        {
            edit(stages, services);
        }

        return stages;
    }
}
