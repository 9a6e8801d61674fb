using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsNlp.Corpus;
using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Queries;
using NewsNlp.Orleans;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.TestingHost;

// newsnlp-orleans-bench: articles/s through the Orleans engine on this machine. Silos run in this process (Orleans'
// TestCluster, memory grain storage); each article is analysed on a silo's stateless analysis worker and stored through
// its article, text-hash, speaker and query-view grains (OrleansCorpusIndex.IndexAsync), several articles in flight.
//   newsnlp-orleans-bench --silos 2 --articles 1000 ../shared/data/quotes/polnear/train/text reuters-2000.jsonl
var inputs = new Argument<string[]>("INPUT") { Description = "Folders of .txt articles and .jsonl feeds (one JSON article a line).", Arity = ArgumentArity.OneOrMore };
var silos = new Option<int>("--silos") { Description = "Silos in the cluster (default 1).", DefaultValueFactory = _ => 1 };
var count = new Option<int>("--articles") { Description = "Articles timed (default: all read, after the warm-up ones).", DefaultValueFactory = _ => int.MaxValue };
var warmUp = new Option<int>("--warm-up") { Description = "Articles indexed first, untimed (default 100).", DefaultValueFactory = _ => 100 };
var inFlight = new Option<int>("--in-flight") { Description = "Articles sent at once (default 8).", DefaultValueFactory = _ => 8 };
var root = new RootCommand("Articles/s of the NewsNlp Orleans engine (in-process silos, memory storage).") { inputs, silos, count, warmUp, inFlight };
root.SetAction(async (parse, ct) =>
{
    List<ArticleInput> articles = Read(parse.GetValue(inputs)!);
    int warm = Math.Min(parse.GetValue(warmUp), articles.Count);
    List<ArticleInput> timed = [.. articles.Skip(warm).Take(parse.GetValue(count))];
    var builder = new TestClusterBuilder((short)parse.GetValue(silos));
    builder.AddSiloBuilderConfigurator<MemorySilo>();
    builder.AddClientBuilderConfigurator<CorpusClient>();
    TestCluster cluster = builder.Build();
    await cluster.DeployAsync(ct);
    try
    {
        OrleansCorpusIndex index = cluster.Client.ServiceProvider.GetRequiredService<OrleansCorpusIndex>();
        await IndexAllAsync(index, articles.Take(warm), parse.GetValue(inFlight), ct);
        double cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var clock = Stopwatch.StartNew();
        await IndexAllAsync(index, timed, parse.GetValue(inFlight), ct);
        double seconds = clock.Elapsed.TotalSeconds;
        cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpu;
        CorpusSummary summary = await index.GetSummaryAsync(ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"orleans, {parse.GetValue(silos)} silo(s), {Environment.ProcessorCount} cores: {timed.Count} articles in {seconds:F1} s = {timed.Count / seconds:F1} articles/s; CPU {cpu:F1} s = {timed.Count / cpu:F1} articles per CPU-second (corpus: {summary.Articles} articles, {summary.Quotes} quotes); load average {LoadAverage()}"));

        // Where the grains ran: activations per silo of each NewsNlp grain type.
        SimpleGrainStatistic[] statistics = await cluster.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics(ct);
        foreach (IGrouping<string, SimpleGrainStatistic> type in statistics.Where(s => s.GrainType.StartsWith("NewsNlp.", StringComparison.Ordinal)).GroupBy(s => s.GrainType.Split(',')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {type.Key}: {string.Join(", ", type.OrderBy(s => s.SiloAddress.ToString(), StringComparer.Ordinal).Select(s => $"{s.ActivationCount} on {s.SiloAddress}"))}");
        }
    }
    finally
    {
        await cluster.StopAllSilosAsync(CancellationToken.None);
        await cluster.DisposeAsync();
    }
});
return await root.Parse(args).InvokeAsync();

static async Task IndexAllAsync(OrleansCorpusIndex index, IEnumerable<ArticleInput> articles, int inFlight, CancellationToken ct) =>
    await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = ct }, async (article, token) => await index.IndexAsync(article, token));

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static List<ArticleInput> Read(string[] inputs)
{
    var articles = new List<ArticleInput>();
    foreach (string input in inputs)
    {
        if (Directory.Exists(input))
        {
            articles.AddRange(Directory.GetFiles(input, "*.txt").Order(StringComparer.Ordinal).Select(f => new ArticleInput { Id = Path.GetFileName(f), Text = File.ReadAllText(f) }));
        }
        else
        {
            articles.AddRange(File.ReadLines(input).Where(l => l.Length > 0).Select(JsonlArticle.Parse));
        }
    }

    return articles;
}

/// <summary>Silos with the NewsNlp grains and Orleans' memory grain storage.</summary>
internal sealed class MemorySilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddNewsNlp().AddNewsNlpMemoryStorage();
}

/// <summary>The client: the corpus registration a user adds.</summary>
internal sealed class CorpusClient : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) => clientBuilder.AddNewsNlpCorpus();
}
