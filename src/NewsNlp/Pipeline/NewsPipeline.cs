using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsNlp.Documents;

namespace NewsNlp.Pipeline;

/// <summary>
/// An ordered, validated list of <see cref="IPipelineStage"/>s that turns text into an annotated <see cref="NewsDocument"/>.
/// </summary>
/// <remarks>Thread-safe: one pipeline may process any number of documents concurrently.</remarks>
public sealed partial class NewsPipeline
{
    private readonly IPipelineStage[] _stages;
    private readonly KeyValuePair<string, object?>[] _stageTags;
    private readonly ILogger _logger;

    /// <summary>Builds a pipeline from <paramref name="stages"/>, in order.</summary>
    /// <param name="stages">The stages; each one's requirements must be produced by an earlier stage.</param>
    /// <param name="options">Limits and batch settings; defaults when null.</param>
    /// <param name="logger">Where each document's and stage's progress and failures are logged (Debug and Trace); none when null.</param>
    /// <exception cref="PipelineConfigurationException">A requirement has no earlier producer, or two stages share a name.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">An option is out of range.</exception>
    public NewsPipeline(IEnumerable<IPipelineStage> stages, NewsPipelineOptions? options = null, ILogger<NewsPipeline>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        _stages = [.. stages];
        Options = options ?? new NewsPipelineOptions();
        Options.Validate();
        Validate(_stages);
        _stageTags = Array.ConvertAll(_stages, s => new KeyValuePair<string, object?>(NewsNlpTelemetry.StageTag, s.Name));
        _logger = logger ?? (ILogger)NullLogger.Instance;
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            string names = string.Join(", ", _stages.Select(s => s.Name));
            PipelineLog.Built(_logger, names);
        }
    }

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>The options the pipeline was built with.</summary>
    public NewsPipelineOptions Options { get; }

    /// <summary>
    /// Annotates <paramref name="text"/>, with feed markup made neutral first unless <see cref="NewsPipelineOptions.NeutralizeFeedMarkup"/>
    /// is off (the document's text then differs from <paramref name="text"/> only inside that markup; every offset is the same).
    /// </summary>
    /// <exception cref="ArgumentException">The text is longer than <see cref="NewsPipelineOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public NewsDocument Process(string text, DocumentMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Options.NeutralizeFeedMarkup && text.Length <= Options.MaxDocumentLength)
        {
            text = FeedMarkup.Neutralize(text, out _);
        }

        var document = new NewsDocument(text, metadata);
        Process(document, cancellationToken);
        return document;
    }

    /// <summary>Runs every stage on <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentException">The text is longer than <see cref="NewsPipelineOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public void Process(NewsDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text.Length > Options.MaxDocumentLength)
        {
            throw new ArgumentException(
                $"The document has {document.Text.Length:N0} characters; the limit is {Options.MaxDocumentLength:N0} (NewsPipelineOptions.MaxDocumentLength).",
                nameof(document));
        }

        // Clock reads, activities and log formatting only when someone listens (see NewsNlpTelemetry).
        using Activity? activity = NewsNlpTelemetry.Source.StartActivity("newsnlp.document");
        activity?.SetTag("newsnlp.document.id", document.Metadata.Id);
        activity?.SetTag("newsnlp.document.characters", document.Text.Length);
        bool timeStages = NewsNlpTelemetry.StageDuration.Enabled || _logger.IsEnabled(LogLevel.Trace);
        bool timeDocument = timeStages || NewsNlpTelemetry.DocumentDuration.Enabled || _logger.IsEnabled(LogLevel.Debug);
        long documentStart = timeDocument ? Stopwatch.GetTimestamp() : 0;
        for (int i = 0; i < _stages.Length; i++)
        {
            IPipelineStage stage = _stages[i];
            cancellationToken.ThrowIfCancellationRequested();
            using Activity? stageActivity = activity is null ? null : NewsNlpTelemetry.Source.StartActivity(stage.Name);
            stageActivity?.SetTag(NewsNlpTelemetry.StageTag, stage.Name);
            long stageStart = timeStages ? Stopwatch.GetTimestamp() : 0;
            try
            {
                stage.Process(document, cancellationToken);
                StageOutputCheck.Check(stage, document);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                NewsNlpTelemetry.FailedDocuments.Add(1, _stageTags[i]);
                stageActivity?.SetStatus(ActivityStatusCode.Error, ex.Message);
                activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
                PipelineLog.StageFailed(_logger, ex, stage.Name, document.Metadata.Id);
                throw;
            }

            if (timeStages)
            {
                double ms = Stopwatch.GetElapsedTime(stageStart).TotalMilliseconds;
                NewsNlpTelemetry.StageDuration.Record(ms, _stageTags[i]);
                PipelineLog.StageDone(_logger, stage.Name, document.Metadata.Id, ms);
            }

            foreach (string produced in stage.Produces)
            {
                document.MarkProduced(produced);
            }
        }

        NewsNlpTelemetry.Documents.Add(1);
        NewsNlpTelemetry.Characters.Add(document.Text.Length);
        if (timeDocument)
        {
            double ms = Stopwatch.GetElapsedTime(documentStart).TotalMilliseconds;
            NewsNlpTelemetry.DocumentDuration.Record(ms);
            PipelineLog.DocumentDone(_logger, document.Metadata.Id, document.Text.Length, document.Tokens.Count, document.Entities.Count, document.Quotes.Count, ms);
        }
    }

    /// <summary>
    /// Processes many documents in parallel with at most <see cref="NewsPipelineOptions.MaxDegreeOfParallelism"/> at once.
    /// Results come back in input order; a document that fails yields a result carrying its exception, and the batch goes on.
    /// </summary>
    /// <param name="inputs">Documents to process.</param>
    /// <param name="cancellationToken">Stops reading inputs and processing; pending results are dropped.</param>
    public async IAsyncEnumerable<BatchResult> ProcessManyAsync(
        IAsyncEnumerable<DocumentInput> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        int degree = Options.MaxDegreeOfParallelism;

        // A bounded channel of tasks keeps input order while at most `degree` documents are in flight.
        var pending = Channel.CreateBounded<Task<BatchResult>>(new BoundedChannelOptions(degree)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task producer = ProduceAsync(inputs, pending.Writer, linked.Token);
        try
        {
            await foreach (Task<BatchResult> task in pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return await task.ConfigureAwait(false);
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            await linked.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Expected when the consumer stops early or the caller cancels.
            }
        }
    }

    /// <summary>Processes many documents in parallel; see <see cref="ProcessManyAsync(IAsyncEnumerable{DocumentInput}, CancellationToken)"/>.</summary>
    public IAsyncEnumerable<BatchResult> ProcessManyAsync(IEnumerable<DocumentInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ProcessManyAsync(ToAsync(inputs), cancellationToken);
    }

    private async Task ProduceAsync(IAsyncEnumerable<DocumentInput> inputs, ChannelWriter<Task<BatchResult>> writer, CancellationToken cancellationToken)
    {
        Exception? failure = null;

        // The channel bounds how many results wait for the reader; the gate bounds how many documents are processed at
        // once. Without it a task is started before the channel has room (one reading, one queued, one waiting to be
        // queued), so a degree of 1 kept two to three documents in flight.
        var gate = new SemaphoreSlim(Options.MaxDegreeOfParallelism);
        try
        {
            int index = 0;
            await foreach (DocumentInput input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                int position = index++;
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                Task<BatchResult> task;
                try
                {
                    task = Task.Run(() => ProcessGated(gate, position, input, cancellationToken), cancellationToken);
                }
                catch
                {
                    gate.Release();
                    throw;
                }

                await writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failure = ex;
        }
        finally
        {
            writer.TryComplete(failure);
        }
    }

    // The gate is not disposed: a running document releases it after the producer has finished.
    private BatchResult ProcessGated(SemaphoreSlim gate, int index, DocumentInput input, CancellationToken cancellationToken)
    {
        try
        {
            return ProcessOne(index, input, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private BatchResult ProcessOne(int index, DocumentInput input, CancellationToken cancellationToken)
    {
        try
        {
            return new BatchResult(index, input, Process(input.Text, input.Metadata, cancellationToken), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            PipelineLog.BatchDocumentFailed(_logger, ex, index, input.Metadata?.Id);
            return new BatchResult(index, input, null, ex);
        }
    }

    private static async IAsyncEnumerable<DocumentInput> ToAsync(IEnumerable<DocumentInput> inputs)
    {
        foreach (DocumentInput input in inputs)
        {
            yield return input;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static void Validate(IPipelineStage[] stages)
    {
        var available = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < stages.Length; i++)
        {
            IPipelineStage stage = stages[i] ?? throw new PipelineConfigurationException($"Stage #{i} is null.");
            if (string.IsNullOrWhiteSpace(stage.Name))
            {
                throw new PipelineConfigurationException($"Stage #{i} ({stage.GetType().FullName}) has no name.");
            }

            if (!names.Add(stage.Name))
            {
                throw new PipelineConfigurationException($"Two stages are named '{stage.Name}'. Stage names must be unique; use Replace to swap a stage.");
            }

            foreach (string required in stage.Requires)
            {
                if (!available.Contains(required))
                {
                    string? later = stages.Skip(i + 1).FirstOrDefault(s => s.Produces.Contains(required))?.Name;
                    string hint = later is null
                        ? $"No stage in the pipeline produces '{required}'; add one that does (e.g. the default producer of '{required}')."
                        : $"Stage '{later}' produces it but runs later; move it before '{stage.Name}'.";
                    throw new PipelineConfigurationException($"Stage '{stage.Name}' requires '{required}', which no earlier stage produces. {hint}");
                }
            }

            available.UnionWith(stage.Produces);
        }
    }
}
