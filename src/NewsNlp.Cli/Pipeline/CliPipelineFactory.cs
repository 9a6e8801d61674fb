using Microsoft.Extensions.DependencyInjection;
using NewsNlp.DependencyInjection;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Cli.Pipeline;

/// <summary>A built pipeline with the container that owns its stages (disposed with it).</summary>
internal sealed class CliPipeline : IDisposable
{
    private readonly ServiceProvider _provider;

    public CliPipeline(ServiceProvider provider, NewsPipeline pipeline)
    {
        _provider = provider;
        Pipeline = pipeline;
    }

    /// <summary>The pipeline to run.</summary>
    public NewsPipeline Pipeline { get; }

    /// <inheritdoc />
    public void Dispose() => _provider.Dispose();
}

/// <summary>Builds the pipeline the commands run: the DI defaults plus <see cref="OptionalStages"/>, optionally cut down to <c>--stages</c>.</summary>
internal static class CliPipelineFactory
{
    /// <summary>
    /// The pipeline with only <paramref name="stageNames"/> (kept in pipeline order), or every stage the CLI knows when null or empty.
    /// </summary>
    /// <param name="stageNames">Stages to keep, or null or empty for all.</param>
    /// <param name="parallelism">Documents processed at once, or null for the default.</param>
    /// <param name="maxChars">Longest document accepted, or null for the default.</param>
    /// <param name="acts">The attribution acts the quote stage reports (<c>--acts</c>), or null for its default.</param>
    /// <param name="stanceEncoder">The quote and speaker stance classifier (<c>--stance-encoder</c>: none, minilm, minilm-gate), or null for the small model.</param>
    /// <exception cref="PipelineConfigurationException">An unknown stage name, a kept stage whose requirement was removed, or an encoder this build does not carry.</exception>
    public static CliPipeline Create(IReadOnlyCollection<string>? stageNames = null, int? parallelism = null, int? maxChars = null, AttributionActs? acts = null, string? stanceEncoder = null)
    {
        var services = new ServiceCollection();
        NewsPipelineBuilder builder = services.AddNewsNlp(b => b.Configure(o =>
        {
            if (parallelism is int p)
            {
                o.MaxDegreeOfParallelism = p;
            }

            if (maxChars is int m)
            {
                o.MaxDocumentLength = m;
            }
        }));
        if (acts is { } wanted)
        {
            builder.AddQuotes(o => o.Acts = wanted);
        }

        OptionalStages.Add(builder, stanceEncoder);
        ServiceProvider provider = services.BuildServiceProvider();
        try
        {
            NewsPipeline full = provider.GetRequiredService<NewsPipeline>();
            if (stageNames is null || stageNames.Count == 0)
            {
                return new CliPipeline(provider, full);
            }

            var subset = new NewsPipelineBuilder();
            foreach (IPipelineStage stage in full.Stages)
            {
                subset.Add(stage);
            }

            NewsPipeline pipeline = subset
                .Configure(o =>
                {
                    o.MaxDegreeOfParallelism = full.Options.MaxDegreeOfParallelism;
                    o.MaxDocumentLength = full.Options.MaxDocumentLength;
                })
                .KeepOnly(stageNames)
                .Build();
            return new CliPipeline(provider, pipeline);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>Splits <c>--stages a,b --stages c</c> into distinct names.</summary>
    public static string[] ParseStageList(IEnumerable<string>? values) =>
        values is null
            ? []
            : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
}
