using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;

namespace NewsNlp.Orleans.Tests;

/// <summary>Silos with Orleans' memory grain storage.</summary>
internal sealed class MemorySilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddNewsNlp().AddNewsNlpMemoryStorage();
        SmallViewPages.Configure(siloBuilder);
    }
}

/// <summary>Query-view pages of a few ids and speaker pages of a few articles, so a test's few hundred articles fill many pages.</summary>
internal static class SmallViewPages
{
    public const int IdsPerPage = 16;

    public const int SpeakerArticlesPerPage = 3;

    public static void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.Services.Configure<Grains.CorpusViewOptions>(o => o.IdsPerPage = IdsPerPage);
        siloBuilder.Services.Configure<Grains.SpeakerPageOptions>(o => o.ArticlesPerPage = SpeakerArticlesPerPage);
    }
}

/// <summary>Silos whose grain storage outlives each silo (<see cref="ProcessGrainStorage"/>).</summary>
internal sealed class SharedStorageSilo : ISiloConfigurator
{
    public static readonly ProcessGrainStorage Storage = new();

    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddNewsNlp();
        siloBuilder.Services.AddKeyedSingleton<IGrainStorage>(NewsNlpOrleans.StorageName, (_, _) => Storage);
        SmallViewPages.Configure(siloBuilder);
    }
}

/// <summary>Silos with their own metered storage that outlives them and speaker pages of 4 articles.</summary>
internal sealed class MeteredSpeakerSilo : ISiloConfigurator
{
    public const int ArticlesPerPage = 4;

    public static readonly ProcessGrainStorage Storage = new();

    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddNewsNlp();
        siloBuilder.Services.AddKeyedSingleton<IGrainStorage>(NewsNlpOrleans.StorageName, (_, _) => Storage);
        siloBuilder.Services.Configure<Grains.SpeakerPageOptions>(o => o.ArticlesPerPage = ArticlesPerPage);
    }
}

/// <summary>Silos keeping grain state in PostgreSQL (connection string from NEWSNLP_ORLEANS_PG).</summary>
internal sealed class PostgresSilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) =>
        siloBuilder.AddNewsNlp().AddNewsNlpPostgresStorage(PostgresDatabase.ConnectionString!);
}

/// <summary>The client: the corpus registration a user adds.</summary>
internal sealed class CorpusClient : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.AddNewsNlpCorpus(o => o.RetryDelay = TimeSpan.FromMilliseconds(100));
}

/// <summary>
/// One silo whose pipeline (one analysis at a time allowed) is a stage that records how many analyses run at once.
/// </summary>
internal sealed class GatedAnalysisSilo : ISiloConfigurator
{
    public static readonly ConcurrencyProbeStage Probe = new();

    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.Services.AddSingleton(new NewsNlp.Pipeline.NewsPipeline([Probe], new NewsNlp.Pipeline.NewsPipelineOptions { MaxDegreeOfParallelism = 1 }));
        siloBuilder.AddNewsNlp().AddNewsNlpMemoryStorage();
    }
}

/// <summary>A pipeline stage that takes a while and records the most documents it ever processed at once.</summary>
internal sealed class ConcurrencyProbeStage : NewsNlp.Pipeline.IPipelineStage
{
    private int _running;
    private int _most;

    public int MostAtOnce => Volatile.Read(ref _most);

    public string Name => "probe";

    public IReadOnlyCollection<string> Requires => [];

    public IReadOnlyCollection<string> Produces => [];

    public void Process(NewsNlp.Documents.NewsDocument document, CancellationToken cancellationToken)
    {
        int now = Interlocked.Increment(ref _running);
        int most;
        while (now > (most = Volatile.Read(ref _most)) && Interlocked.CompareExchange(ref _most, now, most) != most)
        {
        }

        Thread.Sleep(30);
        Interlocked.Decrement(ref _running);
    }
}
