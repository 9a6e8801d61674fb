using Spectre.Console;

namespace NewsNlp.Cli.Output;

/// <summary>
/// Reports batch progress: a live Spectre.Console bar on an interactive terminal, plain lines when standard error is
/// redirected (errors as they happen and one summary line), so logs and pipes stay clean.
/// </summary>
internal sealed class BatchProgress
{
    private readonly CliEnvironment _env;
    private readonly int _total;
    private readonly bool _live;
    private readonly string _label;
    private readonly Lock _gate = new();
    private ProgressTask? _task;
    private IAnsiConsole? _console;

    public BatchProgress(CliEnvironment env, int total, bool live, string label = "analyzing")
    {
        _env = env;
        _total = total;
        _live = live;
        _label = label;
    }

    public int Done { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Runs <paramref name="work"/> with the progress display around it.</summary>
    public async Task RunAsync(Func<BatchProgress, Task> work)
    {
        if (!_live)
        {
            await work(this).ConfigureAwait(false);
            return;
        }

        // The caller decided stderr is an interactive terminal; colours and cursor control are still detected.
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_env.Stderr),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Detect,
        });
        await _console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                _task = ctx.AddTask(_label, maxValue: Math.Max(1, _total));
                await work(this).ConfigureAwait(false);
                _task.Value = _task.MaxValue;
            }).ConfigureAwait(false);
    }

    /// <summary>Records a processed document.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            Done++;
        }

        _task?.Increment(1);
    }

    /// <summary>Records a failed document and reports it.</summary>
    public void Fail(string id, string message)
    {
        lock (_gate)
        {
            Done++;
            Failed++;
        }

        if (_console is not null)
        {
            _console.MarkupLineInterpolated($"[red]newsnlp: {id}: {message}[/]");
        }
        else
        {
            _env.Error($"{id}: {message}");
        }

        _task?.Increment(1);
    }

    /// <summary>Writes the closing summary for batches (not for a single document).</summary>
    public void Summarize(TimeSpan elapsed)
    {
        if (_total <= 1)
        {
            return;
        }

        string line = $"analyzed {Done - Failed} of {_total} documents in {elapsed.TotalSeconds:F1} s" + (Failed > 0 ? $"; {Failed} failed (see above)" : "");
        _env.Error(line);
    }
}
