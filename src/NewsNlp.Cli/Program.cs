using System.CommandLine;
using NewsNlp.Cli.Commands;

namespace NewsNlp.Cli;

/// <summary>Entry point of the <c>newsnlp</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("newsnlp: who is mentioned in English news, who said what, and what side they take.");
        TokenizeCommand.Register(root);
        NerCommand.Register(root);
        NerTrainCommand.Register(root);
        StanceTrainCommand.Register(root);
        StanceFncCommand.Register(root);
        return root.Parse(args).Invoke();
    }
}
