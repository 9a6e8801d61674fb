using NewsNlp.Pipeline;
using NewsNlp.Stance.Pipeline;

namespace NewsNlp.Stance.Tests.Infrastructure;

/// <summary>The default pipeline with the stance stage, built once for every test class that runs whole articles.</summary>
internal static class StanceTestPipeline
{
    private static readonly Lazy<NewsPipeline> Built = new(() => NewsPipelineBuilder.CreateDefault().AddStance().Build());

    /// <summary>The shared pipeline (thread-safe once built).</summary>
    public static NewsPipeline Default => Built.Value;
}
