using NewsNlp.Documents;
using NewsNlp.Stance;
using Orleans;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Grains;

/// <summary>A speaker's quotes and stances, per article (a repeated article replaces its own entry).</summary>
internal sealed class SpeakerGrain([PersistentState("speaker", NewsNlpOrleans.StorageName)] IPersistentState<SpeakerState> state) : Grain, ISpeakerGrain
{
    public async Task AddArticleAsync(string articleId, SpeakerQuote[] quotes, SpeakerStance[] stances)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(stances);
        if (state.State.Quotes.TryGetValue(articleId, out SpeakerQuote[]? known) && known.SequenceEqual(quotes)
            && state.State.Stances.TryGetValue(articleId, out SpeakerStance[]? knownStances) && knownStances.SequenceEqual(stances))
        {
            return;
        }

        state.State.Quotes[articleId] = quotes;
        state.State.Stances[articleId] = stances;
        await state.WriteStateAsync();
    }

    public Task<SpeakerQuote[]> GetQuotesAsync() => Task.FromResult(
        state.State.Quotes.Values.SelectMany(q => q)
            .OrderByDescending(q => q.Published)
            .ThenBy(q => q.ArticleId, StringComparer.Ordinal)
            .ThenBy(q => q.QuoteId)
            .ToArray());

    public Task<SpeakerTally> GetTallyAsync()
    {
        var stances = state.State.Stances.Values.SelectMany(s => s)
            .GroupBy(s => s.Target, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<StanceLabel, int>)g.GroupBy(s => s.Label).ToDictionary(l => l.Key, l => l.Count()),
                StringComparer.Ordinal);
        int quotes = state.State.Quotes.Values.Sum(q => q.Length);
        int articles = state.State.Quotes.Count(q => q.Value.Length > 0);
        return Task.FromResult(new SpeakerTally(quotes, articles, stances));
    }
}
