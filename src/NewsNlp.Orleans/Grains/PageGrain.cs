using Orleans;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Grains;

/// <summary>The persisted state of a page grain: its items (each state type keeps its own property name in storage).</summary>
/// <typeparam name="TItem">What the page holds.</typeparam>
internal interface IPageState<TItem>
{
    /// <summary>The page's items, in the order they arrived.</summary>
    TItem[] Items { get; set; }
}

/// <summary>
/// A full page of an owner grain's items (a speaker's articles, the query view's ids), written once so the owner's own
/// state stays small: writing the same items again stores nothing (the owner re-sends a page after a failure between
/// the page and its own state), other items replace them. A failed write leaves the page as it was persisted. Each page grain keeps its own grain type, state name and state
/// type, so pages persisted before this base class was shared are read as they were.
/// </summary>
/// <typeparam name="TState">The persisted state.</typeparam>
/// <typeparam name="TItem">What the page holds.</typeparam>
internal abstract class PageGrain<TState, TItem>(IPersistentState<TState> state) : Grain
    where TState : IPageState<TItem>
{
    /// <summary>Stores <paramref name="items"/> unless the page already holds the same.</summary>
    public async Task SetAsync(TItem[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (SameItems(state.State.Items, items))
        {
            return;
        }

        TItem[] stored = state.State.Items;
        state.State.Items = items;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not persisted: the page must not answer (or skip a retried write of) items it does not hold.
            state.State.Items = stored;
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>The page's items.</summary>
    public Task<TItem[]> GetAsync() => Task.FromResult(state.State.Items);

    /// <summary>True when <paramref name="stored"/> and <paramref name="given"/> are the same item.</summary>
    protected abstract bool Same(TItem stored, TItem given);

    private bool SameItems(TItem[] stored, TItem[] given)
    {
        if (stored.Length != given.Length)
        {
            return false;
        }

        for (int i = 0; i < stored.Length; i++)
        {
            if (!Same(stored[i], given[i]))
            {
                return false;
            }
        }

        return true;
    }
}
