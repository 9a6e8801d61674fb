using NewsNlp.Pipeline;

namespace NewsNlp.Orleans.Grains;

/// <summary>
/// Bounds the analyses one silo runs at once to its pipeline's <see cref="NewsPipelineOptions.MaxDegreeOfParallelism"/>
/// (default: the processor count). The client spreads articles over many analysis grain ids, and a stateless worker
/// may have several activations per id, so without it a silo ran as many analyses as calls arrived, more than its
/// cores, each holding a document's working memory.
/// </summary>
internal sealed class AnalysisGate(NewsPipeline pipeline) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(pipeline.Options.MaxDegreeOfParallelism, pipeline.Options.MaxDegreeOfParallelism);

    /// <summary>Runs <paramref name="analyse"/> once a slot is free (waiting without holding a thread).</summary>
    public async Task<T> RunAsync<T>(Func<T> analyse)
    {
        ArgumentNullException.ThrowIfNull(analyse);
        await _slots.WaitAsync().ConfigureAwait(true);
        try
        {
            return analyse();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
