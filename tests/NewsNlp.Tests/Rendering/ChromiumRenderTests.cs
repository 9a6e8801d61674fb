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
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
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
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            $"--user-data-dir={profile}", "--dump-dom", new Uri(page).AbsoluteUri])
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

        string dom = await stdout;
        Assert.True(dom.Contains("<html", StringComparison.Ordinal), $"Chromium exited {process.ExitCode} without a DOM: {await stderr}");
        return dom;
    }
}
