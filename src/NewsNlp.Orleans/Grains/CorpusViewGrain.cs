using Microsoft.Extensions.Options;
using NewsNlp.Corpus.Model;
using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Sqlite;
using Orleans;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Grains;

/// <summary>
/// The cluster's query view: a SQLite projection (same schema and queries as <see cref="SqliteCorpusIndex"/>) in a
/// scratch file on the silo that hosts it. Its persisted state is the list of article ids it holds (a small tail, full
/// pages in <see cref="CorpusViewPageGrain"/>s); on activation (first use, or on another silo after a failure) it reads
/// those articles back from their grains.
/// </summary>
/// <remarks>
/// Every published article passes through this one grain, so it commits adds in groups: the adds that arrive while a
/// group is being written wait and go together into the next SQLite transaction and the next state write (reentrant,
/// so they can arrive; one state read or write at a time, see <see cref="ExclusiveAsync"/>). Each add completes when its group is written.
/// </remarks>
[Reentrant]
internal sealed class CorpusViewGrain(
    [PersistentState("view", NewsNlpOrleans.StorageName)] IPersistentState<CorpusViewState> state,
    IGrainFactory grains,
    IOptions<CorpusViewOptions> options) : Grain, ICorpusViewGrain
{
    private readonly int _pageSize = options.Value.IdsPerPage;
    private const int RebuildBatch = 64;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal); // in the SQLite projection
    private readonly HashSet<string> _paged = new(StringComparer.Ordinal); // in the pages read or written
    private readonly HashSet<string> _tail = new(StringComparer.Ordinal); // in state.State.ArticleIds
    private Task _storage = Task.CompletedTask; // the last state read or write (with its SQLite work): one at a time
    private List<(CorpusArticle Article, TaskCompletionSource Done)> _pending = [];
    private Task? _flushing;
    private int _pagesRead;
    private bool _unsaved;
    private string? _path;
    private SqliteCorpusIndex? _index;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _path = Path.Combine(Path.GetTempPath(), $"newsnlp-orleans-view-{Guid.NewGuid():N}.db");
        _index = SqliteCorpusIndex.Open(_path);
        await LoadListedAsync(cancellationToken);
        await base.OnActivateAsync(cancellationToken);
    }

    /// <summary>Takes the ids of the pages not read yet and of the tail from the state, and loads the missing articles.</summary>
    private async Task LoadListedAsync(CancellationToken cancellationToken)
    {
        var listed = new List<string>();
        for (; _pagesRead < state.State.Pages; _pagesRead++)
        {
            string[] page = await grains.GetGrain<ICorpusViewPageGrain>(_pagesRead).GetAsync();
            _paged.UnionWith(page);
            listed.AddRange(page);
        }

        _tail.Clear();
        _tail.UnionWith(state.State.ArticleIds);
        listed.AddRange(state.State.ArticleIds);
        await LoadMissingAsync(listed, cancellationToken);
    }

    private async Task LoadMissingAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var batch = new List<CorpusArticle>(RebuildBatch);
        foreach (string id in ids)
        {
            if (!_ids.Add(id))
            {
                continue;
            }

            if ((await grains.GetGrain<IArticleGrain>(id).GetAsync()).Value is { } article)
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

    /// <summary>Reads the persisted state again and loads the articles another activation of the view added.</summary>
    private Task CatchUpAsync() => ExclusiveAsync(async () =>
    {
        await state.ReadStateAsync();
        _unsaved = false;
        await LoadListedAsync(CancellationToken.None);
    });

    /// <summary>
    /// Runs <paramref name="work"/> after the state work started before it has finished (the grain is reentrant, but
    /// its turns run one at a time, so chaining the tasks is enough).
    /// </summary>
    private async Task ExclusiveAsync(Func<Task> work)
    {
        Task previous = _storage;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _storage = done.Task;
        try
        {
            await previous;
            await work();
        }
        finally
        {
            done.SetResult();
        }
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

    public Task AddAsync(Immutable<CorpusArticle> handed)
    {
        CorpusArticle article = handed.Value;
        ArgumentNullException.ThrowIfNull(article, nameof(handed));
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending.Add((article, done));
        if (_flushing is null || _flushing.IsCompleted)
        {
            // (A flush that had nothing to wait for completed before it was assigned: test IsCompleted, not null.)
            _flushing = FlushAsync();
        }

        return done.Task;
    }

    /// <summary>Writes the waiting adds, group by group, until none is left.</summary>
    private async Task FlushAsync()
    {
        while (_pending.Count > 0)
        {
            List<(CorpusArticle Article, TaskCompletionSource Done)> group = _pending;
            _pending = [];
            try
            {
                await WriteGroupAsync(group.ConvertAll(p => p.Article));
                group.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                // The callers (article grains' publish) retry; the ids stay listed unsaved until a write succeeds.
                group.ForEach(p => p.Done.TrySetException(ex));
            }
        }
    }

    private Task WriteGroupAsync(List<CorpusArticle> articles) => ExclusiveAsync(async () =>
    {
        var added = new HashSet<string>(StringComparer.Ordinal);
        List<CorpusArticle> fresh = articles.FindAll(a => !_ids.Contains(a.Id) && added.Add(a.Id));
        if (fresh.Count > 0)
        {
            await Index.AddManyAsync(fresh);
            _ids.UnionWith(added);
        }

        foreach (CorpusArticle article in articles)
        {
            if (!_paged.Contains(article.Id) && _tail.Add(article.Id))
            {
                state.State.ArticleIds.Add(article.Id);
                _unsaved = true;
            }
        }

        // Only a successful write lists them; a failed one is retried by the article grains' publish.
        if (_unsaved)
        {
            await MoveFullPagesAsync();
            await state.WriteStateAsync();
            _unsaved = false;
        }
    });

    /// <summary>
    /// Writes each full page of the tail to its page grain before the state that counts it: after a failure between
    /// the two, the ids are still in the persisted tail and the page is written again with the same ids.
    /// </summary>
    private async Task MoveFullPagesAsync()
    {
        List<string> tail = state.State.ArticleIds;
        while (tail.Count >= _pageSize)
        {
            string[] page = [.. tail.Take(_pageSize)];
            await grains.GetGrain<ICorpusViewPageGrain>(state.State.Pages).SetAsync(page);
            tail.RemoveRange(0, page.Length);
            state.State.Pages++;
            _pagesRead = state.State.Pages;
            _paged.UnionWith(page);
            _tail.ExceptWith(page);
        }
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
