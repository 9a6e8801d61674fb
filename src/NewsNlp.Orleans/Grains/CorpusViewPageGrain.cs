using Orleans;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Grains;

/// <summary>A full page of the query view's article ids, so the view's own state stays small.</summary>
internal sealed class CorpusViewPageGrain(
    [PersistentState("viewpage", NewsNlpOrleans.StorageName)] IPersistentState<CorpusViewPageState> state)
    : PageGrain<CorpusViewPageState, string>(state), ICorpusViewPageGrain
{
    protected override bool Same(string stored, string given) => string.Equals(stored, given, StringComparison.Ordinal);
}

/// <summary>Silo-side settings of the query view.</summary>
internal sealed class CorpusViewOptions
{
    /// <summary>Article ids per page grain (the view's own state holds fewer than this many).</summary>
    public int IdsPerPage { get; set; } = 1024;
}
