using Microsoft.Extensions.DependencyInjection;
using NewsNlp.Corpus;
using NewsNlp.Corpus.Model;
using Orleans.TestingHost;

namespace NewsNlp.Orleans.Tests;

/// <summary>Grain state in PostgreSQL through Orleans ADO.NET persistence (skips where .ci/run could not start PostgreSQL).</summary>
[Collection(nameof(ClusterTests))]
public sealed class PostgresStorageTests
{
    [SkippableFact]
    public async Task The_corpus_outlives_the_whole_cluster_in_postgresql()
    {
        Skip.If(PostgresDatabase.ConnectionString is null, PostgresDatabase.SkipReason);
        IReadOnlyList<CorpusArticle> articles = InventedArticles.All.Take(120).ToList();
        (List<string> expected, List<AddOutcome> expectedOutcomes) = await CorpusAnswers.OfSqliteAsync(articles, 30);
        string serviceId = "newsnlp-test-" + Guid.NewGuid().ToString("N");

        TestCluster first = await Clusters.StartAsync<PostgresSilo>(2, serviceId);
        try
        {
            ICorpusIndex index = first.Client.ServiceProvider.GetRequiredService<ICorpusIndex>();
            var outcomes = new List<AddOutcome>();
            foreach (CorpusArticle[] chunk in articles.Chunk(30))
            {
                outcomes.AddRange(await index.AddManyAsync(chunk));
            }

            Assert.Equal(expectedOutcomes, outcomes);
            Assert.Equal(expected, await CorpusAnswers.OfAsync(index));
        }
        finally
        {
            await first.StopAllSilosAsync();
            await first.DisposeAsync();
        }

        // A new cluster of the same service reads every grain back from PostgreSQL (the query view rebuilds itself).
        TestCluster second = await Clusters.StartAsync<PostgresSilo>(1, serviceId);
        try
        {
            ICorpusIndex index = second.Client.ServiceProvider.GetRequiredService<ICorpusIndex>();
            Assert.Equal(expected, await CorpusAnswers.OfAsync(index));
            Assert.DoesNotContain(AddOutcome.Added, await index.AddManyAsync(articles));
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }
    }
}
