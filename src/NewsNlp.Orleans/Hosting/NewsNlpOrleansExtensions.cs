using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsNlp.Corpus;
using NewsNlp.Orleans;
using NewsNlp.Pipeline;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace Orleans.Hosting;

/// <summary>Registers the NewsNlp corpus on an Orleans silo and client (Microsoft.Extensions style).</summary>
public static class NewsNlpOrleansExtensions
{
    /// <summary>
    /// Hosts the NewsNlp corpus grains on this silo: article, text-hash and speaker grains, the query view and the
    /// stateless analysis workers (the default <see cref="NewsPipeline"/>, created on first use, unless one is
    /// registered). A silo runs at most the pipeline's <see cref="NewsPipelineOptions.MaxDegreeOfParallelism"/> analyses
    /// at once (default: its processor count; register a pipeline built with other options to change it), however many
    /// calls arrive. Grain state goes to the storage named <see cref="NewsNlpOrleans.StorageName"/>: add one, e.g.
    /// <see cref="AddNewsNlpMemoryStorage"/> or <see cref="AddNewsNlpPostgresStorage"/>.
    /// </summary>
    public static ISiloBuilder AddNewsNlp(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddSerialization(builder.Services);
        builder.Services.TryAddSingleton(_ => NewsPipeline.CreateDefault());
        builder.Services.TryAddSingleton<NewsNlp.Orleans.Grains.AnalysisGate>();
        return builder;
    }

    /// <summary>
    /// Keeps NewsNlp grain state in silo memory (tests, one-off runs: lost with the silo that holds it), copied with
    /// Orleans' binary serializer (the memory provider's default, Newtonsoft JSON, cost more than the grains' own work).
    /// </summary>
    public static ISiloBuilder AddNewsNlpMemoryStorage(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MemoryGrainStorageOptions>(NewsNlpOrleans.StorageName)
            .Configure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        return builder.AddMemoryGrainStorage(NewsNlpOrleans.StorageName);
    }

    /// <summary>
    /// Keeps NewsNlp grain state in PostgreSQL through Orleans ADO.NET persistence (Npgsql). The database needs the
    /// Orleans scripts <c>PostgreSQL-Main.sql</c> and <c>PostgreSQL-Persistence.sql</c> (shipped in the
    /// Microsoft.Orleans.Persistence.AdoNet package and in this repository's <c>.ci/orleans-sql</c>).
    /// </summary>
    public static ISiloBuilder AddNewsNlpPostgresStorage(this ISiloBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return builder.AddAdoNetGrainStorage(NewsNlpOrleans.StorageName, options =>
        {
            options.Invariant = "Npgsql";
            options.ConnectionString = connectionString;
        });
    }

    /// <summary>
    /// Lets this client use the cluster's corpus: registers <see cref="OrleansCorpusIndex"/> as the application's
    /// <see cref="ICorpusIndex"/> (where the one-machine setup registers the SQLite store).
    /// </summary>
    public static IClientBuilder AddNewsNlpCorpus(this IClientBuilder builder, Action<OrleansCorpusOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddSerialization(builder.Services);
        OptionsBuilder<OrleansCorpusOptions> options = builder.Services.AddOptions<OrleansCorpusOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddSingleton<OrleansCorpusIndex>();
        builder.Services.TryAddSingleton<ICorpusIndex>(sp => sp.GetRequiredService<OrleansCorpusIndex>());
        return builder;
    }

    private static void AddSerialization(IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(isSupported: NewsNlpOrleans.IsJsonCarried));
}
