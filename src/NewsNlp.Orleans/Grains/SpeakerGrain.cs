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
/// A call reads only what it needs: activation and a first publish of an article read no page (the article grain says
/// when the speaker cannot hold the article yet); a republished article is looked for in the recent list, then in the
/// pages from the newest; the tally reads no page (the state keeps the pages' sums, <see cref="SpeakerState.PagedTotal"/>,
/// except after a replaced article, when the next tally reads them once); the quotes query reads every page. A failed write deactivates the grain, so the next call starts again from what was
/// persisted.
/// </remarks>
internal sealed class SpeakerGrain(
    [PersistentState("speaker", NewsNlpOrleans.StorageName)] IPersistentState<SpeakerState> state,
    IGrainFactory grains,
    IOptions<SpeakerPageOptions> options) : Grain, ISpeakerGrain
{
    private readonly int _pageSize = options.Value.ArticlesPerPage;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        MoveSavedBeforePaging();
        await base.OnActivateAsync(cancellationToken);
    }

    public async Task AddArticleAsync(string articleId, SpeakerQuote[] quotes, SpeakerStance[] stances, bool republish)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(stances);
        var entry = new SpeakerArticle(articleId, quotes, stances);
        List<SpeakerArticle> recent = state.State.Recent;
        int held = recent.FindIndex(a => string.Equals(a.ArticleId, articleId, StringComparison.Ordinal));
        if (held >= 0)
        {
            if (!recent[held].SameAs(entry))
            {
                recent[held] = entry;
                await SaveAsync();
            }

            return;
        }

        if (republish && await ReplaceInPageAsync(entry))
        {
            return;
        }

        recent.Add(entry);
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
        await SumUncountedPagesAsync();
        PageTally sums = state.State.PagedTotal.Add(PageTally.Of(state.State.Recent));
        var stances = sums.Stances
            .GroupBy(c => c.Target, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<StanceLabel, int>)g.ToDictionary(c => c.Label, c => c.Count),
                StringComparer.Ordinal);
        return new SpeakerTally(sums.Quotes, sums.Articles, stances);
    }

    /// <summary>
    /// Looks for the article in the pages, newest first (a republished article is a recent one), and replaces its entry
    /// unless it is the same; false when no page holds it.
    /// </summary>
    private async Task<bool> ReplaceInPageAsync(SpeakerArticle entry)
    {
        for (int page = state.State.Pages - 1; page >= 0; page--)
        {
            ISpeakerPageGrain pageGrain = Page(page);
            SpeakerArticle[] articles = await pageGrain.GetAsync();
            int at = Array.FindIndex(articles, a => string.Equals(a.ArticleId, entry.ArticleId, StringComparison.Ordinal));
            if (at < 0)
            {
                continue;
            }

            if (!articles[at].SameAs(entry))
            {
                // The pages' sums are dropped (and written) before the page changes; the next tally sums the pages again.
                state.State.PagedTotal = PageTally.Empty;
                state.State.CountedPages = 0;
                await SaveAsync();
                var replaced = (SpeakerArticle[])articles.Clone();
                replaced[at] = entry;
                await pageGrain.SetAsync(replaced);
            }

            return true;
        }

        return false;
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
                if (state.State.CountedPages == state.State.Pages)
                {
                    state.State.PagedTotal = state.State.PagedTotal.Add(PageTally.Of(full));
                    state.State.CountedPages++;
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

    /// <summary>Reads and sums, once, the pages <see cref="SpeakerState.PagedTotal"/> does not count.</summary>
    private async Task SumUncountedPagesAsync()
    {
        SpeakerState saved = state.State;
        if (saved.CountedPages >= saved.Pages)
        {
            return;
        }

        SpeakerArticle[][] pages = await Task.WhenAll(
            Enumerable.Range(saved.CountedPages, saved.Pages - saved.CountedPages).Select(p => Page(p).GetAsync()));
        saved.PagedTotal = pages.Aggregate(saved.PagedTotal, (total, page) => total.Add(PageTally.Of(page)));
        saved.CountedPages = saved.Pages;
        await SaveAsync();
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
