using Microsoft.Extensions.DependencyInjection;
using NewsNlp.DependencyInjection;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.DependencyInjection;

/// <summary>A stage that fails on request and can block until released, to test the batch API.</summary>
internal sealed class FailingStage : IPipelineStage
{
    public string Name => "failing";

    public IReadOnlyCollection<string> Requires { get; } = [AnnotationNames.Tokens];

    public IReadOnlyCollection<string> Produces { get; } = [];

    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        if (document.Text.Contains("FAIL", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing '{document.Metadata.Id}'");
        }
    }
}

/// <summary>A stage that holds each document for a while and records how many documents it held at once.</summary>
internal sealed class ConcurrencyProbeStage : IPipelineStage
{
    private int _current;
    private int _most;

    public string Name => "concurrency-probe";

    public IReadOnlyCollection<string> Requires { get; } = [AnnotationNames.Tokens];

    public IReadOnlyCollection<string> Produces { get; } = [];

    /// <summary>The most documents processed at the same time.</summary>
    public int Most => Volatile.Read(ref _most);

    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        int now = Interlocked.Increment(ref _current);
        int seen;
        while (now > (seen = Volatile.Read(ref _most)) && Interlocked.CompareExchange(ref _most, now, seen) != seen)
        {
        }

        Thread.Sleep(15);
        Interlocked.Decrement(ref _current);
    }
}

public sealed class BatchProcessingTests
{
    private static NewsPipeline Pipeline(int parallelism)
    {
        var services = new ServiceCollection();
        services.AddNewsNlp(b => b.Configure(o => o.MaxDegreeOfParallelism = parallelism).Add(new FailingStage()));
        return services.BuildServiceProvider().GetRequiredService<NewsPipeline>();
    }

    private static DocumentInput Input(int i, string? text = null) =>
        new(text ?? string.Concat(Enumerable.Repeat($"Sentence {i} of a story. ", 1 + (((i * 37) % 11) * 40))), new DocumentMetadata { Id = $"doc-{i}" });

    [Fact]
    public async Task Results_come_back_in_input_order_with_failures_reported_in_place()
    {
        NewsPipeline pipeline = Pipeline(parallelism: 4);
        DocumentInput[] inputs = [.. Enumerable.Range(0, 40).Select(i => i % 7 == 3 ? Input(i, $"FAIL number {i}") : Input(i))];
        var results = new List<BatchResult>();
        await foreach (BatchResult r in pipeline.ProcessManyAsync(inputs))
        {
            results.Add(r);
        }

        Assert.Equal(Enumerable.Range(0, 40), results.Select(r => r.Index));
        Assert.Equal(inputs.Select(i => i.Metadata!.Id), results.Select(r => r.Input.Metadata!.Id));
        foreach (BatchResult r in results)
        {
            if (r.Index % 7 == 3)
            {
                Assert.False(r.Succeeded);
                Assert.IsType<InvalidOperationException>(r.Error);
                Assert.Contains($"doc-{r.Index}", r.Error.Message, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(r.Succeeded);
                Assert.Equal(inputs[r.Index].Text, r.Document.Text);
                Assert.Equal($"doc-{r.Index}", r.Document.Metadata.Id);
                Assert.True(r.Document.Tokens.Count > 0);
            }
        }
    }

    [Fact]
    public async Task Async_input_stream_is_consumed_lazily_and_results_match_sequential_processing()
    {
        NewsPipeline pipeline = Pipeline(parallelism: 3);
        async IAsyncEnumerable<DocumentInput> Produce()
        {
            for (int i = 0; i < 12; i++)
            {
                await Task.Yield();
                yield return Input(i);
            }
        }

        int n = 0;
        await foreach (BatchResult r in pipeline.ProcessManyAsync(Produce()))
        {
            NewsDocument sequential = pipeline.Process(r.Input.Text);
            Assert.Equal(sequential.Tokens.Count, r.Document!.Tokens.Count);
            Assert.Equal(sequential.Sentences.Count, r.Document.Sentences.Count);
            n++;
        }

        Assert.Equal(12, n);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task No_more_documents_are_processed_at_once_than_the_degree_of_parallelism(int degree)
    {
        // Each document is held 15 ms, so documents started early would overlap; the bound is the option, not timing.
        var probe = new ConcurrencyProbeStage();
        var services = new ServiceCollection();
        services.AddNewsNlp(b => b.Configure(o => o.MaxDegreeOfParallelism = degree).Add(probe));
        NewsPipeline pipeline = services.BuildServiceProvider().GetRequiredService<NewsPipeline>();
        int n = 0;
        await foreach (BatchResult r in pipeline.ProcessManyAsync(Enumerable.Range(0, 16).Select(i => Input(i, $"Story {i}."))))
        {
            Assert.True(r.Succeeded);
            n++;
        }

        Assert.Equal(16, n);
        Assert.InRange(probe.Most, 1, degree);
    }

    [Fact]
    public async Task Cancellation_stops_the_batch()
    {
        NewsPipeline pipeline = Pipeline(parallelism: 2);
        using var cts = new CancellationTokenSource();
        int seen = 0;

        async IAsyncEnumerable<DocumentInput> Endless()
        {
            for (int i = 0; ; i++)
            {
                await Task.Yield();
                yield return Input(i);
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (BatchResult r in pipeline.ProcessManyAsync(Endless(), cts.Token))
            {
                Assert.True(r.Succeeded);
                if (++seen == 5)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.InRange(seen, 5, 5 + 2);
    }

    [Fact]
    public async Task Breaking_out_early_does_not_hang_or_throw()
    {
        NewsPipeline pipeline = Pipeline(parallelism: 2);
        int seen = 0;
        await foreach (BatchResult r in pipeline.ProcessManyAsync(Enumerable.Range(0, 100).Select(i => Input(i))))
        {
            if (++seen == 3)
            {
                break;
            }
        }

        Assert.Equal(3, seen);
    }
}
