using System.Text.Json;

namespace NewsNlp.Tests.Cli;

/// <summary>Every input keeps its line; output failures stop the run with their own exit code.</summary>
public sealed class BatchOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    public async Task A_failed_document_leaves_an_error_record_in_its_place(string format)
    {
        Write("1.txt", "The minister said the talks would resume.");
        Write("2.txt", new string('x', 300));
        File.WriteAllBytes(Path.Combine(_dir, "3.txt"), [(byte)'a', 0, (byte)'b']);
        Write("4.txt", "Another short article.");
        CliResult r = await CliRunner.RunAsync("analyze", _dir, "--max-chars", "200", "--format", format, "--stages", "tokenizer");
        Assert.Equal(1, r.ExitCode);
        JsonElement[] records = format == "jsonl"
            ? [.. r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)]
            : [.. JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray()];
        Assert.Equal(["1.txt", "2.txt", "3.txt", "4.txt"], records.Select(e => Path.GetFileName(e.GetProperty("id").GetString())));
        Assert.Equal("too-long", records[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("--max-chars", records[1].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("binary", records[2].GetProperty("error").GetProperty("code").GetString());
        Assert.False(records[0].TryGetProperty("error", out _));
        Assert.Equal("newsnlp.document/2", records[3].GetProperty("schema").GetString());
        Assert.Contains("analyzed 2 of 4 documents", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_pipe_stops_the_batch_with_exit_code_3_and_no_success_summary()
    {
        for (int i = 0; i < 40; i++)
        {
            Write($"{i:D2}.txt", "The minister said the talks would resume on Monday.");
        }

        var pipe = new ClosingPipe(acceptBytes: 600);
        CliResult r = await CliRunner.RunWithStdoutAsync(pipe, stdoutIsTerminal: false, "analyze", _dir, "--stages", "tokenizer", "--parallel", "2");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("cannot write output to standard output: Broken pipe", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("analyzed", r.Stderr, StringComparison.Ordinal);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(pipe.WriteAttempts < 10, $"kept writing after the pipe closed: {pipe.WriteAttempts} writes");
    }

    [SkippableFact]
    public async Task A_real_closed_pipe_is_noticed_by_the_process()
    {
        // .NET's console stream ignores EPIPE; the CLI writes through its own stream on descriptor 1 so this fails.
        Skip.If(OperatingSystem.IsWindows(), "EPIPE is a Unix behaviour");
        for (int i = 0; i < 300; i++)
        {
            Write($"{i:D3}.txt", "The minister said the talks would resume on Monday, officials in Geneva said.");
        }

        string cli = typeof(NewsNlp.Cli.CliEnvironment).Assembly.Location;
        var start = new System.Diagnostics.ProcessStartInfo(NewsNlp.Tests.Packaging.DotnetProcess.DotnetPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in (string[])[cli, "analyze", _dir, "--stages", "tokenizer", "--parallel", "1"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        char[] head = new char[100];
        int got = await process.StandardOutput.ReadAsync(head);
        Assert.True(got > 0);
        process.StandardOutput.Close(); // like `| head -c 100`
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        string errors = await stderr;
        Assert.Equal(3, process.ExitCode);
        Assert.Contains("Broken pipe", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("analyzed 300 of 300", errors, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Output_and_messages_redirected_to_one_file_keep_every_line()
    {
        // `newsnlp analyze DIR > out 2>&1`: standard output once wrote at its own file position, so the messages on
        // standard error overwrote the first document (and the documents the messages).
        Skip.If(OperatingSystem.IsWindows() || !File.Exists("/bin/sh"), "needs a Unix shell for the redirection");
        for (int i = 0; i < 3; i++)
        {
            Write($"{i}.txt", "The minister said the talks would resume on Monday, officials in Geneva said.");
        }

        File.WriteAllBytes(Path.Combine(_dir, "3.txt"), [0, 1, 2, (byte)'b', (byte)'i', (byte)'n']);
        string output = Path.Combine(_dir, "out.log");
        string cli = typeof(NewsNlp.Cli.CliEnvironment).Assembly.Location;
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (string arg in (string[])["-c", "exec \"$0\" \"$1\" analyze \"$2\" --stages tokenizer --parallel 1 > \"$3\" 2>&1",
            NewsNlp.Tests.Packaging.DotnetProcess.DotnetPath, cli, _dir, output])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        string[] lines = File.ReadAllLines(output);
        string[] documents = [.. lines.Where(l => l.StartsWith('{'))];
        string[] messages = [.. lines.Where(l => l.StartsWith("newsnlp:", StringComparison.Ordinal))];
        Assert.Equal(lines.Length, documents.Length + messages.Length);
        Assert.Equal(4, documents.Length);
        Assert.All(documents, d => System.Text.Json.JsonDocument.Parse(d).Dispose());
        Assert.Contains(messages, m => m.Contains("not text", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("analyzed 3 of 4", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_full_disk_gives_one_clear_error_and_exit_code_3()
    {
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full");
        Write("a.txt", "The minister said the talks would resume.");
        Write("b.txt", "Another short article.");
        foreach (string input in (string[])[_dir, Path.Combine(_dir, "a.txt")])
        {
            CliResult r = await CliRunner.RunAsync("analyze", input, "--output", "/dev/full", "--stages", "tokenizer");
            Assert.Equal(3, r.ExitCode);
            string[] lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(lines);
            Assert.Contains("No space left on device", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Render_and_tokenize_report_a_full_disk_the_same_way()
    {
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full");
        Write("a.txt", "The minister said the talks would resume.");
        CliResult render = await CliRunner.RunAsync("render", Path.Combine(_dir, "a.txt"), "--output", "/dev/full", "--stages", "tokenizer");
        Assert.Equal(3, render.ExitCode);
        var pipe = new ClosingPipe(acceptBytes: 0);
        CliResult tokenize = await CliRunner.RunWithStdoutAsync(pipe, false, "tokenize", Path.Combine(_dir, "a.txt"));
        Assert.Equal(3, tokenize.ExitCode);
        Assert.Contains("Broken pipe", tokenize.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("analyze", "--help")]
    [InlineData("stages")]
    public async Task Help_and_listings_to_a_closed_pipe_exit_3_without_a_stack_trace(params string[] args)
    {
        var pipe = new ClosingPipe(acceptBytes: 10);
        CliResult r = await CliRunner.RunWithStdoutAsync(pipe, false, args);
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("newsnlp: cannot write output: Broken pipe", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);

    /// <summary>Standard output whose reader goes away after <c>acceptBytes</c>: later writes fail as EPIPE does.</summary>
    private sealed class ClosingPipe(int acceptBytes) : Stream
    {
        private long _written;

        public int WriteAttempts { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            WriteAttempts++;
            if (_written + buffer.Length > acceptBytes)
            {
                throw new IOException("Broken pipe");
            }

            _written += buffer.Length;
        }
    }
}
