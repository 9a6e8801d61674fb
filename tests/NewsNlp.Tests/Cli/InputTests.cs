using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Tests.Cli;

/// <summary>How every command reads its input: encodings, binary files, standard input, special files (docs/cli.md, "Input").</summary>
public sealed class InputTests : IDisposable
{
    private const string Text = "“We will rebuild,” said Anna Berg in Geneva.";
    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-input-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf-16le", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)] },
        { "utf-16be", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)] },
        { "utf-32le", [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes(Text)] },
        { "utf-32be", [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(Text)] },
        { "utf-8-bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Text_with_a_byte_order_mark_is_decoded_in_its_encoding(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name + ".txt");
        await File.WriteAllBytesAsync(path, bytes);
        CliResult r = await CliRunner.RunAsync("analyze", path, "--stages", "tokenizer", "--compact");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(Text, JsonDocument.Parse(r.Stdout).RootElement.GetProperty("text").GetString());

        CliResult tokens = await CliRunner.RunAsync("tokenize", path);
        Assert.True(tokens.ExitCode == 0, tokens.Stderr);
        Assert.StartsWith("“\nWe\nwill\n", tokens.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_input_is_refused_per_document_with_a_clear_message()
    {
        await File.WriteAllBytesAsync(Path.Combine(_dir, "a-nul.txt"), [.. Encoding.UTF8.GetBytes("PK"), 0x03, 0x04, 0x00, 0x00, .. Encoding.UTF8.GetBytes("rest of a zip")]);
        byte[] noise = new byte[4000];
        new Random(7).NextBytes(noise);
        for (int i = 0; i < noise.Length; i++)
        {
            noise[i] = (byte)(noise[i] | 0x80); // no NUL, mostly invalid UTF-8
        }

        await File.WriteAllBytesAsync(Path.Combine(_dir, "b-noise.txt"), noise);
        await File.WriteAllTextAsync(Path.Combine(_dir, "c-good.txt"), Text);
        CliResult r = await CliRunner.RunAsync("analyze", _dir, "--stages", "tokenizer");
        Assert.Equal(1, r.ExitCode);
        JsonElement[] records = [.. r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal(3, records.Length);
        Assert.Equal("binary", records[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("NUL character at offset 4", records[0].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("binary", records[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("undecodable", records[1].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(Text, records[2].GetProperty("text").GetString());

        CliResult single = await CliRunner.RunAsync("tokenize", Path.Combine(_dir, "a-nul.txt"));
        Assert.Equal(1, single.ExitCode);
        Assert.Equal("", single.Stdout);
        Assert.Contains("not text", single.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_command_that_takes_a_file_reads_standard_input_from_dash()
    {
        CliResult analyze = await CliRunner.RunWithStdinAsync(Text, "analyze", "-", "--stages", "tokenizer", "--compact");
        Assert.True(analyze.ExitCode == 0, analyze.Stderr);
        CliResult render = await CliRunner.RunWithStdinAsync(Text, "render", "-", "--stages", "tokenizer,ner");
        Assert.True(render.ExitCode == 0, render.Stderr);
        Assert.Contains("Geneva", render.Stdout, StringComparison.Ordinal);
        CliResult tokenize = await CliRunner.RunWithStdinAsync(Text, "tokenize", "-");
        Assert.True(tokenize.ExitCode == 0, tokenize.Stderr);
        Assert.Contains("\nGeneva\n", tokenize.Stdout, StringComparison.Ordinal);
        CliResult ner = await CliRunner.RunWithStdinAsync(Text, "ner", "-", "--format", "text");
        Assert.True(ner.ExitCode == 0, ner.Stderr);
        Assert.Contains("\tLOC\tGeneva", ner.Stdout, StringComparison.Ordinal);
        string outDir = Path.Combine(_dir, "quotes");
        CliResult quotes = await CliRunner.RunWithStdinAsync(Text, "quotes", "-", "--output-dir", outDir);
        Assert.True(quotes.ExitCode == 0, quotes.Stderr);
        Assert.Contains("\"content\"", await File.ReadAllTextAsync(Path.Combine(outDir, "stdin.jsonl")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_fifo_in_a_folder_is_skipped_with_a_warning_instead_of_hanging()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFO detection uses statx (Linux)");
        await File.WriteAllTextAsync(Path.Combine(_dir, "a.txt"), Text);
        string fifo = Path.Combine(_dir, "b-pipe.txt");
        using (Process mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
            Skip.If(mkfifo.ExitCode != 0, "mkfifo failed");
        }

        Task<CliResult> run = CliRunner.RunAsync("analyze", _dir, "--stages", "tokenizer");
        Task finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == run, "analyze hung on a FIFO");
        CliResult r = await run;
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("warning: skipping", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("FIFO", r.Stderr, StringComparison.Ordinal);
        Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        CliResult quotes = await CliRunner.RunAsync("quotes", _dir, "--output-dir", Path.Combine(_dir, "out"));
        Assert.True(quotes.ExitCode == 0, quotes.Stderr);
        Assert.Contains("FIFO", quotes.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Devices_and_endless_input_are_stopped_by_the_limit_while_reading()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "needs /dev/zero");
        CliResult zero = await CliRunner.RunAsync("analyze", "/dev/zero", "--stages", "tokenizer");
        Assert.Equal(1, zero.ExitCode);
        Assert.Equal("binary", JsonDocument.Parse(zero.Stdout).RootElement.GetProperty("error").GetProperty("code").GetString());

        var endless = new EndlessText();
        CliResult r = await CliRunner.RunWithStdinAsync(endless, "analyze", "-", "--max-chars", "1000000", "--stages", "tokenizer", "--compact");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("too-long", JsonDocument.Parse(r.Stdout).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.True(endless.BytesRead < 1_300_000, $"read {endless.BytesRead:N0} bytes for a 1,000,000-character limit");
    }

    [Fact]
    public async Task A_regular_file_over_the_limit_is_not_read_to_the_end()
    {
        string path = Path.Combine(_dir, "big.txt");
        await using (var file = File.Create(path))
        {
            file.SetLength(20_000_000); // sparse: reads as NULs, so write real text at the start
            file.Position = 0;
            byte[] line = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The minister said the talks would resume. ", 30_000)));
            await file.WriteAsync(line);
        }

        CliResult r = await CliRunner.RunAsync("analyze", path, "--max-chars", "500000", "--compact");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("too-long", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("stopped reading", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_files_are_named_for_every_command()
    {
        string missing = Path.Combine(_dir, "none.txt");
        foreach (string command in (string[])["analyze", "render", "tokenize", "ner"])
        {
            CliResult r = await CliRunner.RunAsync(command, missing);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("does not exist", r.Stderr, StringComparison.Ordinal);
        }

        CliResult q = await CliRunner.RunAsync("quotes", missing, "--output-dir", Path.Combine(_dir, "out"));
        Assert.Equal(2, q.ExitCode);
    }

    /// <summary>Standard input that never ends ("a a a …").</summary>
    private sealed class EndlessText : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = (byte)(i % 2 == 0 ? 'a' : ' ');
            }

            BytesRead += buffer.Length;
            return buffer.Length;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
