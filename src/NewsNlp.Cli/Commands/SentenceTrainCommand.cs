using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsNlp.Cli.Output;
using NewsNlp.Tokenization;
using NewsNlp.Tokenization.Training;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train-sentences --conllu FILE... --output MODEL [--evaluate FILE...]</c>.</summary>
internal static class SentenceTrainCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var conllu = new Option<FileInfo[]>("--conllu") { Description = "CoNLL-U training files (UD dev files; never test).", Required = true, AllowMultipleArgumentsPerToken = true };
        conllu.AcceptExistingOnly();
        var output = new Option<FileInfo>("--output") { Description = "Model file to write.", Required = true };
        var evaluate = new Option<FileInfo[]>("--evaluate") { Description = "CoNLL-U files to score the trained model on (not trained on).", AllowMultipleArgumentsPerToken = true };
        evaluate.AcceptExistingOnly();
        var epochs = new Option<int>("--epochs") { Description = "Maximum epochs.", DefaultValueFactory = _ => new SentenceTrainingOptions().Epochs };
        var bits = new Option<int>("--bucket-bits") { Description = "Feature buckets as a power of two.", DefaultValueFactory = _ => new SentenceTrainingOptions().BucketBits };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => new SentenceTrainingOptions().Seed };
        var holdOut = new Option<int>("--hold-out-every") { Description = "Every n-th document is held out to choose the epoch and threshold.", DefaultValueFactory = _ => new SentenceTrainingOptions().HoldOutEvery };
        epochs.InRange(1);
        bits.InRange(12, 22);
        holdOut.InRange(2);
        var command = new Command("train-sentences", "Train the sentence-boundary classifier on UD CoNLL-U files (deterministic; prints held-out figures).")
        {
            conllu, output, evaluate, epochs, bits, seed, holdOut,
        };
        command.SetAction(parse => Run(
            parse.GetValue(conllu)!,
            parse.GetValue(output)!,
            parse.GetValue(evaluate) ?? [],
            new SentenceTrainingOptions { Epochs = parse.GetValue(epochs), BucketBits = parse.GetValue(bits), Seed = parse.GetValue(seed), HoldOutEvery = parse.GetValue(holdOut) },
            env));
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo[] files, FileInfo output, FileInfo[] evaluate, SentenceTrainingOptions options, CliEnvironment env)
    {
        using var log = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 12, leaveOpen: true) { AutoFlush = true };
        var clock = Stopwatch.StartNew();
        var documents = new List<UdDocument>();
        foreach (FileInfo f in files)
        {
            documents.AddRange(UdDocument.Build(ConlluReader.ReadFile(f.FullName)));
        }

        string description = "trained on " + string.Join(", ", files.Select(f => f.Name)) + $" (every {options.HoldOutEvery}th document held out), seed {options.Seed}, {options.BucketBits}-bit buckets";
        using ILoggerFactory logging = CliLogging.CreateFactory(log);
        SentenceBoundaryModel model = SentenceBoundaryTrainer.Train(documents, options, description, logging.CreateLogger(typeof(SentenceBoundaryTrainer)));
        model.Save(output.FullName);
        output.Refresh();
        log.WriteLine($"train-sentences: wrote {output.FullName} ({output.Length / 1024.0:F0} KB) in {clock.Elapsed.TotalSeconds:F0} s");
        foreach (FileInfo f in evaluate)
        {
            IReadOnlyList<UdDocument> test = UdDocument.Build(ConlluReader.ReadFile(f.FullName));
            log.WriteLine($"{f.Name}: model   {UdScore.Evaluate(test, NewsTokenizer.Default, new LearnedSentenceSplitter(model))}");
            log.WriteLine($"{f.Name}: rules   {UdScore.Evaluate(test, NewsTokenizer.Default, SentenceSplitter.Default)}");
        }

        return ExitCodes.Success;
    }
}
