using NewsNlp.Cli;
using NewsNlp.Cli.Inputs;

namespace NewsNlp.Tests.Cli;

public sealed class FolderWalkerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsnlp-walk-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void An_unreadable_subfolder_is_reported_and_the_rest_is_still_listed()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "a"));
        Directory.CreateDirectory(Path.Combine(_dir, "locked"));
        Directory.CreateDirectory(Path.Combine(_dir, "z"));
        File.WriteAllText(Path.Combine(_dir, "top.txt"), "x");
        File.WriteAllText(Path.Combine(_dir, "a", "one.txt"), "x");
        File.WriteAllText(Path.Combine(_dir, "locked", "hidden.txt"), "x");
        File.WriteAllText(Path.Combine(_dir, "z", "two.txt"), "x");
        var warnings = new List<string>();
        var walker = new FolderWalker(new DenyingListing(Path.Combine(_dir, "locked")), FileKinds.Of);

        FolderContents contents = walker.Walk(_dir, "*.txt", recursive: true, warnings.Add);

        Assert.Equal(["a/one.txt", "top.txt", "z/two.txt"], contents.Files.Select(f => Path.GetRelativePath(_dir, f).Replace('\\', '/')));
        Assert.Equal(1, contents.UnreadableFolders);
        Assert.Contains(warnings, w => w.Contains("locked", StringComparison.Ordinal) && w.Contains("Permission denied", StringComparison.Ordinal));
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_cli_runs_the_rest_of_the_batch_and_exits_1_when_a_subfolder_is_unreadable()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions");
        Skip.If(UnprivilegedCli.WhyNot is not null, UnprivilegedCli.WhyNot);

        // The CLI runs as a user without privileges (nobody when the tests run as root): the batch is open to all but
        // one subfolder, which nobody may list.
        File.SetUnixFileMode(_dir, (UnixFileMode)0b111_101_101);
        Directory.CreateDirectory(Path.Combine(_dir, "a"));
        Directory.CreateDirectory(Path.Combine(_dir, "locked"));
        File.WriteAllText(Path.Combine(_dir, "a", "one.txt"), "A second story.");
        File.WriteAllText(Path.Combine(_dir, "locked", "hidden.txt"), "A hidden story.");
        File.WriteAllText(Path.Combine(_dir, "top.txt"), "Top story.");
        File.SetUnixFileMode(Path.Combine(_dir, "locked"), UnixFileMode.None);
        try
        {
            CliResult r = await UnprivilegedCli.RunAsync(_dir, "analyze", _dir, "-r", "--stages", "tokenizer");
            Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}: {r.Stderr}");
            string[] documents = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, documents.Length);
            Assert.Contains(documents, d => d.Contains("A second story.", StringComparison.Ordinal));
            Assert.Contains(documents, d => d.Contains("Top story.", StringComparison.Ordinal));
            Assert.DoesNotContain("hidden", r.Stdout, StringComparison.Ordinal);
            Assert.Contains("cannot list folder", r.Stderr, StringComparison.Ordinal);
            Assert.Contains("locked", r.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(_dir, "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [SkippableFact]
    public void Special_files_are_skipped_with_a_warning()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "statx is Linux-only");
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_dir));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(_dir, "nothing")));
        string file = Path.Combine(_dir, "f.txt");
        File.WriteAllText(file, "x");
        Assert.Equal(FileKind.Regular, FileKinds.Of(file));
    }

    /// <summary>The real file system, except that one folder cannot be listed (as a folder without read permission).</summary>
    private sealed class DenyingListing(string denied) : IFolderListing
    {
        public IEnumerable<string> Files(string folder, string pattern) =>
            folder == denied ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied: Permission denied") : FileSystemListing.Instance.Files(folder, pattern);

        public IEnumerable<string> Folders(string folder) =>
            folder == denied ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied: Permission denied") : FileSystemListing.Instance.Folders(folder);
    }
}
