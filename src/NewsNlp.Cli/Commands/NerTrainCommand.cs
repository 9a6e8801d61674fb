using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsNlp.Cli.Output;
using NewsNlp.Entities;
using NewsNlp.Entities.Training;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train-ner --train FILE --dev FILE --output MODEL</c>.</summary>
internal static class NerTrainCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var train = new Option<FileInfo>("--train") { Description = "Training data in CoNLL-2003 layout.", Required = true };
        var dev = new Option<FileInfo>("--dev") { Description = "Development data in CoNLL-2003 layout (chooses the epoch).", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Model file to write.", Required = true };
        var gazetteers = new Option<DirectoryInfo>("--gazetteers") { Description = "Folder of gazetteer lists compiled into the model (e.g. ../shared/data/gazetteers)." };
        var unlabeled = new Option<DirectoryInfo>("--unlabeled") { Description = "Folder of unlabelled news text for word clusters (e.g. ../shared/data/unlabeled)." };
        var epochs = new Option<int>("--epochs") { Description = "Maximum epochs.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var bits = new Option<int>("--bucket-bits") { Description = "Feature buckets as a power of two.", DefaultValueFactory = _ => new NerTrainingOptions().BucketBits };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed (of the first run).", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var runs = new Option<int>("--runs") { Description = "Training runs with consecutive seeds whose weights are averaged.", DefaultValueFactory = _ => new NerTrainingOptions().Runs };
        var noDoc = new Option<bool>("--no-document-features") { Description = "Disable document-level features." };
        var onePass = new Option<bool>("--single-pass") { Description = "Disable the second decoding pass." };
        train.AcceptExistingOnly();
        dev.AcceptExistingOnly();
        gazetteers.AcceptExistingOnly();
        unlabeled.AcceptExistingOnly();
        epochs.InRange(1);
        bits.InRange(12, 24);
        runs.InRange(1, 20);
        var command = new Command("train-ner", "Train the named-entity recognizer (deterministic; prints dev F1 per epoch).")
        {
            train, dev, output, gazetteers, unlabeled, epochs, bits, seed, runs, noDoc, onePass,
        };
        command.SetAction(parse =>
        {
            var options = new NerTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                BucketBits = parse.GetValue(bits),
                Seed = parse.GetValue(seed),
                Runs = parse.GetValue(runs),
                DocumentFeatures = !parse.GetValue(noDoc),
                SecondPass = !parse.GetValue(onePass),
                GazetteerDirectory = parse.GetValue(gazetteers)?.FullName,
                UnlabeledDirectory = parse.GetValue(unlabeled)?.FullName,
            };
            return Run(parse.GetValue(train)!, parse.GetValue(dev)!, parse.GetValue(output)!, options, env);
        });
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo train, FileInfo dev, FileInfo output, NerTrainingOptions options, CliEnvironment env)
    {
        using var log = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 12, leaveOpen: true) { AutoFlush = true };
        var clock = Stopwatch.StartNew();
        using ILoggerFactory logging = CliLogging.CreateFactory(log);
        PerceptronEntityRecognizer model = NerTrainer.Train(ConllReader.ReadFile(train.FullName), ConllReader.ReadFile(dev.FullName), options, logging.CreateLogger(typeof(NerTrainer)));
        model.Save(output.FullName);
        output.Refresh();
        log.WriteLine($"train-ner: wrote {output.FullName} ({output.Length / 1024.0 / 1024.0:F1} MB) in {clock.Elapsed.TotalSeconds:F0} s");
        return ExitCodes.Success;
    }
}
