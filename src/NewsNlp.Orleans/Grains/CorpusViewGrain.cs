using NewsNlp.Corpus.Model;
using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Sqlite;
using Orleans;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Grains;

/// <summary>
/// The cluster's query view: a SQLite projection (same schema and queries as <see cref="SqliteCorpusIndex"/>) in a
/// scratch file on the silo that hosts it. Its persisted state is the list of article ids it holds; on activation (first
/// use, or on another silo after a failure) it reads those articles back from their grains.
/// </summary>
internal sealed class CorpusViewGrain(
    [PersistentState("view", NewsNlpOrleans.StorageName)] IPersistentState<CorpusViewState> state,
    IGrainFactory grains) : Grain, ICorpusViewGrain
{
    private const int RebuildBatch = 64;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal); // in the SQLite projection
    private readonly HashSet<string> _listed = new(StringComparer.Ordinal); // in the persisted id list
    private string? _path;
    private SqliteCorpusIndex? _index;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _path = Path.Combine(Path.GetTempPath(), $"newsnlp-orleans-view-{Guid.NewGuid():N}.db");
        _index = SqliteCorpusIndex.Open(_path);
        _listed.UnionWith(state.State.ArticleIds);
        await LoadMissingAsync(cancellationToken);
        await base.OnActivateAsync(cancellationToken);
    }

    private async Task LoadMissingAsync(CancellationToken cancellationToken)
    {
        var batch = new List<CorpusArticle>(RebuildBatch);
        foreach (string id in state.State.ArticleIds)
        {
            if (!_ids.Add(id))
            {
                continue;
            }

            if (await grains.GetGrain<IArticleGrain>(id).GetAsync() is { } article)
            {
                batch.Add(article);
            }

            if (batch.Count == RebuildBatch)
            {
                await Index.AddManyAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await Index.AddManyAsync(batch, cancellationToken);
        }
    }

    /// <summary>Reads the persisted id list again and loads the articles another activation of the view added.</summary>
    private async Task CatchUpAsync()
    {
        await state.ReadStateAsync();
        _listed.Clear();
        _listed.UnionWith(state.State.ArticleIds);
        await LoadMissingAsync(CancellationToken.None);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_index is not null)
        {
            await _index.DisposeAsync();
        }

        if (_path is not null)
        {
            foreach (string file in new[] { _path, _path + "-wal", _path + "-shm" })
            {
                File.Delete(file);
            }
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public async Task AddAsync(CorpusArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        await Index.AddAsync(article);
        _ids.Add(article.Id);
        if (_listed.Contains(article.Id))
        {
            return;
        }

        if (!state.State.ArticleIds.Contains(article.Id))
        {
            state.State.ArticleIds.Add(article.Id);
        }

        // Only a successful write lists it; a failed one is retried by the article grain's publish.
        await state.WriteStateAsync();
        _listed.Add(article.Id);
    }

    public async Task<CorpusSummary> GetSummaryAsync()
    {
        await CatchUpAsync();
        return await Index.GetSummaryAsync();
    }


    public async Task<IReadOnlyList<SpeakerMatch>> FindSpeakersAsync(string name, int limit)
    {
        await CatchUpAsync();
        return await Index.FindSpeakersAsync(name, limit);
    }


    public async Task<IReadOnlyList<StoredQuote>> GetQuotesAsync(QuoteQuery query)
    {
        await CatchUpAsync();
        return await Index.GetQuotesAsync(query);
    }


    public async Task<IReadOnlyList<SpeakerCount>> GetTopSpeakersAsync(DateRange range, int limit)
    {
        await CatchUpAsync();
        return await Index.GetTopSpeakersAsync(range, limit);
    }


    public async Task<IReadOnlyList<EntityCount>> GetTopSubjectsAsync(DateRange range, int limit)
    {
        await CatchUpAsync();
        return await Index.GetTopSubjectsAsync(range, limit);
    }


    public async Task<IReadOnlyList<SpeakerCount>> GetWhoTalksAboutAsync(long entityId, DateRange range, int limit)
    {
        await CatchUpAsync();
        return await Index.GetWhoTalksAboutAsync(entityId, range, limit);
    }


    public async Task<IReadOnlyList<EntityMatch>> FindEntitiesAsync(string name, int limit)
    {
        await CatchUpAsync();
        return await Index.FindEntitiesAsync(name, limit);
    }


    public async Task<IReadOnlyList<TimelinePoint>> GetTimelineAsync(long speakerId, TimelineInterval interval, DateRange range)
    {
        await CatchUpAsync();
        return await Index.GetTimelineAsync(speakerId, interval, range);
    }


    private SqliteCorpusIndex Index => _index ?? throw new InvalidOperationException("the corpus view is not active.");
}
