using Orleans;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Grains;

/// <summary>A full page of the query view's article ids, so the view's own state stays small.</summary>
internal sealed class CorpusViewPageGrain(
    [PersistentState("viewpage", NewsNlpOrleans.StorageName)] IPersistentState<CorpusViewPageState> state) : Grain, ICorpusViewPageGrain
{
    public async Task SetAsync(string[] articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (state.State.ArticleIds.AsSpan().SequenceEqual(articleIds))
        {
            return;
        }

        state.State.ArticleIds = articleIds;
        await state.WriteStateAsync();
    }

    public Task<string[]> GetAsync() => Task.FromResult(state.State.ArticleIds);
}

/// <summary>Silo-side settings of the query view.</summary>
internal sealed class CorpusViewOptions
{
    /// <summary>Article ids per page grain (the view's own state holds fewer than this many).</summary>
    public int IdsPerPage { get; set; } = 1024;
}
