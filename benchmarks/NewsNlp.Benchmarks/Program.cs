using BenchmarkDotNet.Running;

namespace NewsNlp.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*'</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scaling")
        {
            return ScalingCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "profile")
        {
            return ProfileCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "parallel")
        {
            return ParallelCommand.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
