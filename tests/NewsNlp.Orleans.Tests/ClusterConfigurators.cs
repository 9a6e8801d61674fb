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
