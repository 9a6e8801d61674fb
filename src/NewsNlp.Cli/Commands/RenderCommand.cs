using System.CommandLine;
using NewsNlp.Cli.Inputs;
using NewsNlp.Cli.Pipeline;
using NewsNlp.Documents;
using NewsNlp.Rendering;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp render INPUT --output page.html</c>: one article as a self-contained HTML page.</summary>
internal static class RenderCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var input = new Argument<string>("INPUT") { Description = "One UTF-8 text file, or - to read the article from standard input." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The HTML file to write (default: standard output).", HelpName = "FILE" };
        var title = new Option<string?>("--title") { Description = "Page title (default: the article's first line).", HelpName = "TEXT" };
        var pipelineOptions = new PipelineCommandOptions();
        var command = new Command("render", """
            Render one article as a self-contained HTML page (inline CSS, no script, no network): named entities
            highlighted by type, quotes coloured by speaker with cue and source marked, a table of speakers with their
            quotes and stances, and the entities by type. Open the file in any browser.

            Examples:
              newsnlp render seeds/sindh-floods.txt --output sindh.html
              newsnlp render story.txt -o story.html --targets "The port will reopen"
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
        InputSet? inputs = InputSet.Resolve(input, "*.txt", recursive: false, env, allowFolder: false);
        if (inputs is null)
        {
            return ExitCodes.UsageError;
        }

        InputDocument source = inputs.Documents[0];
        string text;
        try
        {
            text = InputSet.ReadText(source, env);
        }
        catch (IOException ex)
        {
            env.Error($"cannot read '{source.Id}': {ex.Message}");
            return ExitCodes.UsageError;
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
            env.Error($"{source.Id}: {ex.Message}");
            return ExitCodes.SomeDocumentsFailed;
        }

        var options = new HtmlRenderOptions { Title = title };
        try
        {
            if (output is null)
            {
                using var writer = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 16, leaveOpen: true);
                HtmlRenderer.Render(document, writer, options);
            }
            else
            {
                using (var writer = new StreamWriter(output.FullName, append: false, CliEnvironment.Utf8))
                {
                    HtmlRenderer.Render(document, writer, options);
                }

                env.Error($"wrote {output.FullName} ({document.Entities.Count} entities, {document.Quotes.Count} quotes, {document.Speakers.Count} speakers)");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            env.Error($"cannot write '{output?.FullName ?? "standard output"}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        return ExitCodes.Success;
    }
}
