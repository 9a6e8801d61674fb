using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Cli.Inputs;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;
using NewsNlp.Stance;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp analyze INPUT</c>: runs the pipeline and writes JSON (one document) or JSONL (many).</summary>
internal static class AnalyzeCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var input = new Argument<string>("INPUT")
        {
            Description = "A text file (UTF-8, or UTF-16/UTF-32 with a byte-order mark), a saved web page (.html, .htm: the article text is extracted with SmartReader), a JSONL file (.jsonl: one {\"text\", \"id\", \"url\", \"headline\", \"published\", \"source\"} object a line), a folder of them (see --pattern, --recursive), or - to read one article from standard input.",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (- for standard output).", HelpName = "FILE" };
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
        var inputFormat = InputFormatOption.Create();
        var noProgress = new Option<bool>("--no-progress") { Description = "Never show the progress bar (it only appears on an interactive terminal when the output goes to a file or pipe)." };
        var pipelineOptions = new PipelineCommandOptions();

        var command = new Command("analyze", """
            Analyze news articles: tokens, sentences, paragraphs, named entities, quotes with their speakers, stance.
            Writes the documents as JSON (shape: docs/json-format.md). Folders are processed in parallel on all cores; a
            document that cannot be read or processed is written as an error record {"id":…,"error":{"code","message"}}
            in its place and reported on stderr. Exit code: 0 all processed, 1 some documents failed, 2 bad input or
            options, 3 the output could not be written (broken pipe, disk full).

            Examples:
              newsnlp analyze story.txt
              newsnlp analyze articles/ --output out.jsonl
              newsnlp analyze saved-page.html                (offsets refer to the extracted article text, included as "text")
              newsnlp analyze feed.jsonl --output out.jsonl  (one record per line: text and metadata)
              cat story.txt | newsnlp analyze - --stages tokenizer,ner --compact
              newsnlp analyze story.txt --targets "The strike will end this week" --targets "Automation threatens jobs"
            """)
        {
            input, output, format, tokens, noText, compact, pattern, recursive, inputFormat, noProgress,
        };
        pipelineOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(new Request(
            parse.GetValue(input)!,
            parse.GetValue(output),
            parse.GetValue(format)!,
            // The tool always writes "stances" (an empty array without targets), whatever the stages: scripts rely on it.
            new NewsDocumentJsonOptions { IncludeTokens = parse.GetValue(tokens), IncludeText = !parse.GetValue(noText), AlwaysWrittenLayers = [StanceLayer.Key] },
            parse.GetValue(compact),
            parse.GetValue(pattern)!,
            parse.GetValue(recursive),
            parse.GetValue(inputFormat)!,
            parse.GetValue(noProgress),
            pipelineOptions.TargetsOf(parse),
            pipelineOptions.LimitsOf(parse),
            () => pipelineOptions.BuildPipeline(parse, env)), env, cancellationToken));
        root.Subcommands.Add(command);
    }

    private sealed record Request(
        string Input,
        string? Output,
        string Format,
        NewsDocumentJsonOptions Json,
        bool Compact,
        string Pattern,
        bool Recursive,
        string InputFormat,
        bool NoProgress,
        IReadOnlyList<string> Targets,
        InputLimits Limits,
        Func<CliPipeline?> BuildPipeline);

    private static async Task<int> RunAsync(Request request, CliEnvironment env, CancellationToken cancellationToken)
    {
        InputSet? inputs = InputSet.Resolve(request.Input, request.Pattern, request.Recursive, env);
        if (inputs is null)
        {
            return ExitCodes.UsageError;
        }

        bool toStdout = request.Output is null or "-";
        if (request.Output is null && env.StdoutIsTerminal && !inputs.IsSingle)
        {
            env.Error($"{inputs.Documents.Count} documents would be written to the terminal as JSON lines; give --output FILE, redirect standard output, or use --output - to print them anyway.");
            return ExitCodes.UsageError;
        }

        using CliPipeline? cli = request.BuildPipeline();
        if (cli is null)
        {
            return ExitCodes.UsageError;
        }

        bool single = inputs.IsSingle && ArticleFormats.Of(inputs.Documents[0], request.InputFormat) != ArticleFormat.Jsonl;
        bool jsonl = request.Format == "jsonl" || (request.Format == "auto" && !single);
        bool array = !jsonl && !single;
        int total = ExpectedArticles(inputs, request.InputFormat);
        Stream? file = null;
        var progress = new BatchProgress(env, total, live: false);
        try
        {
            file = toStdout ? null : OutputFiles.Create(request.Output!, env);
            if (!toStdout && file is null)
            {
                return ExitCodes.UsageError;
            }

            Stream sink = file ?? env.Stdout;
            bool outputToTerminal = file is null && env.StdoutIsTerminal;
            bool live = !request.NoProgress && env.StderrIsTerminal && !outputToTerminal && total > 1;
            progress = new BatchProgress(env, total, live);
            var clock = Stopwatch.StartNew();
            using (var writer = new DocumentSink(sink, jsonl, array, indented: !jsonl && !request.Compact, request.Json))
            {
                await progress.RunAsync(p => ProcessAsync(cli.Pipeline, inputs, request, writer, p, env, cancellationToken)).ConfigureAwait(false);
                writer.Finish();
            }

            if (file is not null)
            {
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            progress.Summarize(clock.Elapsed);
            return progress.Failed > 0 || inputs.UnreadableFolders > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            env.Error("cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (IOException ex)
        {
            // Only writes throw here (reads become error records): a closed pipe, a full disk. Stop at once, once.
            env.Error($"cannot write output to {(file is null ? "standard output" : $"'{request.Output}'")}: {ex.Message}; stopped after {progress.Done} of {total} documents.");
            return ExitCodes.OutputFailed;
        }
        finally
        {
            OutputFiles.DisposeQuietly(file);
        }
    }

    /// <summary>The number of articles the inputs hold, for the progress bar: one per text or HTML file, one per non-blank line of a JSONL file.</summary>
    internal static int ExpectedArticles(InputSet inputs, string inputFormat)
    {
        int total = 0;
        foreach (InputDocument doc in inputs.Documents)
        {
            total += ArticleFormats.Of(doc, inputFormat) == ArticleFormat.Jsonl && doc.Path is { } path ? CountLines(path) : 1;
        }

        return total;
    }

    private static int CountLines(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            byte[] buffer = new byte[1 << 16];
            int lines = 0, read;
            bool content = false;
            while ((read = stream.Read(buffer)) > 0)
            {
                foreach (byte b in buffer.AsSpan(0, read))
                {
                    if (b == (byte)'\n')
                    {
                        lines += content ? 1 : 0;
                        content = false;
                    }
                    else if (b is not ((byte)' ' or (byte)'\r' or (byte)'\t'))
                    {
                        content = true;
                    }
                }
            }

            return Math.Max(1, lines + (content ? 1 : 0));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 1;
        }
    }

    private static async Task ProcessAsync(
        NewsPipeline pipeline, InputSet inputs, Request request, DocumentSink writer, BatchProgress progress, CliEnvironment env, CancellationToken cancellationToken)
    {
        // A document that cannot be read still goes through the batch (as empty text) so it keeps its place; its
        // error record is written instead of its result.
        var readErrors = new ConcurrentDictionary<int, InputException>();

        var ids = new ConcurrentDictionary<int, string>();

        async IAsyncEnumerable<DocumentInput> Read()
        {
            int n = 0;
            foreach (SourcedArticle sourced in ArticleReader.ReadAll(inputs.Documents, request.InputFormat, env, request.Limits))
            {
                ArticleRead read = sourced.Read;
                int index = n++;
                ids[index] = read.Id;
                if (read.Error is { } error)
                {
                    readErrors[index] = error;
                }

                yield return read.Article is { } article
                    ? new DocumentInput(article.Text, article.ToMetadata(request.Targets))
                    : new DocumentInput("", new DocumentMetadata { Id = read.Id, StanceTargets = request.Targets });
                await Task.Yield();
            }
        }

        await foreach (BatchResult result in pipeline.ProcessManyAsync(Read(), cancellationToken).ConfigureAwait(false))
        {
            string id = result.Input.Metadata?.Id ?? (ids.TryGetValue(result.Index, out string? known) ? known : result.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (readErrors.TryRemove(result.Index, out InputException? readError))
            {
                writer.WriteError(id, readError.Code, readError.Message);
                progress.Fail(id, readError.Message);
            }
            else if (result.Succeeded)
            {
                writer.Write(result.Document);
                progress.Succeeded();
            }
            else
            {
                cancellationToken.ThrowIfCancellationRequested();
                string message = ErrorMessages.Describe(result.Error);
                writer.WriteError(id, DocumentErrorCodes.ProcessingFailed, message);
                progress.Fail(id, message);
            }
        }
    }
}
