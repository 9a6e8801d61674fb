using Orleans;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Grains;

/// <summary>First claim wins; the owner's own retries see themselves as owner.</summary>
internal sealed class TextHashGrain([PersistentState("text", NewsNlpOrleans.StorageName)] IPersistentState<TextHashState> state) : Grain, ITextHashGrain
{
    public async Task<string> ClaimAsync(string articleId)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        if (state.State.Owner is { } owner)
        {
            return owner;
        }

        state.State.Owner = articleId;
        await state.WriteStateAsync();
        return articleId;
    }
}
