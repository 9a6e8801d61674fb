using Microsoft.Extensions.Options;
using NewsNlp.Stance;
using Orleans;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Grains;

/// <summary>
/// A speaker's quotes and stances, one entry per article (a repeated article replaces its own entry, so nothing counts
/// twice). The articles arrive in the grain's state; each full page of them (<see cref="SpeakerPageOptions.ArticlesPerPage"/>)
/// moves to a <see cref="ISpeakerPageGrain"/> written once, so what an add writes does not grow with the speaker's
/// history (before, the whole history was rewritten on every article: quadratic for a head of state).
/// </summary>
/// <remarks>
/// On activation the grain reads its pages to know which articles it holds (a read proportional to the history, once
/// per activation); queries read the pages too. A failed write deactivates the grain, so the next call starts again
/// from what was persisted.
/// </remarks>
internal sealed class SpeakerGrain(
    [PersistentState("speaker", NewsNlpOrleans.StorageName)] IPersistentState<SpeakerState> state,
    IGrainFactory grains,
    IOptions<SpeakerPageOptions> options) : Grain, ISpeakerGrain
{
    private const int InRecent = -1;
    private readonly int _pageSize = options.Value.ArticlesPerPage;
    private readonly Dictionary<string, int> _pageOf = new(StringComparer.Ordinal); // article id -> page, or InRecent

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        MoveSavedBeforePaging();
        SpeakerArticle[][] pages = await ReadPagesAsync();
        for (int page = 0; page < pages.Length; page++)
        {
            foreach (SpeakerArticle article in pages[page])
            {
                _pageOf[article.ArticleId] = page;
            }
        }

        foreach (SpeakerArticle article in state.State.Recent)
        {
            _pageOf[article.ArticleId] = InRecent;
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public async Task AddArticleAsync(string articleId, SpeakerQuote[] quotes, SpeakerStance[] stances)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(stances);
        var entry = new SpeakerArticle(articleId, quotes, stances);
        if (_pageOf.TryGetValue(articleId, out int page))
        {
            await ReplaceAsync(page, entry);
            return;
        }

        state.State.Recent.Add(entry);
        _pageOf[articleId] = InRecent;
        await SaveAsync();
    }

    public async Task<SpeakerQuote[]> GetQuotesAsync() =>
        (await AllAsync()).SelectMany(a => a.Quotes)
            .OrderByDescending(q => q.Published)
            .ThenBy(q => q.ArticleId, StringComparer.Ordinal)
            .ThenBy(q => q.QuoteId)
            .ToArray();

    public async Task<SpeakerTally> GetTallyAsync()
    {
        List<SpeakerArticle> all = await AllAsync();
        var stances = all.SelectMany(a => a.Stances)
            .GroupBy(s => s.Target, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<StanceLabel, int>)g.GroupBy(s => s.Label).ToDictionary(l => l.Key, l => l.Count()),
                StringComparer.Ordinal);
        return new SpeakerTally(all.Sum(a => a.Quotes.Length), all.Count(a => a.Quotes.Length > 0), stances);
    }

    /// <summary>Replaces the entry of an article already held (in the recent list or in a page) unless it is the same.</summary>
    private async Task ReplaceAsync(int page, SpeakerArticle entry)
    {
        if (page == InRecent)
        {
            List<SpeakerArticle> recent = state.State.Recent;
            int i = recent.FindIndex(a => string.Equals(a.ArticleId, entry.ArticleId, StringComparison.Ordinal));
            if (!recent[i].SameAs(entry))
            {
                recent[i] = entry;
                await SaveAsync();
            }

            return;
        }

        ISpeakerPageGrain pageGrain = Page(page);
        SpeakerArticle[] articles = await pageGrain.GetAsync();
        int at = Array.FindIndex(articles, a => string.Equals(a.ArticleId, entry.ArticleId, StringComparison.Ordinal));
        if (!articles[at].SameAs(entry))
        {
            var replaced = (SpeakerArticle[])articles.Clone();
            replaced[at] = entry;
            await pageGrain.SetAsync(replaced);
        }
    }

    /// <summary>
    /// Moves each full page of recent articles to its page grain, then writes the state. The page is written before
    /// the state that counts it: after a failure between the two, its articles are still in the persisted recent list,
    /// and the same page is written again.
    /// </summary>
    private async Task SaveAsync()
    {
        try
        {
            List<SpeakerArticle> recent = state.State.Recent;
            while (recent.Count >= _pageSize)
            {
                SpeakerArticle[] full = [.. recent.Take(_pageSize)];
                await Page(state.State.Pages).SetAsync(full);
                recent.RemoveRange(0, full.Length);
                foreach (SpeakerArticle article in full)
                {
                    _pageOf[article.ArticleId] = state.State.Pages;
                }

                state.State.Pages++;
            }

            await state.WriteStateAsync();
        }
        catch
        {
            // This activation's state is now ahead of the persisted one: the next call starts again from the latter.
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task<List<SpeakerArticle>> AllAsync()
    {
        var all = new List<SpeakerArticle>();
        foreach (SpeakerArticle[] page in await ReadPagesAsync())
        {
            all.AddRange(page);
        }

        all.AddRange(state.State.Recent);
        return all;
    }

    private Task<SpeakerArticle[][]> ReadPagesAsync() =>
        Task.WhenAll(Enumerable.Range(0, state.State.Pages).Select(p => Page(p).GetAsync()));

    private ISpeakerPageGrain Page(int page) => grains.GetGrain<ISpeakerPageGrain>(page, this.GetPrimaryKeyString());

    /// <summary>A state saved before paging kept every article in two dictionaries: they become recent articles.</summary>
    private void MoveSavedBeforePaging()
    {
        SpeakerState saved = state.State;
        foreach (string id in saved.Quotes.Keys.Union(saved.Stances.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            saved.Recent.Add(new SpeakerArticle(id, saved.Quotes.GetValueOrDefault(id) ?? [], saved.Stances.GetValueOrDefault(id) ?? []));
        }

        saved.Quotes.Clear();
        saved.Stances.Clear();
    }
}
