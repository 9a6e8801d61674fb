namespace NewsNlp.Pipeline;

/// <summary>Name-based edits of an ordered stage list, shared by <see cref="NewsPipelineBuilder"/> and the DI builder.</summary>
internal static class StageList
{
    public static int IndexOf(List<IPipelineStage> stages, string name)
    {
        int index = stages.FindIndex(s => string.Equals(s.Name, name, StringComparison.Ordinal));
        if (index < 0)
        {
            string present = stages.Count == 0 ? "none" : string.Join(", ", stages.Select(s => s.Name));
            throw new PipelineConfigurationException($"No stage named '{name}' in the pipeline (stages: {present}).");
        }

        return index;
    }

    public static void InsertBefore(List<IPipelineStage> stages, string name, IPipelineStage stage) => stages.Insert(IndexOf(stages, name), stage);

    public static void InsertAfter(List<IPipelineStage> stages, string name, IPipelineStage stage) => stages.Insert(IndexOf(stages, name) + 1, stage);

    public static void Replace(List<IPipelineStage> stages, string name, IPipelineStage stage) => stages[IndexOf(stages, name)] = stage;

    public static void Remove(List<IPipelineStage> stages, string name) => stages.RemoveAt(IndexOf(stages, name));
}
