using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsNlp.DependencyInjection;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Pipeline;

/// <summary>Log lines, metrics and activities from processed documents.</summary>
public sealed class PipelineTelemetryTests
{
    private const string Text = "Anna Berg met John Smith in Rotterdam.\n\n“We will not give up,” said Anna Berg, the union's leader.";

    /// <summary>A stage with a name no other test uses, so its measurements are this test's own.</summary>
    private sealed class ProbeStage : IPipelineStage
    {
        public const string StageName = "telemetry-probe";

        public string Name => StageName;

        public IReadOnlyCollection<string> Requires => [AnnotationNames.Tokens];

        public IReadOnlyCollection<string> Produces => [];

        public void Process(NewsDocument document, CancellationToken cancellationToken)
        {
        }
    }

    [Fact]
    public void A_processed_document_logs_through_ILogger_from_the_pipeline_and_its_stages()
    {
        using var capture = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        services.AddNewsNlp();
        using ServiceProvider provider = services.BuildServiceProvider();

        NewsDocument doc = provider.GetRequiredService<NewsPipeline>().Process(Text, new DocumentMetadata { Id = "log-probe" });

        Assert.NotEmpty(doc.Quotes);
        IReadOnlyList<LogEntry> entries = capture.Entries;
        LogEntry done = Assert.Single(entries, e => e.Category == typeof(NewsPipeline).FullName && e.EventId.Id == 3);
        Assert.Equal(LogLevel.Debug, done.Level);
        Assert.StartsWith($"Processed document log-probe ({Text.Length} characters, {doc.Tokens.Count} tokens, {doc.Entities.Count} entities, {doc.Quotes.Count} quotes) in ", done.Message, StringComparison.Ordinal);
        Assert.Contains(new KeyValuePair<string, object?>("Quotes", doc.Quotes.Count), done.State);

        Assert.Equal(
            ["tokenizer", "structure", "ner", "entity-linker", "quotes"],
            entries.Where(e => e.EventId.Id == 2).Select(e => (string)e.State.Single(kv => kv.Key == "Stage").Value!));
        Assert.Contains(entries, e => e.Category == typeof(TokenizerStage).FullName
            && e.Message == $"Tokenized document log-probe: {doc.Tokens.Count} tokens, {doc.Sentences.Count} sentences, {doc.Paragraphs.Count} paragraphs");
        Assert.Contains(entries, e => e.Category == typeof(QuoteStage).FullName
            && e.Message == $"Found {doc.Quotes.Count} quotes and {doc.Speakers.Count} speakers in document log-probe");
    }

    [Fact]
    public void A_processed_document_reports_stage_timings_and_counts_to_a_MeterListener_and_activities()
    {
        var stageMs = new ConcurrentBag<(string Stage, double Ms)>();
        long documents = 0, characters = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == NewsNlpTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == NewsNlpTelemetry.StageDurationName)
            {
                foreach (KeyValuePair<string, object?> tag in tags)
                {
                    if (tag.Key == NewsNlpTelemetry.StageTag)
                    {
                        stageMs.Add(((string)tag.Value!, value));
                    }
                }
            }
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == NewsNlpTelemetry.DocumentsName)
            {
                Interlocked.Add(ref documents, value);
            }
            else if (instrument.Name == NewsNlpTelemetry.CharactersName)
            {
                Interlocked.Add(ref characters, value);
            }
        });
        listener.Start();

        var activities = new ConcurrentQueue<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == NewsNlpTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(activityListener);

        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().InsertAfter("tokenizer", new ProbeStage()).Build();
        pipeline.Process(Text, new DocumentMetadata { Id = "metric-probe-1" });
        pipeline.Process(Text, new DocumentMetadata { Id = "metric-probe-2" });

        // Other tests may run pipelines meanwhile; the probe stage's measurements are this test's alone.
        double[] probe = [.. stageMs.Where(m => m.Stage == ProbeStage.StageName).Select(m => m.Ms)];
        Assert.Equal(2, probe.Length);
        Assert.All(probe, ms => Assert.InRange(ms, 0, 60_000));
        Assert.Contains(stageMs, m => m.Stage == QuoteStage.StageName && m.Ms > 0);
        Assert.True(Interlocked.Read(ref documents) >= 2);
        Assert.True(Interlocked.Read(ref characters) >= 2 * Text.Length);

        Activity[] mine = [.. activities.Where(a => a.OperationName == "newsnlp.document" && (string?)a.GetTagItem("newsnlp.document.id") is "metric-probe-1" or "metric-probe-2")];
        Assert.Equal(2, mine.Length);
        foreach (Activity document in mine)
        {
            string[] children = [.. activities.Where(a => a.ParentSpanId == document.SpanId).Select(a => a.OperationName)];
            Assert.Equal(pipeline.Stages.Select(s => s.Name), children);
        }
    }
}
