using System.Diagnostics;
using NewsNlp.Documents;
using NewsNlp.Rendering;
using NewsNlp.Tests.Serialization;

namespace NewsNlp.Tests.Rendering;

/// <summary>Opens the rendered page in headless Chromium and checks the browser's DOM (skipped where Chromium is absent).</summary>
public sealed class ChromiumRenderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [SkippableFact]
    public async Task Browser_dom_has_the_highlights_and_no_script_element()
    {
        string chromium = FindChromium();
        string dir = Directory.CreateTempSubdirectory("newsnlp-chromium-").FullName;
        try
        {
            NewsDocument doc = DocumentFixtures.Annotated(HtmlRendererTests.Hostile + DocumentFixtures.Text);
            string page = Path.Combine(dir, "page.html");
            await File.WriteAllTextAsync(page, HtmlRenderer.Render(doc));
            string dom = await DumpDomAsync(chromium, page, Path.Combine(dir, "profile"));

            Assert.Contains("class=\"ent ent-person\"", dom, StringComparison.Ordinal);
            Assert.Contains("class=\"ent ent-loc\"", dom, StringComparison.Ordinal);
            Assert.Contains("class=\"quote q-direct spk-0\"", dom, StringComparison.Ordinal);
            Assert.Contains("class=\"cue spk-0\"", dom, StringComparison.Ordinal);
            Assert.Contains("class=\"speaker spk-0\"", dom, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", dom, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", dom, StringComparison.Ordinal);
            Assert.Contains("data-label=\"PER\"", dom, StringComparison.Ordinal);
            Assert.Contains("<input type=\"checkbox\" class=\"toggle\" id=\"show-ent-person\" checked=\"\">", dom, StringComparison.Ordinal);
            Assert.Contains("<label class=\"switch quote spk-0\" for=\"show-spk-0\">", dom, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SkippableFact]
    public async Task The_page_renders_to_a_screenshot_without_console_errors()
    {
        string chromium = FindChromium();
        string dir = Directory.CreateTempSubdirectory("newsnlp-chromium-").FullName;
        try
        {
            Seeds.SeedArticle seed = Seeds.SeedArticle.Load("rotterdam-port-strike");
            NewsDocument doc = NewsNlp.Pipeline.NewsPipeline.CreateDefault().Process(seed.Text);
            string page = Path.Combine(dir, "page.html");
            await File.WriteAllTextAsync(page, HtmlRenderer.Render(doc));
            string png = Path.Combine(dir, "page.png");
            (int exit, _, string log) = await RunAsync(chromium, Path.Combine(dir, "profile"),
                ["--enable-logging=stderr", "--v=0", "--window-size=1200,1600", "--hide-scrollbars", $"--screenshot={png}", new Uri(page).AbsoluteUri]);

            Assert.True(File.Exists(png), $"no screenshot (exit {exit}): {log}");
            byte[] bytes = await File.ReadAllBytesAsync(png);
            Assert.True(bytes.Length > 20_000, $"screenshot of {bytes.Length} bytes: the page did not render");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            string[] consoleErrors = [.. log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal)
                || l.Contains("Content Security Policy", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal))];
            Assert.True(consoleErrors.Length == 0, string.Join('\n', consoleErrors));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Corpus_report_renders_offline_with_its_chart_tables_and_stance_badges()
    {
        string chromium = FindChromium();
        string dir = Directory.CreateTempSubdirectory("newsnlp-chromium-report-").FullName;
        try
        {
            string db = Path.Combine(dir, "corpus.db");
            await NewsNlp.Tests.Cli.CorpusCliTests.IndexFeedAsync(dir, db);
            string page = Path.Combine(dir, "report.html");
            NewsNlp.Tests.Cli.CliResult r = await NewsNlp.Tests.Cli.CliRunner.RunAsync("report", "--db", db, "--output", page, "--claims", "Taxes will rise", "--interval", "day");
            Assert.True(r.ExitCode == 0, r.Stderr);
            string dom = await DumpDomAsync(chromium, page, Path.Combine(dir, "profile"));

            Assert.Contains("<svg class=\"chart\"", dom, StringComparison.Ordinal);
            Assert.Contains("<polyline class=\"series\"", dom, StringComparison.Ordinal);
            Assert.Contains("id=\"top-speakers\"", dom, StringComparison.Ordinal);
            Assert.Contains("id=\"who-about-whom\"", dom, StringComparison.Ordinal);
            Assert.Contains("class=\"badge st-", dom, StringComparison.Ordinal);
            Assert.Contains("Maria Lopez", dom, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Runs headless Chromium with the shared flags and <paramref name="extra"/>; its exit code, standard output and error.</summary>
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string chromium, string profile, string[] extra)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            $"--user-data-dir={profile}", .. extra])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Chromium did not finish within {Timeout.TotalSeconds} s.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindChromium()
    {
        foreach (string candidate in (string[])["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"])
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Skip.If(true, "Chromium is not installed (apt-get install chromium; .ci/run installs it): headless browser test skipped.");
        return "";
    }

    private static async Task<string> DumpDomAsync(string chromium, string page, string profile)
    {
        (int exit, string dom, string log) = await RunAsync(chromium, profile, ["--dump-dom", new Uri(page).AbsoluteUri]);
        Assert.True(dom.Contains("<html", StringComparison.Ordinal), $"Chromium exited {exit} without a DOM: {log}");
        return dom;
    }
}
