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
        var input = new Argument<string>("INPUT") { Description = "One text file (UTF-8, or UTF-16/UTF-32 with a byte-order mark), a folder of *.txt files, or - to read the article from standard input." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The HTML file to write for one article (default: standard output).", HelpName = "FILE" };
        var outputDir = new Option<DirectoryInfo?>("--output-dir") { Description = "For a folder: where to write one page per article (<name>.html) and index.html.", HelpName = "DIR" };
        var title = new Option<string?>("--title") { Description = "Page title (default: the article's first line).", HelpName = "TEXT" };
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
            """)
        {
            input, output, outputDir, title,
        };
        pipelineOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(outputDir), parse.GetValue(title), pipelineOptions, parse, env, cancellationToken)));
        root.Subcommands.Add(command);
    }

    private static int Run(string input, FileInfo? output, DirectoryInfo? outputDir, string? title, PipelineCommandOptions pipelineOptions, ParseResult parse, CliEnvironment env, CancellationToken cancellationToken)
    {
        InputSet? inputs = InputSet.Resolve(input, "*.txt", recursive: false, env);
        if (inputs is null)
        {
            return ExitCodes.UsageError;
        }

        if (!inputs.IsSingle || outputDir is not null)
        {
            if (output is not null || outputDir is null)
            {
                env.Error(inputs.IsSingle
                    ? "give either --output FILE or --output-dir DIR, not both."
                    : $"'{input}' is a folder: give --output-dir DIR for its pages (--output names one page).");
                return ExitCodes.UsageError;
            }

            return RenderFolder.Run(inputs, outputDir, title, pipelineOptions, parse, env, cancellationToken);
        }

        InputDocument source = inputs.Documents[0];
        string text;
        try
        {
            text = InputReader.Read(source, env, pipelineOptions.LimitsOf(parse));
        }
        catch (InputException ex)
        {
            env.Error($"{source.Id}: {ex.Message}");
            return ExitCodes.SomeDocumentsFailed;
        }

        using CliPipeline? cli = pipelineOptions.BuildPipeline(parse, env);
        if (cli is null)
        {
            return ExitCodes.UsageError;
        }

        NewsDocument document;
        try
        {
            document = cli.Pipeline.Process(text, new DocumentMetadata { Id = source.Id, StanceTargets = pipelineOptions.TargetsOf(parse) }, cancellationToken);
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
