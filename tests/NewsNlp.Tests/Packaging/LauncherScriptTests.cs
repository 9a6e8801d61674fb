using System.Diagnostics;
using System.Xml.Linq;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Packaging;

/// <summary>
/// The <c>./newsnlp</c> launcher rebuilds the CLI when a file its build reads is newer than the build: it must watch
/// every project the CLI references (directly or not), the MSBuild and SDK settings above them, and the files outside
/// <c>src/</c> the projects embed (the model manifests under <c>packaging/models</c>), not only <c>src/</c>.
/// </summary>
public sealed class LauncherScriptTests
{
    [SkippableFact]
    public void The_rebuild_check_watches_every_input_of_the_CLI_build()
    {
        Skip.If(OperatingSystem.IsWindows(), "The launcher is a bash script.");
        string root = SharedData.RepoRoot;
        string[] watched = [.. WatchedInputs(root).Select(p => Path.GetFullPath(p).TrimEnd('/'))];

        foreach (string project in ProjectClosure(Path.Combine(root, "src", "NewsNlp.Cli", "NewsNlp.Cli.csproj")))
        {
            string folder = Path.GetDirectoryName(project)!;
            Assert.True(watched.Contains(folder), $"the launcher does not watch {Path.GetRelativePath(root, folder)}, which the CLI build compiles");

            // Every file the project embeds from outside its own folder (model manifests) is watched too.
            foreach (string include in Includes(project, "EmbeddedResource"))
            {
                string file = Path.GetFullPath(Path.Combine(folder, include.Replace("$(MSBuildProjectName)", Path.GetFileNameWithoutExtension(project), StringComparison.Ordinal)));
                if (!file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file))
                {
                    Assert.True(watched.Any(w => file == w || file.StartsWith(w + Path.DirectorySeparatorChar, StringComparison.Ordinal)),
                        $"the launcher does not watch {Path.GetRelativePath(root, file)}, which {Path.GetFileName(project)} embeds");
                }
            }
        }

        foreach (string settings in (string[])["Directory.Build.props", "Directory.Packages.props", "global.json", Path.Combine("src", "Directory.Build.props"), Path.Combine("src", "NewsNlp.Models.props")])
        {
            Assert.Contains(Path.Combine(root, settings), watched);
        }

        // The shared props embed each model project's manifest from packaging/models.
        Assert.Contains(Path.Combine(root, "packaging", "models"), watched);
    }

    private static string[] WatchedInputs(string root)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(root, "newsnlp"));
        start.Environment["NEWSNLP_LIST_INPUTS"] = "1";
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the launcher did not answer within a minute");
        Assert.True(process.ExitCode == 0, $"the launcher failed to list its inputs: {errors}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The project and every project it references, directly or not.</summary>
    private static List<string> ProjectClosure(string project)
    {
        var found = new List<string>();
        var queue = new Queue<string>([Path.GetFullPath(project)]);
        while (queue.Count > 0)
        {
            string next = queue.Dequeue();
            if (found.Contains(next))
            {
                continue;
            }

            found.Add(next);
            foreach (string reference in Includes(next, "ProjectReference"))
            {
                queue.Enqueue(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, reference.Replace('\\', '/'))));
            }
        }

        return found;
    }

    private static IEnumerable<string> Includes(string project, string item) =>
        XDocument.Load(project).Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>();
}
