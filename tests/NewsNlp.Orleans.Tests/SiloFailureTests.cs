using Microsoft.Extensions.DependencyInjection;
using NewsNlp.Corpus;
using NewsNlp.Corpus.Model;
using Orleans.TestingHost;

namespace NewsNlp.Orleans.Tests;

/// <summary>A silo stopped in the middle of an index run: nothing lost, nothing twice.</summary>
[Collection(nameof(ClusterTests))]
public sealed class SiloFailureTests
{
    private const int Batch = 20;

    [Fact]
    public async Task A_silo_stopped_mid_run_loses_nothing_and_duplicates_nothing()
    {
        IReadOnlyList<CorpusArticle> articles = InventedArticles.All;
        (List<string> expected, List<AddOutcome> expectedOutcomes) = await CorpusAnswers.OfSqliteAsync(articles, Batch);

        await using TestClusterScope scope = await TestClusterScope.StartAsync<SharedStorageSilo>(3);
        TestCluster cluster = scope.Cluster;
        ICorpusIndex index = scope.Index;
        CorpusArticle[][] chunks = articles.Chunk(Batch).ToArray();
        Task stop = Task.CompletedTask;
        for (int i = 0; i < chunks.Length; i++)
        {
            Task<IReadOnlyList<AddOutcome>> add = index.AddManyAsync(chunks[i]);
            if (i == chunks.Length / 3)
            {
                // Stop a silo while this batch is in flight (its grains, maybe the query view's, move elsewhere).
                stop = cluster.StopSiloAsync(cluster.SecondarySilos[0]);
            }

            if (i == 2 * chunks.Length / 3)
            {
                // And kill another without a graceful shutdown.
                await stop;
                await cluster.KillSiloAsync(cluster.SecondarySilos[0]);
            }

            await add;
        }

        await stop;
        Assert.Single(cluster.Silos);
        var added = articles.Where((_, i) => expectedOutcomes[i] == AddOutcome.Added).Select(a => a.Id).ToList();
        var missing = new List<string>();
        foreach (string id in added)
        {
            if (!await index.ContainsAsync(id))
            {
                missing.Add(id);
            }
        }

        Assert.Empty(missing);
        foreach (string id in articles.Select(a => a.Id).Except(added))
        {
            Assert.False(await index.ContainsAsync(id), id);
        }

        // Every article once, every quote once: the same answers as the store that never failed.
        Assert.Equal(expected, await CorpusAnswers.OfAsync(index));

        // The speaker grains (pages of 3 articles) hold every quote of the stored articles once, through the stop and the kill.
        var expectedQuotes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (CorpusArticle article in articles.Where((_, i) => expectedOutcomes[i] == AddOutcome.Added))
        {
            Dictionary<int, string> keys = Grains.SpeakerKeys.Of(article);
            foreach (CorpusQuote quote in article.Quotes)
            {
                if (quote.SpeakerLocalId is int local && keys.TryGetValue(local, out string? key))
                {
                    expectedQuotes[key] = expectedQuotes.GetValueOrDefault(key) + 1;
                }
            }
        }

        Assert.Contains(expectedQuotes, q => q.Value > 3 * SmallViewPages.SpeakerArticlesPerPage);
        foreach ((string key, int quotes) in expectedQuotes)
        {
            Assert.Equal((key, quotes), (key, (await scope.OrleansIndex.GetSpeakerTallyAsync(key)).Quotes));
        }

        Assert.NotEmpty(SharedStorageSilo.Storage.Records("speakerpage"));

        // The view's own state stays under a page: the rest of its ids are in page grains (written once each).
        using var view = System.Text.Json.JsonDocument.Parse(SharedStorageSilo.Storage.Records("view").Single());
        int pages = view.RootElement.GetProperty("Pages").GetInt32();
        Assert.True(view.RootElement.GetProperty("ArticleIds").GetArrayLength() < SmallViewPages.IdsPerPage);
        Assert.Equal(added.Count / SmallViewPages.IdsPerPage, pages);
        Assert.Equal(pages, SharedStorageSilo.Storage.Records("viewpage").Count());
    }
}
