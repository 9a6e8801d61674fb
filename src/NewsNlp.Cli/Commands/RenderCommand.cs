using System.CommandLine;
using NewsNlp.Cli.Inputs;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;
using NewsNlp.Documents;
using NewsNlp.Rendering;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp render INPUT --output page.html</c>: one article as a self-contained HTML page.</summary>
internal static class RenderCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var input = new Argument<string>("INPUT") { Description = "One text file (UTF-8, or UTF-16/UTF-32 with a byte-order mark), or - to read the article from standard input." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The HTML file to write (default: standard output).", HelpName = "FILE" };
        var title = new Option<string?>("--title") { Description = "Page title (default: the article's first line).", HelpName = "TEXT" };
        var pipelineOptions = new PipelineCommandOptions();
        var command = new Command("render", """
            Render one article as a self-contained HTML page (inline CSS, no script, no network): named entities
            highlighted by type, quotes coloured by speaker with cue and source marked, a table of speakers with their
            quotes and stances, and the entities by type. Open the file in any browser.

            Examples:
              newsnlp render story.txt --output story.html
              cat story.txt | newsnlp render - -o story.html --targets "The port will reopen"
            """)
        {
            input, output, title,
        };
        pipelineOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(title), pipelineOptions, parse, env, cancellationToken)));
        root.Subcommands.Add(command);
    }

    private static int Run(string input, FileInfo? output, string? title, PipelineCommandOptions pipelineOptions, ParseResult parse, CliEnvironment env, CancellationToken cancellationToken)
    {
        InputSet? inputs = InputSet.ResolveSingle(input, env);
        if (inputs is null)
        {
            return ExitCodes.UsageError;
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
