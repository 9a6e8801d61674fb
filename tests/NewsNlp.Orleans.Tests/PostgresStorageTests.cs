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

        await using (TestClusterScope first = await TestClusterScope.StartAsync<PostgresSilo>(2, serviceId))
        {
            var outcomes = new List<AddOutcome>();
            foreach (CorpusArticle[] chunk in articles.Chunk(30))
            {
                outcomes.AddRange(await first.Index.AddManyAsync(chunk));
            }

            Assert.Equal(expectedOutcomes, outcomes);
            Assert.Equal(expected, await CorpusAnswers.OfAsync(first.Index));
        }

        // A new cluster of the same service reads every grain back from PostgreSQL (the query view rebuilds itself).
        await using TestClusterScope second = await TestClusterScope.StartAsync<PostgresSilo>(1, serviceId);
        Assert.Equal(expected, await CorpusAnswers.OfAsync(second.Index));
        Assert.DoesNotContain(AddOutcome.Added, await second.Index.AddManyAsync(articles));
    }
}
