using System.CommandLine;
using System.CommandLine.Help;
using NewsNlp.Cli.Commands;

namespace NewsNlp.Cli;

/// <summary>Entry point of the <c>newsnlp</c> command.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => RunAsync(args, CliEnvironment.FromConsole());

    /// <summary>Parses and runs <paramref name="args"/> against <paramref name="env"/> (tests call this in-process).</summary>
    internal static async Task<int> RunAsync(string[] args, CliEnvironment env)
    {
        // A plain command named "newsnlp" (with help and version options) rather than a RootCommand, whose usage line
        // would show the assembly name (NewsNlp.Cli) when run through `dotnet NewsNlp.Cli.dll` or the ./newsnlp script.
        var root = new Command("newsnlp", """
            newsnlp: who is mentioned in English news, who said what, and what side they take.

            Start with:
              newsnlp analyze seeds/sindh-floods.txt              JSON: entities, quotes, speakers
              newsnlp render seeds/sindh-floods.txt -o page.html  an HTML page of the article
              newsnlp stages                                      the pipeline's stages
            Run 'newsnlp COMMAND --help' for a command's options.
            """)
        {
            new HelpOption(),
            new VersionOption(),
        };
        TokenizeCommand.Register(root);
        SentenceTrainCommand.Register(root);
        NerCommand.Register(root);
        NerTrainCommand.Register(root);
        StanceTrainCommand.Register(root);
        StanceFncCommand.Register(root);
        QuotesCommand.Register(root);
        QuoteTrainCommand.Register(root);
        AnalyzeCommand.Register(root, env);
        RenderCommand.Register(root, env);
        StagesCommand.Register(root, env);
        await using var output = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 12, leaveOpen: true) { AutoFlush = true };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = env.Stderr }).ConfigureAwait(false);
    }
}
