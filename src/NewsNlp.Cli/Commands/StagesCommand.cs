using System.CommandLine;
using NewsNlp.Cli.Pipeline;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp stages</c>: lists the pipeline's stages with what they require and produce.</summary>
internal static class StagesCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var command = new Command("stages", "List the stages of the pipeline, in order, with the annotations each requires and produces (names for --stages).");
        command.SetAction(_ => Run(env));
        root.Subcommands.Add(command);
    }

    private static int Run(CliEnvironment env)
    {
        using CliPipeline cli = CliPipelineFactory.Create();
        using var output = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 12, leaveOpen: true);
        IReadOnlyList<IPipelineStage> stages = cli.Pipeline.Stages;
        int width = Math.Max(5, stages.Max(s => s.Name.Length));
        output.WriteLine($"{"stage".PadRight(width)}  {"requires",-28}  produces");
        foreach (IPipelineStage stage in stages)
        {
            string requires = stage.Requires.Count == 0 ? "-" : string.Join(", ", stage.Requires);
            output.WriteLine($"{stage.Name.PadRight(width)}  {requires,-28}  {string.Join(", ", stage.Produces)}");
        }

        output.WriteLine();
        output.WriteLine("Run a subset with: newsnlp analyze FILE --stages " + string.Join(',', stages.Take(2).Select(s => s.Name)));
        return ExitCodes.Success;
    }
}
