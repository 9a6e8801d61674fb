using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-render-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Render_writes_a_self_contained_page_with_escaped_text()
    {
        string input = Path.Combine(_dir, "story.txt");
        await File.WriteAllTextAsync(input, "Evil <script>alert(1)</script> headline\n\nAnna Berg of the Red Cross said talks in Geneva would resume.");
        string page = Path.Combine(_dir, "page.html");
        CliResult r = await CliRunner.RunAsync("render", input, "--output", page, "--targets", "Talks will resume");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("wrote", r.Stderr, StringComparison.Ordinal);
        string html = await File.ReadAllTextAsync(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"text\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"stance\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"stance stance-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_to_stdout_and_clear_errors_for_folders_and_missing_files()
    {
        CliResult ok = await CliRunner.RunWithStdinAsync("Plain text from stdin.", "render", "-", "--title", "From <stdin>");
        Assert.True(ok.ExitCode == 0, ok.Stderr);
        Assert.Contains("<title>From &lt;stdin&gt;</title>", ok.Stdout, StringComparison.Ordinal);

        CliResult folder = await CliRunner.RunAsync("render", SharedData.Seed(""));
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("is a folder", folder.Stderr, StringComparison.Ordinal);

        CliResult missing = await CliRunner.RunAsync("render", Path.Combine(_dir, "none.txt"), "-o", Path.Combine(_dir, "x.html"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "x.html")));
    }

    [Fact]
    public async Task Render_a_folder_writes_one_page_per_article_and_an_index()
    {
        string input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, "a.txt"), "Port strike\n\n“We will stay out,” said Anna Berg, a union leader in Rotterdam.");
        await File.WriteAllTextAsync(Path.Combine(input, "index.txt"), "An article named index\n\nTalks in Geneva resumed on Monday.");
        await File.WriteAllBytesAsync(Path.Combine(input, "binary.txt"), [0, 1, 2, 0, 0, 255, 0, 0, 0, 7]);
        string output = Path.Combine(_dir, "pages");

        CliResult r = await CliRunner.RunAsync("render", input, "--output-dir", output);
        Assert.Equal(1, r.ExitCode);   // one input failed, the others were rendered
        Assert.Contains("binary.txt", r.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "a.html")));
        Assert.True(File.Exists(Path.Combine(output, "index-2.html")));   // never overwrites the index page
        string index = await File.ReadAllTextAsync(Path.Combine(output, "index.html"));
        Assert.Contains("<a href=\"a.html\">Port strike</a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"index-2.html\">An article named index</a>", index, StringComparison.Ordinal);
        Assert.Contains("Anna Berg", index, StringComparison.Ordinal);
        Assert.Contains("(failed: ", index, StringComparison.Ordinal);
        Assert.Contains("2 articles rendered, 1 failed", index, StringComparison.Ordinal);
        Assert.Contains("id=\"show-ent-person\"", await File.ReadAllTextAsync(Path.Combine(output, "a.html")), StringComparison.Ordinal);

        CliResult both = await CliRunner.RunAsync("render", input, "--output-dir", output, "--output", Path.Combine(_dir, "x.html"));
        Assert.Equal(2, both.ExitCode);
    }
}
