using System.Threading.Channels;
using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Model;
using NewsNlp.Pipeline;

namespace NewsNlp.Corpus.Indexing;

/// <summary>What happened to one article of an index run.</summary>
public enum IndexOutcome
{
    /// <summary>Analysed and stored.</summary>
    Added,

    /// <summary>Analysed, but an article with the same id or text was already stored: nothing added.</summary>
    Duplicate,

    /// <summary>Not analysed: an article with its id was already stored (a resumed run skips it before the pipeline).</summary>
    AlreadyStored,

    /// <summary>The pipeline failed on it; <see cref="IndexedArticle.Error"/> says why.</summary>
    Failed,
}

/// <summary>One article's result in an index run.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Error">The failure, when <see cref="IndexOutcome.Failed"/>.</param>
public sealed record IndexedArticle(string Id, IndexOutcome Outcome, Exception? Error = null);

/// <summary>Options of <see cref="CorpusIndexer"/>.</summary>
public sealed record CorpusIndexerOptions
{
    /// <summary>The default <see cref="BatchSize"/>.</summary>
    public const int DefaultBatchSize = 512;

    /// <summary>
    /// Articles per commit (<see cref="ICorpusIndex.AddStreamAsync"/>: one transaction in SQLite); default 512. Larger batches
    /// cost the SQLite store less per article (each commit writes the pages it touched once: 3,012 articles took about
    /// 1.2 CPU-s in batches of 64, 0.8 in batches of 1,024); an interrupted run re-analyses at most the last batch.
    /// </summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Ask the index for each article's id first and skip stored ones without analysing them (default true).</summary>
    public bool SkipStored { get; init; } = true;

    /// <summary>Stance targets every article is scored against (stored as its stances).</summary>
    public IReadOnlyList<string> StanceTargets { get; init; } = [];
}

/// <summary>
/// Runs articles through a <see cref="NewsPipeline"/> (in parallel, as its options say) and stores them in an
/// <see cref="ICorpusIndex"/> in batches, written on a separate task so analysis and storage overlap. A failed article is
/// reported and counted, never stops the run; an interrupted run, rerun, skips what was stored and adds the rest.
/// </summary>
public sealed class CorpusIndexer
{
    private readonly NewsPipeline _pipeline;
    private readonly ICorpusIndex _index;
    private readonly CorpusIndexerOptions _options;

    /// <summary>An indexer over <paramref name="pipeline"/> into <paramref name="index"/>.</summary>
    public CorpusIndexer(NewsPipeline pipeline, ICorpusIndex index, CorpusIndexerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(index);
        _pipeline = pipeline;
        _index = index;
        _options = options ?? new CorpusIndexerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1, nameof(options));
    }

    /// <summary>Indexes <paramref name="articles"/>; <paramref name="onArticle"/> hears about every article as it is settled.</summary>
    /// <returns>Counts per outcome.</returns>
    /// <exception cref="CorpusStoreException">The store failed (the batches before stay stored).</exception>
    public async Task<IndexRunCounts> IndexAsync(IAsyncEnumerable<ArticleInput> articles, Action<IndexedArticle>? onArticle = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var counts = new IndexRunCounts();
        void Report(IndexedArticle article)
        {
            counts.Count(article.Outcome);
            onArticle?.Invoke(article);
        }

        // An empty index has nothing to skip: the per-article look-up is made only when the run starts on stored articles.
        bool checkStored = _options.SkipStored && (await _index.GetSummaryAsync(cancellationToken).ConfigureAwait(false)).Articles > 0;

        // Room for the next batch and more (at least 1,024 articles), so a slow commit (a checkpoint's disk sync) does not
        // stall the analysis.
        var toStore = Channel.CreateBounded<CorpusArticle>(new BoundedChannelOptions(Math.Max(_options.BatchSize * 2, 1024)) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task writer = Task.Run(() => WriteAsync(toStore.Reader, Report, stop.Token), CancellationToken.None);
        Exception? producerError = null;
        try
        {
            await foreach (BatchResult result in _pipeline.ProcessManyAsync(Inputs(articles, checkStored, Report, stop.Token), stop.Token).ConfigureAwait(false))
            {
                if (result.Succeeded)
                {
                    await toStore.Writer.WriteAsync(CorpusArticleBuilder.From(result.Document), stop.Token).ConfigureAwait(false);
                }
                else
                {
                    stop.Token.ThrowIfCancellationRequested();
                    Report(new IndexedArticle(result.Input.Metadata?.Id ?? "", IndexOutcome.Failed, result.Error));
                }
            }
        }
        catch (Exception ex)
        {
            producerError = ex;
            await stop.CancelAsync().ConfigureAwait(false);
        }
        finally
        {
            toStore.Writer.TryComplete();
        }

        try
        {
            // The store's own failure wins over the cancellation it caused in the pipeline.
            await writer.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (producerError is not null)
        {
        }

        if (producerError is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(producerError);
        }

        return counts;

        async Task WriteAsync(ChannelReader<CorpusArticle> reader, Action<IndexedArticle> report, CancellationToken token)
        {
            try
            {
                // Each article is written as it arrives (the SQLite store inserts it at once, inside a transaction
                // committed every BatchSize articles), so no analysed article waits in memory for its batch's commit.
                await _index.AddStreamAsync(
                    reader.ReadAllAsync(token),
                    _options.BatchSize,
                    (id, outcome) => report(new IndexedArticle(id, outcome == AddOutcome.Added ? IndexOutcome.Added : IndexOutcome.Duplicate)),
                    token).ConfigureAwait(false);
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    private async IAsyncEnumerable<DocumentInput> Inputs(IAsyncEnumerable<ArticleInput> articles, bool checkStored, Action<IndexedArticle> report, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
    {
        await foreach (ArticleInput article in articles.WithCancellation(token).ConfigureAwait(false))
        {
            string id = string.IsNullOrWhiteSpace(article.Id) ? "sha256:" + CorpusArticleBuilder.TextHash(article.Text) : article.Id;
            if (checkStored && await _index.ContainsAsync(id, token).ConfigureAwait(false))
            {
                report(new IndexedArticle(id, IndexOutcome.AlreadyStored));
                continue;
            }

            yield return new DocumentInput(article.Text, article.ToMetadata(_options.StanceTargets) with { Id = id });
        }
    }
}

/// <summary>Counts of an index run, per outcome (thread-safe).</summary>
public sealed class IndexRunCounts
{
    private long _added;
    private long _duplicates;
    private long _alreadyStored;
    private long _failed;

    /// <summary>Articles analysed and stored.</summary>
    public long Added => Interlocked.Read(ref _added);

    /// <summary>Articles analysed whose id or text was already stored.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Articles skipped before analysis because their id was stored.</summary>
    public long AlreadyStored => Interlocked.Read(ref _alreadyStored);

    /// <summary>Articles the pipeline failed on.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    internal void Count(IndexOutcome outcome)
    {
        switch (outcome)
        {
            case IndexOutcome.Added:
                Interlocked.Increment(ref _added);
                break;
            case IndexOutcome.Duplicate:
                Interlocked.Increment(ref _duplicates);
                break;
            case IndexOutcome.AlreadyStored:
                Interlocked.Increment(ref _alreadyStored);
                break;
            default:
                Interlocked.Increment(ref _failed);
                break;
        }
    }
}
