using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using NewsNlp.Cli.Inputs;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp analyze INPUT</c>: runs the pipeline and writes JSON (one document) or JSONL (many).</summary>
internal static class AnalyzeCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var input = new Argument<string>("INPUT")
        {
            Description = "A UTF-8 text file, a folder of them (see --pattern, --recursive), or - to read one article from standard input.",
        };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "auto (default): JSON for one article, JSONL (one document a line) for a folder; json: always JSON (an array for a folder); jsonl: always one line per document.",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "json", "jsonl");
        var tokens = new Option<bool>("--tokens") { Description = "Include the token table (compact columns). Off by default: it is the bulk of the output." };
        var noText = new Option<bool>("--no-text") { Description = "Leave the article text out of the JSON (offsets still refer to it)." };
        var compact = new Option<bool>("--compact") { Description = "Single-line JSON even for one article (JSONL is always single-line)." };
        var pattern = new Option<string>("--pattern") { Description = "File name pattern for folder input.", DefaultValueFactory = _ => "*.txt", HelpName = "GLOB" };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Also read matching files in subfolders." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Never show the progress bar (it only appears on an interactive terminal when the output goes to a file or pipe)." };
        var pipelineOptions = new PipelineCommandOptions();

        var command = new Command("analyze", """
            Analyze news articles: tokens, sentences, paragraphs, named entities, quotes with their speakers, stance.
            Writes the documents as JSON (shape: docs/json-format.md). Folders are processed in parallel on all cores; a
            document that fails is reported on stderr and the others are still written. Exit code: 0 all processed,
            1 some documents failed, 2 bad input or options.

            Examples:
              newsnlp analyze seeds/sindh-floods.txt
              newsnlp analyze articles/ --output out.jsonl
              cat story.txt | newsnlp analyze - --stages tokenizer --compact
              newsnlp analyze story.txt --targets "The strike will end this week"
            """)
        {
            input, output, format, tokens, noText, compact, pattern, recursive, noProgress,
        };
        pipelineOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(new Request(
            parse.GetValue(input)!,
            parse.GetValue(output),
            parse.GetValue(format)!,
            new NewsDocumentJsonOptions { IncludeTokens = parse.GetValue(tokens), IncludeText = !parse.GetValue(noText) },
            parse.GetValue(compact),
            parse.GetValue(pattern)!,
            parse.GetValue(recursive),
            parse.GetValue(noProgress),
            pipelineOptions.TargetsOf(parse),
            () => pipelineOptions.BuildPipeline(parse, env)), env, cancellationToken));
        root.Subcommands.Add(command);
    }

    private sealed record Request(
        string Input,
        FileInfo? Output,
        string Format,
        NewsDocumentJsonOptions Json,
        bool Compact,
        string Pattern,
        bool Recursive,
        bool NoProgress,
        IReadOnlyList<string> Targets,
        Func<CliPipeline?> BuildPipeline);

    private static async Task<int> RunAsync(Request request, CliEnvironment env, CancellationToken cancellationToken)
    {
        InputSet? inputs = InputSet.Resolve(request.Input, request.Pattern, request.Recursive, env);
        if (inputs is null)
        {
            return ExitCodes.UsageError;
        }

        using CliPipeline? cli = request.BuildPipeline();
        if (cli is null)
        {
            return ExitCodes.UsageError;
        }

        bool jsonl = request.Format == "jsonl" || (request.Format == "auto" && !inputs.IsSingle);
        bool array = !jsonl && !inputs.IsSingle;
        Stream? file = null;
        try
        {
            file = request.Output is null ? null : OpenOutput(request.Output, env);
            if (request.Output is not null && file is null)
            {
                return ExitCodes.UsageError;
            }

            Stream sink = file ?? env.Stdout;
            bool outputToTerminal = file is null && env.StdoutIsTerminal;
            bool live = !request.NoProgress && env.StderrIsTerminal && !outputToTerminal && inputs.Documents.Count > 1;
            var progress = new BatchProgress(env, inputs.Documents.Count, live);
            var clock = Stopwatch.StartNew();
            using var writer = new DocumentSink(sink, jsonl, array, indented: !jsonl && !request.Compact, request.Json);
            await progress.RunAsync(p => ProcessAsync(cli.Pipeline, inputs, request.Targets, writer, p, env, cancellationToken)).ConfigureAwait(false);
            writer.Finish();
            progress.Summarize(clock.Elapsed);
            return progress.Failed > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            env.Error("cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (IOException ex)
        {
            env.Error($"cannot write output: {ex.Message}");
            return ExitCodes.UsageError;
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task ProcessAsync(
        NewsPipeline pipeline, InputSet inputs, IReadOnlyList<string> targets, DocumentSink writer, BatchProgress progress, CliEnvironment env, CancellationToken cancellationToken)
    {
        // Unreadable files are reported by the consumer loop below, so messages never interleave with a live display.
        var readErrors = new System.Collections.Concurrent.ConcurrentQueue<(string Id, string Message)>();

        async IAsyncEnumerable<DocumentInput> Read()
        {
            foreach (InputDocument doc in inputs.Documents)
            {
                string text;
                try
                {
                    text = InputSet.ReadText(doc, env);
                }
                catch (IOException ex)
                {
                    readErrors.Enqueue((doc.Id, $"cannot read: {ex.Message}"));
                    continue;
                }

                yield return new DocumentInput(text, new DocumentMetadata { Id = doc.Id, StanceTargets = targets });
                await Task.Yield();
            }
        }

        await foreach (BatchResult result in pipeline.ProcessManyAsync(Read(), cancellationToken).ConfigureAwait(false))
        {
            DrainReadErrors(readErrors, progress);
            string id = result.Input.Metadata?.Id ?? $"#{result.Index}";
            if (result.Succeeded)
            {
                writer.Write(result.Document);
                progress.Succeeded();
            }
            else
            {
                progress.Fail(id, Describe(result.Error));
            }
        }

        DrainReadErrors(readErrors, progress);
    }

    private static void DrainReadErrors(System.Collections.Concurrent.ConcurrentQueue<(string Id, string Message)> errors, BatchProgress progress)
    {
        while (errors.TryDequeue(out (string Id, string Message) e))
        {
            progress.Fail(e.Id, e.Message);
        }
    }

    private static string Describe(Exception error) => error switch
    {
        ArgumentException or InvalidOperationException or IOException => error.Message,
        _ => $"{error.GetType().Name}: {error.Message}",
    };

    private static FileStream? OpenOutput(FileInfo output, CliEnvironment env)
    {
        try
        {
            return new FileStream(output.FullName, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            env.Error($"cannot create output file '{output.FullName}': {ex.Message}");
            return null;
        }
    }

    /// <summary>Writes documents as JSON, a JSON array, or JSONL.</summary>
    private sealed class DocumentSink : IDisposable
    {
        private static readonly byte[] NewLine = [(byte)'\n'];
        private readonly Stream _stream;
        private readonly bool _jsonl;
        private readonly bool _array;
        private readonly NewsDocumentJsonOptions _options;
        private readonly Utf8JsonWriter? _arrayWriter;

        public DocumentSink(Stream stream, bool jsonl, bool array, bool indented, NewsDocumentJsonOptions options)
        {
            _stream = stream;
            _jsonl = jsonl;
            _array = array;
            _options = options with { Indented = indented };
            if (array)
            {
                _arrayWriter = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                _arrayWriter.WriteStartArray();
            }
        }

        public void Write(NewsDocument document)
        {
            if (_arrayWriter is not null)
            {
                NewsDocumentJson.Write(document, _arrayWriter, _options);
                return;
            }

            NewsDocumentJson.Serialize(document, _stream, _options);
            _stream.Write(NewLine);
            if (_jsonl)
            {
                _stream.Flush();
            }
        }

        public void Finish()
        {
            if (_array && _arrayWriter is not null)
            {
                _arrayWriter.WriteEndArray();
                _arrayWriter.Flush();
                _stream.Write(NewLine);
            }

            _stream.Flush();
        }

        public void Dispose() => _arrayWriter?.Dispose();
    }
}
