using NewsNlp.Corpus.Model;
using NewsNlp.Corpus.Queries;

namespace NewsNlp.Corpus;

/// <summary>
/// An index of analysed news articles: each article stored once, its quotes, speakers (identified across articles),
/// entity mentions and stances, and the queries a newsroom asks of them. The SQLite store
/// (<see cref="Sqlite.SqliteCorpusIndex"/>) serves it on one machine; another engine (an Orleans cluster) can serve the
/// same interface, so callers change the registration, not their code.
/// </summary>
/// <remarks>
/// Implementations are thread-safe and idempotent: adding an article whose id or text (<see cref="CorpusArticle.TextHash"/>)
/// is already stored adds nothing and says so. Every method can be cancelled; queries see every article whose add has
/// completed.
/// </remarks>
public interface ICorpusIndex
{
    /// <summary>Stores <paramref name="article"/> unless an article with its id or text is already stored.</summary>
    Task<AddOutcome> AddAsync(CorpusArticle article, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="articles"/> together (one transaction in the SQLite store); duplicates, within the batch or
    /// against the index, add nothing. Returns one outcome per article, in order.
    /// </summary>
    Task<IReadOnlyList<AddOutcome>> AddManyAsync(IReadOnlyList<CorpusArticle> articles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the articles of <paramref name="articles"/> as they arrive, making them durable at least every
    /// <paramref name="commitEvery"/> articles and when the sequence ends; <paramref name="onStored"/> hears each article's
    /// id and outcome, in order, once it is durable. The default collects batches of <paramref name="commitEvery"/> for
    /// <see cref="AddManyAsync"/>; the SQLite store writes each article on arrival inside a transaction committed every
    /// <paramref name="commitEvery"/>, so no article is kept in memory until its commit.
    /// </summary>
    /// <remarks>A failure stops the sequence; articles whose outcome was not reported may not be stored.</remarks>
    async Task AddStreamAsync(IAsyncEnumerable<CorpusArticle> articles, int commitEvery, Action<string, AddOutcome>? onStored = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(commitEvery, 1);
        var batch = new List<CorpusArticle>(Math.Min(commitEvery, 4096));
        await foreach (CorpusArticle article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(article);
            if (batch.Count >= commitEvery)
            {
                await AddBatchAsync().ConfigureAwait(false);
            }
        }

        await AddBatchAsync().ConfigureAwait(false);

        async Task AddBatchAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }

            IReadOnlyList<AddOutcome> outcomes = await AddManyAsync([.. batch], cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < batch.Count; i++)
            {
                onStored?.Invoke(batch[i].Id, outcomes[i]);
            }

            batch.Clear();
        }
    }

    /// <summary>True when an article with id <paramref name="articleId"/> is stored (lets a resumed run skip analysis).</summary>
    Task<bool> ContainsAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Counts of what the index holds, and the span of publication dates.</summary>
    Task<CorpusSummary> GetSummaryAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Speakers whose name or an alias matches <paramref name="name"/> loosely (case, accents, titles, a surname alone, a
    /// typo), best match first, then by number of quotes.
    /// </summary>
    Task<IReadOnlyList<SpeakerMatch>> FindSpeakersAsync(string name, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>Quotes of one speaker (by identity id), newest first, within <see cref="QuoteQuery.Range"/>.</summary>
    Task<IReadOnlyList<StoredQuote>> GetQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default);

    /// <summary>Speakers with the most quotes published in <paramref name="range"/>.</summary>
    Task<IReadOnlyList<SpeakerCount>> GetTopSpeakersAsync(DateRange range, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>Entities (people, organisations, places) that quotes talk about most often in <paramref name="range"/>.</summary>
    Task<IReadOnlyList<EntityCount>> GetTopSubjectsAsync(DateRange range, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>Who talks about the entity with identity id <paramref name="entityId"/>: speakers by number of quotes about it.</summary>
    Task<IReadOnlyList<SpeakerCount>> GetWhoTalksAboutAsync(long entityId, DateRange range, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>Entities whose name or an alias matches <paramref name="name"/> loosely, best match first.</summary>
    Task<IReadOnlyList<EntityMatch>> FindEntitiesAsync(string name, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>How many quotes of speaker <paramref name="speakerId"/> were published in each day, week or month, oldest first.</summary>
    Task<IReadOnlyList<TimelinePoint>> GetTimelineAsync(long speakerId, TimelineInterval interval, DateRange range, CancellationToken cancellationToken = default);
}
