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
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private string? _path;
    private SqliteCorpusIndex? _index;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _path = Path.Combine(Path.GetTempPath(), $"newsnlp-orleans-view-{Guid.NewGuid():N}.db");
        _index = SqliteCorpusIndex.Open(_path);
        var batch = new List<CorpusArticle>(RebuildBatch);
        foreach (string id in state.State.ArticleIds)
        {
            _ids.Add(id);
            if (await grains.GetGrain<IArticleGrain>(id).GetAsync() is { } article)
            {
                batch.Add(article);
            }

            if (batch.Count == RebuildBatch)
            {
                await _index.AddManyAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await _index.AddManyAsync(batch, cancellationToken);
        }

        await base.OnActivateAsync(cancellationToken);
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
        if (_ids.Add(article.Id))
        {
            state.State.ArticleIds.Add(article.Id);
            await state.WriteStateAsync();
        }
    }

    public Task<CorpusSummary> GetSummaryAsync() => Index.GetSummaryAsync();

    public Task<IReadOnlyList<SpeakerMatch>> FindSpeakersAsync(string name, int limit) => Index.FindSpeakersAsync(name, limit);

    public Task<IReadOnlyList<StoredQuote>> GetQuotesAsync(QuoteQuery query) => Index.GetQuotesAsync(query);

    public Task<IReadOnlyList<SpeakerCount>> GetTopSpeakersAsync(DateRange range, int limit) => Index.GetTopSpeakersAsync(range, limit);

    public Task<IReadOnlyList<EntityCount>> GetTopSubjectsAsync(DateRange range, int limit) => Index.GetTopSubjectsAsync(range, limit);

    public Task<IReadOnlyList<SpeakerCount>> GetWhoTalksAboutAsync(long entityId, DateRange range, int limit) =>
        Index.GetWhoTalksAboutAsync(entityId, range, limit);

    public Task<IReadOnlyList<EntityMatch>> FindEntitiesAsync(string name, int limit) => Index.FindEntitiesAsync(name, limit);

    public Task<IReadOnlyList<TimelinePoint>> GetTimelineAsync(long speakerId, TimelineInterval interval, DateRange range) =>
        Index.GetTimelineAsync(speakerId, interval, range);

    private SqliteCorpusIndex Index => _index ?? throw new InvalidOperationException("the corpus view is not active.");
}
