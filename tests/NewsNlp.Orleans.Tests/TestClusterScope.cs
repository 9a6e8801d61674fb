using Microsoft.Extensions.DependencyInjection;
using NewsNlp.Corpus;
using Orleans.TestingHost;

namespace NewsNlp.Orleans.Tests;

/// <summary>
/// One test's in-process cluster: started with <see cref="StartAsync{TSilo}"/>, every silo stopped and the cluster
/// disposed at the end of the <c>await using</c> block, whatever the test did (silos stopped or killed included).
/// </summary>
internal sealed class TestClusterScope : IAsyncDisposable
{
    private TestClusterScope(TestCluster cluster) => Cluster = cluster;

    /// <summary>The Orleans test cluster.</summary>
    public TestCluster Cluster { get; }

    /// <summary>The corpus as the user's code sees it: the <see cref="ICorpusIndex"/> the client registration gives.</summary>
    public ICorpusIndex Index => Cluster.Client.ServiceProvider.GetRequiredService<ICorpusIndex>();

    /// <summary>The cluster engine itself, for its grain-level queries.</summary>
    public OrleansCorpusIndex OrleansIndex => Cluster.Client.ServiceProvider.GetRequiredService<OrleansCorpusIndex>();

    /// <summary>Starts <paramref name="silos"/> silos configured by <typeparamref name="TSilo"/> and the corpus client.</summary>
    public static async Task<TestClusterScope> StartAsync<TSilo>(short silos, string? serviceId = null)
        where TSilo : ISiloConfigurator, new()
    {
        var builder = new TestClusterBuilder(silos);
        if (serviceId is not null)
        {
            builder.Options.ServiceId = serviceId;
        }

        builder.AddSiloBuilderConfigurator<TSilo>();
        builder.AddClientBuilderConfigurator<CorpusClient>();
        TestCluster cluster = builder.Build();
        await cluster.DeployAsync();
        return new TestClusterScope(cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
