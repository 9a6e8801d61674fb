using Microsoft.Extensions.DependencyInjection;
using NewsNlp.Corpus;
using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Model;
using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Identity;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using Orleans;
using Orleans.Concurrency;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace NewsNlp.Orleans.Tests;

/// <summary>The cluster corpus on 3 in-process silos with Orleans' memory storage, against the SQLite store.</summary>
[Collection(nameof(ClusterTests))]
public sealed class OrleansCorpusIndexTests
{
    private const int Batch = 40;

    [Fact]
    public async Task Three_silos_answer_every_query_as_the_sqlite_store_does()
    {
        IReadOnlyList<CorpusArticle> articles = InventedArticles.All;
        (List<string> expected, List<AddOutcome> expectedOutcomes) = await CorpusAnswers.OfSqliteAsync(articles, Batch);
        Assert.True(articles.Count >= 300, $"{articles.Count} articles");
        string amara = IdentityKey.For("Amara Okonkwo", EntityType.Person)!.Key;
        string okonkwo = IdentityKey.For("Okonkwo", EntityType.Person)!.Key;
        Assert.Contains(expected, l => l.StartsWith($"quote {amara} ", StringComparison.Ordinal));

        await using TestClusterScope cluster = await TestClusterScope.StartAsync<MemorySilo>(3);

        // The user's code sees an ICorpusIndex; only the registration (AddNewsNlpCorpus) differs.
        ICorpusIndex index = cluster.Index;
        Assert.IsType<OrleansCorpusIndex>(index);
        var outcomes = new List<AddOutcome>();
        foreach (CorpusArticle[] chunk in articles.Chunk(Batch))
        {
            outcomes.AddRange(await index.AddManyAsync(chunk));
        }

        Assert.Equal(expectedOutcomes, outcomes);
        Assert.True(outcomes.Count(o => o != AddOutcome.Added) >= 30, "the run holds duplicates by id and by text");
        Assert.Equal(expected, await CorpusAnswers.OfAsync(index));

        // Adding everything again adds nothing.
        IReadOnlyList<AddOutcome> again = await index.AddManyAsync(articles);
        Assert.DoesNotContain(AddOutcome.Added, again);
        Assert.Equal(expected, await CorpusAnswers.OfAsync(index));

        // Speaker grains: Amara Okonkwo's own identity plus the surname-only 'Okonkwo' (merged by the unique-surname rule).
        var orleans = (OrleansCorpusIndex)index;
        int grainQuotes = (await orleans.GetSpeakerTallyAsync(amara)).Quotes + (await orleans.GetSpeakerTallyAsync(okonkwo)).Quotes;
        int storeQuotes = expected.Count(l => l.StartsWith($"quote {amara} ", StringComparison.Ordinal));
        Assert.True(storeQuotes > 5, $"{storeQuotes} quotes");
        Assert.Equal(storeQuotes, grainQuotes);
    }

    [Fact]
    public async Task An_article_is_analysed_on_a_silo_worker_and_stored_once()
    {
        await using TestClusterScope cluster = await TestClusterScope.StartAsync<MemorySilo>(1);
        OrleansCorpusIndex index = cluster.OrleansIndex;
        var input = new ArticleInput
        {
            Id = "worker-1",
            Published = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero),
            Text = File.ReadAllText(Path.Combine(InventedArticles.RepoRoot(), "seeds", "rotterdam-port-strike.txt")),
        };
        CorpusArticle local = CorpusArticleBuilder.From(NewsPipeline.CreateDefault().Process(input.Text, input.ToMetadata()));
        Assert.True(local.Quotes.Count > 3, $"{local.Quotes.Count} quotes");
        Assert.Equal(AddOutcome.Added, await index.IndexAsync(input));
        Assert.Equal(AddOutcome.DuplicateId, await index.IndexAsync(input));
        Assert.Equal(AddOutcome.DuplicateText, await index.IndexAsync(input with { Id = "worker-2" }));
        Assert.True(await index.ContainsAsync("worker-1"));
        Assert.False(await index.ContainsAsync("worker-2"));
        CorpusSummary summary = await index.GetSummaryAsync();
        Assert.Equal(1, summary.Articles);
        Assert.Equal(local.Quotes.Count, summary.Quotes);
        Dictionary<int, string> keys = Grains.SpeakerKeys.Of(local);
        Assert.Equal(local.Quotes.Count(q => q.SpeakerLocalId is int s && keys.ContainsKey(s)), await SpeakerGrainQuotesAsync(index, local));
    }

    [Fact]
    public async Task Articles_are_analysed_on_every_silo()
    {
        // A client sends all messages for one grain id through one gateway, and a stateless worker runs on the silo that
        // took the call: with one analysis grain id, a cluster of any size analysed everything on one silo.
        await using TestClusterScope cluster = await TestClusterScope.StartAsync<MemorySilo>(2);
        OrleansCorpusIndex index = cluster.OrleansIndex;
        string[] seeds = Directory.GetFiles(Path.Combine(InventedArticles.RepoRoot(), "seeds"), "*.txt");
        ArticleInput[] inputs = [.. Enumerable.Range(0, 8).Select(i => new ArticleInput
        {
            Id = $"spread-{i}",
            Text = File.ReadAllText(seeds[i % seeds.Length]).Split("\n\n")[i / seeds.Length],
        })];

        // Sent together, as an indexing run does (one at a time, each article's analysis and add would take turns on
        // the client's gateway connections, and every analysis could land on the same one).
        AddOutcome[] outcomes = await Task.WhenAll(inputs.Select(input => index.IndexAsync(input)));
        Assert.All(outcomes, o => Assert.Equal(AddOutcome.Added, o));

        SimpleGrainStatistic[] statistics = await cluster.Cluster.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        var silos = statistics
            .Where(s => s.GrainType.Contains(nameof(Grains.AnalysisGrain), StringComparison.Ordinal) && s.ActivationCount > 0)
            .Select(s => s.SiloAddress)
            .Distinct()
            .ToList();
        Assert.True(silos.Count == 2, string.Join("; ", statistics.Where(s => s.ActivationCount > 0).Select(s => $"{s.GrainType} {s.SiloAddress} {s.ActivationCount}")));
    }

    [Fact]
    public async Task A_silo_runs_no_more_analyses_at_once_than_its_pipeline_allows()
    {
        // The client spreads articles over 64 analysis grain ids and a stateless worker can have several activations per
        // id: without a silo-wide bound, 24 articles sent together ran as many analyses at once as the thread pool allowed.
        await using TestClusterScope cluster = await TestClusterScope.StartAsync<GatedAnalysisSilo>(1);
        ArticleInput[] inputs = [.. Enumerable.Range(0, 24).Select(i => new ArticleInput { Id = $"gated-{i}", Text = $"Article {i}: the council met on Monday." })];

        AddOutcome[] outcomes = await Task.WhenAll(inputs.Select(input => cluster.OrleansIndex.IndexAsync(input)));

        Assert.All(outcomes, o => Assert.Equal(AddOutcome.Added, o));
        Assert.Equal(1, GatedAnalysisSilo.Probe.MostAtOnce);
    }

    [Fact]
    public async Task The_query_view_takes_new_articles_after_a_repeated_one()
    {
        // A publish retried after a failure re-sends an article the view already holds: that add has nothing to write
        // and completes at once, and the adds after it must still be written (they once waited forever).
        await using TestClusterScope cluster = await TestClusterScope.StartAsync<MemorySilo>(1);
        var view = cluster.Cluster.Client.GetGrain<Grains.ICorpusViewGrain>(0);
        IReadOnlyList<CorpusArticle> articles = InventedArticles.All;
        await view.AddAsync(articles[0].AsImmutable());
        await view.AddAsync(articles[0].AsImmutable());
        await view.AddAsync(articles[1].AsImmutable()).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(2, (await view.GetSummaryAsync()).Articles);
    }

    private static async Task<int> SpeakerGrainQuotesAsync(OrleansCorpusIndex index, CorpusArticle article)
    {
        int total = 0;
        foreach (string key in Grains.SpeakerKeys.Of(article).Values.Distinct())
        {
            total += (await index.GetSpeakerTallyAsync(key)).Quotes;
        }

        return total;
    }
}

/// <summary>Test clusters run one at a time (2 cores).</summary>
[CollectionDefinition(nameof(ClusterTests), DisableParallelization = true)]
public sealed class ClusterTests;
