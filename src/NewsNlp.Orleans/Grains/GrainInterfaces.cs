using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Model;
using NewsNlp.Corpus.Queries;
using Orleans;
using Orleans.Concurrency;

namespace NewsNlp.Orleans.Grains;

/// <summary>One article, keyed by its id: stored once; adding it again (or another id with its text) adds nothing.</summary>
public interface IArticleGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the article unless this id or its text is already stored, then tells the speaker grains and the query view.
    /// Idempotent: a retry after a failure part-way finishes what the first attempt started and stores nothing twice;
    /// a retry carries the first attempt's <paramref name="operationId"/> and hears <see cref="AddOutcome.Added"/> again.
    /// The article is handed over as <see cref="Immutable{T}"/>: neither side changes it, so a call inside a silo passes
    /// the object itself instead of a deep copy.
    /// </summary>
    Task<AddOutcome> AddAsync(Immutable<CorpusArticle> article, Guid operationId);

    /// <summary>True once the article is stored and published to its speakers and the query view.</summary>
    [AlwaysInterleave]
    Task<bool> IsStoredAsync();

    /// <summary>The stored article (null while none is stored), handed over without a copy.</summary>
    [AlwaysInterleave]
    Task<Immutable<CorpusArticle?>> GetAsync();
}

/// <summary>One article text, keyed by <see cref="CorpusArticle.TextHash"/>: the first article id to claim it owns it.</summary>
public interface ITextHashGrain : IGrainWithStringKey
{
    /// <summary>Claims the text for <paramref name="articleId"/>; returns the owner (the caller's id when it won or already owned it).</summary>
    Task<string> ClaimAsync(string articleId);
}

/// <summary>One speaker, keyed by identity key (<c>person:tony blair</c>): their quotes and stance tallies across articles.</summary>
public interface ISpeakerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the quotes and stances of one article; a call for an article the grain holds replaces its entry, never
    /// adds. <paramref name="republish"/> false says the grain was never given this article (an article grain's first
    /// publish of an article it has just stored): only the recent articles are checked and no page is read. True (a
    /// publish retried after a failure) makes the grain also look for the article in its pages, newest first.
    /// </summary>
    Task AddArticleAsync(string articleId, SpeakerQuote[] quotes, SpeakerStance[] stances, bool republish);

    /// <summary>The speaker's quotes, newest first.</summary>
    Task<SpeakerQuote[]> GetQuotesAsync();

    /// <summary>Quote and article counts and stance tallies per claim.</summary>
    Task<SpeakerTally> GetTallyAsync();
}

/// <summary>
/// One full page of a speaker's articles (key: the page number, with the speaker's identity key as key extension),
/// written once when the speaker grain's recent articles fill a page, and again only if one of its articles is replaced.
/// </summary>
public interface ISpeakerPageGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Stores the page's articles (writing the same articles again stores nothing).</summary>
    Task SetAsync(SpeakerArticle[] articles);

    /// <summary>The page's articles.</summary>
    Task<SpeakerArticle[]> GetAsync();
}

/// <summary>Runs the NLP pipeline on the silo that has a free core (a stateless worker: as many activations as cores).</summary>
public interface IAnalysisGrain : IGrainWithIntegerKey
{
    /// <summary>Analyses <paramref name="input"/> into the article the corpus stores (handed over without a copy).</summary>
    Task<Immutable<CorpusArticle>> AnalyzeAsync(ArticleInput input);
}

/// <summary>
/// The query view of the cluster's corpus: the articles the article grains published, projected into the same SQLite
/// schema and queries as the one-machine store, so answers are the same. Rebuilt from the article grains (the list of
/// published ids is its persisted state) when it is activated again on another silo. Each query first reads that state
/// and loads what another activation of the view stored (while the cluster recovers from a failure, two can live at once).
/// </summary>
public interface ICorpusViewGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Adds a published article (idempotent by id). Completes once the article is in the projection and its id is
    /// persisted; adds that arrive together are written in one SQLite transaction and one state write. The article
    /// is handed over without a copy (the article grain that sends it is usually on the same silo).
    /// </summary>
    Task AddAsync(Immutable<CorpusArticle> article);

    /// <summary>See <see cref="Corpus.ICorpusIndex.GetSummaryAsync"/>.</summary>
    Task<CorpusSummary> GetSummaryAsync();

    /// <summary>See <see cref="Corpus.ICorpusIndex.FindSpeakersAsync"/>.</summary>
    Task<IReadOnlyList<SpeakerMatch>> FindSpeakersAsync(string name, int limit);

    /// <summary>See <see cref="Corpus.ICorpusIndex.GetQuotesAsync"/>.</summary>
    Task<IReadOnlyList<StoredQuote>> GetQuotesAsync(QuoteQuery query);

    /// <summary>See <see cref="Corpus.ICorpusIndex.GetTopSpeakersAsync"/>.</summary>
    Task<IReadOnlyList<SpeakerCount>> GetTopSpeakersAsync(DateRange range, int limit);

    /// <summary>See <see cref="Corpus.ICorpusIndex.GetTopSubjectsAsync"/>.</summary>
    Task<IReadOnlyList<EntityCount>> GetTopSubjectsAsync(DateRange range, int limit);

    /// <summary>See <see cref="Corpus.ICorpusIndex.GetWhoTalksAboutAsync"/>.</summary>
    Task<IReadOnlyList<SpeakerCount>> GetWhoTalksAboutAsync(long entityId, DateRange range, int limit);

    /// <summary>See <see cref="Corpus.ICorpusIndex.FindEntitiesAsync"/>.</summary>
    Task<IReadOnlyList<EntityMatch>> FindEntitiesAsync(string name, int limit);

    /// <summary>See <see cref="Corpus.ICorpusIndex.GetTimelineAsync"/>.</summary>
    Task<IReadOnlyList<TimelinePoint>> GetTimelineAsync(long speakerId, TimelineInterval interval, DateRange range);
}

/// <summary>One full page of the query view's article ids (key: page number), written once.</summary>
public interface ICorpusViewPageGrain : IGrainWithIntegerKey
{
    /// <summary>Stores the page's ids (a repeated write after a failure stores the same ids again).</summary>
    Task SetAsync(string[] articleIds);

    /// <summary>The page's ids.</summary>
    Task<string[]> GetAsync();
}
