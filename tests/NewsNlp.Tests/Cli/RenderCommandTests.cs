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
}
