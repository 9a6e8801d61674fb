using System.CommandLine;
using NewsNlp.Cli.Inputs;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;
using NewsNlp.Documents;
using NewsNlp.Rendering;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp render INPUT --output page.html</c>: one article as a self-contained HTML page;
/// <c>newsnlp render DIR --output-dir pages</c>: one page per article plus an index page.
/// </summary>
internal static class RenderCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var input = new Argument<string>("INPUT") { Description = "A text file (UTF-8, or UTF-16/UTF-32 with a byte-order mark), a saved web page (.html, .htm: the article text is extracted with SmartReader, and its title heads the page), a JSONL file of articles (one page per line, with --output-dir), a folder of them (see --pattern), or - to read one article from standard input." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The HTML file to write for one article (default: standard output).", HelpName = "FILE" };
        var outputDir = new Option<DirectoryInfo?>("--output-dir") { Description = "For a folder: where to write one page per article (<name>.html) and index.html.", HelpName = "DIR" };
        var title = new Option<string?>("--title") { Description = "Page title (default: the article's headline, else its first line).", HelpName = "TEXT" };
        var pattern = new Option<string>("--pattern") { Description = "File name pattern for folder input.", DefaultValueFactory = _ => "*.txt", HelpName = "GLOB" };
        var inputFormat = InputFormatOption.Create();
        var pipelineOptions = new PipelineCommandOptions();
        var command = new Command("render", """
            Render an article as a self-contained HTML page (inline CSS, no script, no network): named entities
            highlighted by type with a label badge, quotes coloured by speaker with cue and source marked, a toggle per
            entity type and per speaker, a table of speakers with their quotes and stances, and the entities by type.
            Given a folder, writes one page per article and an index page. Open the files in any browser.

            Examples:
              newsnlp render story.txt --output story.html
              cat story.txt | newsnlp render - -o story.html --targets "The port will reopen"
              newsnlp render articles/ --output-dir pages/      # pages/index.html lists every article
              newsnlp render saved-page.html -o page.html       # the article text of a saved web page
              newsnlp render feed.jsonl --output-dir pages/     # one page per JSONL record
            """)
        {
            input, output, outputDir, title, pattern, inputFormat,
        };
        pipelineOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            new RenderRequest(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(outputDir), parse.GetValue(title), parse.GetValue(pattern)!, parse.GetValue(inputFormat)!),
            pipelineOptions, parse, env, cancellationToken)));
        root.Subcommands.Add(command);
    }

    private static int Run(RenderRequest request, PipelineCommandOptions pipelineOptions, ParseResult parse, CliEnvironment env, CancellationToken cancellationToken)
    {
        (string input, FileInfo? output, DirectoryInfo? outputDir, string? title, _, _) = request;
        InputSet? inputs = InputSet.Resolve(input, request.Pattern, recursive: false, env);
        if (inputs is null)
        {
            return ExitCodes.UsageError;
        }

        bool manyArticles = !inputs.IsSingle || ArticleFormats.Of(inputs.Documents[0], request.InputFormat) == ArticleFormat.Jsonl;
        if (manyArticles || outputDir is not null)
        {
            if (output is not null || outputDir is null)
            {
                env.Error(!manyArticles
                    ? "give either --output FILE or --output-dir DIR, not both."
                    : inputs.IsSingle
                        ? $"'{input}' is a JSONL file (one article a line): give --output-dir DIR for its pages (--output names one page)."
                        : $"'{input}' is a folder: give --output-dir DIR for its pages (--output names one page).");
                return ExitCodes.UsageError;
            }

            return RenderFolder.Run(inputs, outputDir, title, request.InputFormat, pipelineOptions, parse, env, cancellationToken);
        }

        InputDocument source = inputs.Documents[0];
        ArticleRead read = ArticleReader.Read(source, ArticleFormats.Of(source, request.InputFormat), env, pipelineOptions.LimitsOf(parse)).First();
        if (read.Article is not { } article)
        {
            env.Error($"{source.Id}: {read.Error?.Message ?? "no article text."}");
            return ExitCodes.SomeDocumentsFailed;
        }

        string text = article.Text;

        using CliPipeline? cli = pipelineOptions.BuildPipeline(parse, env);
        if (cli is null)
        {
            return ExitCodes.UsageError;
        }

        NewsDocument document;
        try
        {
            document = cli.Pipeline.Process(text, article.ToMetadata(pipelineOptions.TargetsOf(parse)) with { Id = source.Id }, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            env.Error("cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            env.Error($"{source.Id}: {ErrorMessages.Describe(ex)}");
            return ExitCodes.SomeDocumentsFailed;
        }

        var options = new HtmlRenderOptions { Title = title };
        FileStream? file = output is null ? null : OutputFiles.Create(output.FullName, env);
        if (output is not null && file is null)
        {
            return ExitCodes.UsageError;
        }

        try
        {
            using (var writer = new StreamWriter(file ?? env.Stdout, CliEnvironment.Utf8, 1 << 16, leaveOpen: file is null))
            {
                HtmlRenderer.Render(document, writer, options);
            }

            if (output is not null)
            {
                env.Error($"wrote {output.FullName} ({document.Entities.Count} entities, {document.Quotes.Count} quotes, {document.Speakers.Count} speakers)");
            }
        }
        catch (IOException ex)
        {
            env.Error($"cannot write {(output is null ? "standard output" : $"'{output.FullName}'")}: {ex.Message}");
            return ExitCodes.OutputFailed;
        }
        finally
        {
            OutputFiles.DisposeQuietly(file);
        }

        return ExitCodes.Success;
    }
}

/// <summary>What <c>newsnlp render</c> was asked to do.</summary>
internal sealed record RenderRequest(string Input, FileInfo? Output, DirectoryInfo? OutputDir, string? Title, string Pattern, string InputFormat);
