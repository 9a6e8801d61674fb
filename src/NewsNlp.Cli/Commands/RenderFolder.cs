using System.CommandLine;
using NewsNlp.Cli.Inputs;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;
using NewsNlp.Corpus.Inputs;
using NewsNlp.Documents;
using NewsNlp.Rendering;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp render DIR --output-dir OUT</c>: one page per article (<c>name.html</c>) and <c>index.html</c>.</summary>
internal static class RenderFolder
{
    public const string IndexFileName = "index.html";

    public static int Run(InputSet inputs, DirectoryInfo outputDir, string? title, string inputFormat, PipelineCommandOptions pipelineOptions, ParseResult parse, CliEnvironment env, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(outputDir.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error($"cannot create '{outputDir.FullName}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        using CliPipeline? cli = pipelineOptions.BuildPipeline(parse, env);
        if (cli is null)
        {
            return ExitCodes.UsageError;
        }

        var articles = new List<RenderedArticle>(inputs.Documents.Count);
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { IndexFileName };
        int failures = inputs.UnreadableFolders;
        foreach ((InputDocument source, ArticleRead read, bool isRecord) in ArticleReader.ReadAll(inputs.Documents, inputFormat, env, pipelineOptions.LimitsOf(parse)))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                env.Error("cancelled.");
                return ExitCodes.Cancelled;
            }

            string fileName = PageName(source, isRecord ? read.Id : null, usedNames);
            string id = isRecord ? read.Id : source.Path is null ? source.Id : Path.GetFileName(source.Path);
            NewsDocument document;
            try
            {
                ArticleInput article = read.Article ?? throw read.Error ?? new InputException(ArticleReader.BadRecord, "no article text.");
                document = cli.Pipeline.Process(article.Text, article.ToMetadata(pipelineOptions.TargetsOf(parse)) with { Id = id }, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                env.Error("cancelled.");
                return ExitCodes.Cancelled;
            }
            catch (Exception ex) when (ex is InputException or ArgumentException or InvalidOperationException)
            {
                string message = ex is InputException ? ex.Message : ErrorMessages.Describe(ex);
                env.Error($"{(isRecord ? $"{source.Id}: {read.Id}" : source.Id)}: {message}");
                articles.Add(new RenderedArticle(fileName, id, 0, 0, [], message));
                failures++;
                continue;
            }

            if (!WritePage(Path.Combine(outputDir.FullName, fileName), w => HtmlRenderer.Render(document, w), env))
            {
                return ExitCodes.OutputFailed;
            }

            articles.Add(HtmlIndexRenderer.Summarize(document, fileName));
        }

        string indexPath = Path.Combine(outputDir.FullName, IndexFileName);
        if (!WritePage(indexPath, w => HtmlIndexRenderer.Render(articles, w, title ?? "NewsNlp articles"), env))
        {
            return ExitCodes.OutputFailed;
        }

        env.Error($"wrote {articles.Count - failures} pages and {indexPath}{(failures > 0 ? $"; {failures} inputs failed" : "")}");
        return failures > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Success;
    }

    /// <summary>
    /// <c>story.txt</c> → <c>story.html</c>; a JSONL record → <c>feed-&lt;its id&gt;.html</c> (letters, digits, '-', '_' and
    /// '.' kept); a name already used (or <c>index</c>) gets a numeric suffix.
    /// </summary>
    private static string PageName(InputDocument source, string? recordId, HashSet<string> used)
    {
        string stem = source.Path is null ? "stdin" : Path.GetFileNameWithoutExtension(source.Path);
        if (recordId is not null)
        {
            string safe = new([.. recordId.Take(80).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
            stem = $"{stem}-{safe.Trim('.')}";
        }

        string name = stem + ".html";
        for (int n = 2; !used.Add(name); n++)
        {
            name = $"{stem}-{n}.html";
        }

        return name;
    }

    private static bool WritePage(string path, Action<TextWriter> render, CliEnvironment env)
    {
        FileStream? file = OutputFiles.Create(path, env);
        if (file is null)
        {
            return false;
        }

        try
        {
            using var writer = new StreamWriter(file, CliEnvironment.Utf8, 1 << 16);
            render(writer);
            return true;
        }
        catch (IOException ex)
        {
            env.Error($"cannot write '{path}': {ex.Message}");
            return false;
        }
        finally
        {
            OutputFiles.DisposeQuietly(file);
        }
    }
}
