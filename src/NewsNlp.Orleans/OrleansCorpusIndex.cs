using Microsoft.Extensions.Options;
using NewsNlp.Corpus;
using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Model;
using NewsNlp.Corpus.Queries;
using NewsNlp.Orleans.Grains;
using Orleans;
using Orleans.Concurrency;

namespace NewsNlp.Orleans;

/// <summary>
/// <see cref="ICorpusIndex"/> served by an Orleans cluster (silos set up with <c>AddNewsNlp()</c>): adds go to the article
/// grain of each id (dedupe by id and text), which publishes to speaker grains and the query view; queries go to the
/// query view, which runs the SQLite store's queries, so answers match the one-machine store. Every call is retried
/// (<see cref="OrleansCorpusOptions.MaxAttempts"/>): adds are idempotent, so a silo lost mid-run loses and duplicates nothing.
/// </summary>
/// <remarks>
/// Identity ids (<see cref="SpeakerMatch.SpeakerId"/>, <see cref="EntityMatch.EntityId"/>) are numbered in the order
/// articles reach the view, so they can differ from another store's; names, counts and quotes do not.
/// </remarks>
public sealed class OrleansCorpusIndex : ICorpusIndex
{
    private readonly IClusterClient _client;
    private readonly OrleansCorpusOptions _options;
    private int _nextAnalysis = -1;

    /// <summary>Keys of the analysis grains the articles are spread over (many more than a cluster has gateways).</summary>
    internal const int AnalysisKeys = 64;

    /// <summary>Creates the index over <paramref name="client"/>.</summary>
    public OrleansCorpusIndex(IClusterClient client, IOptions<OrleansCorpusOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options?.Value ?? new OrleansCorpusOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxParallelAdds, 1, nameof(options));
    }

    /// <inheritdoc />
    /// <remarks>
    /// The article is handed to the grains as <c>Immutable&lt;CorpusArticle&gt;</c> (no deep copy where the call stays
    /// inside a process): do not change its lists while the call runs.
    /// </remarks>
    public Task<AddOutcome> AddAsync(CorpusArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var operationId = Guid.NewGuid();
        Immutable<CorpusArticle> handed = article.AsImmutable();
        return RetryAsync(() => _client.GetGrain<IArticleGrain>(article.Id).AddAsync(handed, operationId), cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Articles that share an id or a text with an earlier one of the batch wait for it (a later round), so the outcome
    /// is the SQLite store's: the first one wins, and a later one with the same id but another text is added when the
    /// first was a duplicate. The rest run in parallel.
    /// </remarks>
    public async Task<IReadOnlyList<AddOutcome>> AddManyAsync(IReadOnlyList<CorpusArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var outcomes = new AddOutcome[articles.Count];
        foreach (List<int> round in Rounds(articles))
        {
            await Parallel.ForEachAsync(
                round,
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelAdds, CancellationToken = cancellationToken },
                async (i, token) => outcomes[i] = await AddAsync(articles[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        }

        return outcomes;
    }

    private static List<List<int>> Rounds(IReadOnlyList<CorpusArticle> articles)
    {
        var rounds = new List<List<int>>();
        var lastRoundOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastRoundOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < articles.Count; i++)
        {
            CorpusArticle article = articles[i];
            ArgumentNullException.ThrowIfNull(article, nameof(articles));
            int round = Math.Max(
                lastRoundOfId.TryGetValue(article.Id, out int r1) ? r1 + 1 : 0,
                lastRoundOfText.TryGetValue(article.TextHash, out int r2) ? r2 + 1 : 0);
            lastRoundOfId[article.Id] = round;
            lastRoundOfText[article.TextHash] = round;
            if (round == rounds.Count)
            {
                rounds.Add([]);
            }

            rounds[round].Add(i);
        }

        return rounds;
    }

    /// <summary>Analyses <paramref name="input"/> on a silo's analysis worker (where the CPU is) and adds the result.</summary>
    /// <remarks>
    /// Successive articles go to analysis grains of successive keys (<see cref="AnalysisKeys"/> of them): a client sends
    /// every message for one grain id through one gateway silo, and a stateless worker runs on the silo whose gateway
    /// took the call, so with a single key every article was analysed on the same silo however many the cluster had.
    /// </remarks>
    public async Task<AddOutcome> IndexAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        long key = (uint)Interlocked.Increment(ref _nextAnalysis) % AnalysisKeys;
        Immutable<CorpusArticle> article = await RetryAsync(() => _client.GetGrain<IAnalysisGrain>(key).AnalyzeAsync(input), cancellationToken).ConfigureAwait(false);
        return await AddAsync(article.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<bool> ContainsAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        return RetryAsync(() => _client.GetGrain<IArticleGrain>(articleId).IsStoredAsync(), cancellationToken);
    }

    /// <summary>What the speaker grain of identity key <paramref name="identityKey"/> (<c>person:tony blair</c>) holds.</summary>
    public Task<SpeakerTally> GetSpeakerTallyAsync(string identityKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(identityKey);
        return RetryAsync(() => _client.GetGrain<ISpeakerGrain>(identityKey).GetTallyAsync(), cancellationToken);
    }

    /// <inheritdoc />
    public Task<CorpusSummary> GetSummaryAsync(CancellationToken cancellationToken = default) =>
        RetryAsync(() => View.GetSummaryAsync(), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SpeakerMatch>> FindSpeakersAsync(string name, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return RetryAsync(() => View.FindSpeakersAsync(name, limit), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredQuote>> GetQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return RetryAsync(() => View.GetQuotesAsync(query), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SpeakerCount>> GetTopSpeakersAsync(DateRange range, int limit = 20, CancellationToken cancellationToken = default) =>
        RetryAsync(() => View.GetTopSpeakersAsync(range, limit), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<EntityCount>> GetTopSubjectsAsync(DateRange range, int limit = 20, CancellationToken cancellationToken = default) =>
        RetryAsync(() => View.GetTopSubjectsAsync(range, limit), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SpeakerCount>> GetWhoTalksAboutAsync(long entityId, DateRange range, int limit = 20, CancellationToken cancellationToken = default) =>
        RetryAsync(() => View.GetWhoTalksAboutAsync(entityId, range, limit), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<EntityMatch>> FindEntitiesAsync(string name, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return RetryAsync(() => View.FindEntitiesAsync(name, limit), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelinePoint>> GetTimelineAsync(long speakerId, TimelineInterval interval, DateRange range, CancellationToken cancellationToken = default) =>
        RetryAsync(() => View.GetTimelineAsync(speakerId, interval, range), cancellationToken);

    private ICorpusViewGrain View => _client.GetGrain<ICorpusViewGrain>(0);

    private async Task<T> RetryAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await call().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < _options.MaxAttempts && IsTransient(ex) && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(_options.RetryDelay * attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Argument errors are the caller's; anything else (a silo gone, a rejected or timed-out message, a storage
    // conflict) can succeed on another attempt, and every call is idempotent.
    private static bool IsTransient(Exception ex) => ex is not (ArgumentException or OperationCanceledException or NotSupportedException);
}
