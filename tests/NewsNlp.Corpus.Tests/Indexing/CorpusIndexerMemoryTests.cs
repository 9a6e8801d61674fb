using System.Runtime.CompilerServices;
using NewsNlp.Corpus.Indexing;
using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Sqlite;
using NewsNlp.Corpus.Tests.Sqlite;
using NewsNlp.Pipeline;

namespace NewsNlp.Corpus.Tests.Indexing;

/// <summary>
/// The indexer into SQLite writes each article as it arrives, inside a transaction committed every
/// <see cref="CorpusIndexerOptions.BatchSize"/> articles: no analysed article is kept until its batch commits (held
/// articles outlive collections and are promoted, which made the GC pauses that cost the SQLite floor its margin).
/// </summary>
public class CorpusIndexerMemoryTests
{
    private const int BeforePause = 40;
    private const int Total = 50;

    [Fact]
    public async Task Articles_written_before_a_commit_are_not_kept_alive_until_it()
    {
        using var temp = new TempCorpus();
        await using SqliteCorpusIndex index = temp.Open();

        // No stages: the test is about the store's hand-off, not the analysis.
        var pipeline = new NewsPipeline([]);
        var indexer = new CorpusIndexer(pipeline, index, new CorpusIndexerOptions { BatchSize = 1000 });
        var headlines = new List<WeakReference>();
        var paused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async IAsyncEnumerable<ArticleInput> Articles()
        {
            for (int i = 0; i < Total; i++)
            {
                if (i == BeforePause)
                {
                    paused.SetResult();
                    await resume.Task;
                }

                yield return Article(i, headlines);
            }
        }

        Task<IndexRunCounts> run = indexer.IndexAsync(Articles());
        await paused.Task;

        // The run waits for the 41st article with no commit made (batch of 1,000): the first 40 were analysed and handed
        // to the store. Their headlines (the same string instances the stored form carries) must become collectable.
        int collected = 0;
        for (int attempt = 0; attempt < 100 && collected < BeforePause - 5; attempt++)
        {
            await Task.Delay(50);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            collected = headlines.Take(BeforePause).Count(h => !h.IsAlive);
        }

        resume.SetResult();
        IndexRunCounts counts = await run;

        Assert.Equal(Total, counts.Added);
        Assert.True(collected >= BeforePause - 5, $"only {collected} of the {BeforePause} articles written before the commit were collectable: the indexer keeps its batch until the commit");
        Assert.Equal(Total, (await index.GetSummaryAsync()).Articles);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArticleInput Article(int i, List<WeakReference> headlines)
    {
        string headline = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Headline number {i}");
        headlines.Add(new WeakReference(headline));
        return new ArticleInput { Id = $"a{i}", Headline = headline, Text = $"Article number {i} says nothing at all." };
    }
}
