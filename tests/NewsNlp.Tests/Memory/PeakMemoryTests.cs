using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsNlp.Tests.Quotes;
using Xunit.Abstractions;

namespace NewsNlp.Tests.Memory;

/// <summary>
/// Peak memory of <c>newsnlp analyze</c> per input byte on realistic news: the CLI in a child process (its peak
/// resident set from <c>/usr/bin/time -f %M</c>) on about 6 MB of the seed articles' paragraphs, less its peak on a
/// one-sentence article (the runtime and the loaded models). Issue 14 asks for about 30 bytes per input byte; the
/// bound here is generous (a regression test, not the figure: that is measured with the benchmarks' <c>scaling</c>
/// command, docs/bad-input.md). Runs alone (a timing-style
/// test: other tests would share the machine's memory and cores).
/// </summary>
[Collection(nameof(TimingTests))]
public class PeakMemoryTests : IDisposable
{
    /// <summary>Bytes of peak resident memory per input byte above the loaded CLI that fail the test.</summary>
    private const double BoundBytesPerByte = 50;

    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-memory-").FullName;
    private readonly ITestOutputHelper _output;

    public PeakMemoryTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task Analyze_peaks_below_the_bound_per_input_byte_on_news()
    {
        Skip.IfNot(File.Exists("/usr/bin/time"), "needs GNU time (/usr/bin/time) to read a child's peak memory");
        string small = Path.Combine(_dir, "small.txt");
        string large = Path.Combine(_dir, "large.txt");
        File.WriteAllText(small, "The minister said the talks would resume on Monday.");
        string news = NewsText(6_000_000);
        File.WriteAllText(large, news);

        long baseline = await PeakKilobytesAsync(small);
        long peak = await PeakKilobytesAsync(large);
        double perByte = (peak - baseline) * 1024.0 / Encoding.UTF8.GetByteCount(news);
        _output.WriteLine($"peak {peak / 1024} MB, loaded CLI {baseline / 1024} MB: {perByte:F1} bytes per input byte");
        Assert.True(perByte <= BoundBytesPerByte, $"peak {peak / 1024} MB, loaded CLI {baseline / 1024} MB: {perByte:F1} bytes per input byte (bound {BoundBytesPerByte})");
    }

    private async Task<long> PeakKilobytesAsync(string input)
    {
        string cli = typeof(NewsNlp.Cli.CliEnvironment).Assembly.Location;
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in (string[])["-f", "peak-kb %M", NewsNlp.Tests.Packaging.DotnetProcess.DotnetPath, cli, "analyze", input, "--output", Path.Combine(_dir, "out.json")])
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        string errors = await stderr;
        await stdout;
        Assert.True(process.ExitCode == 0, errors);
        string line = errors.Split('\n').Last(l => l.StartsWith("peak-kb ", StringComparison.Ordinal));
        return long.Parse(line["peak-kb ".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>The seed articles' paragraphs repeated to <paramref name="characters"/> characters.</summary>
    private static string NewsText(int characters)
    {
        string root = typeof(PeakMemoryTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
        string[] paragraphs = [.. Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))];
        var text = new StringBuilder(characters + 4096);
        for (int i = 0; text.Length < characters; i++)
        {
            text.Append(paragraphs[i % paragraphs.Length]).Append("\n\n");
        }

        return text.ToString();
    }
}
