using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsNlp.Cli.Output;
using NewsNlp.Quotes.Learning;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train-quotes --train DIR [--dev DIR] --output FILE</c>: trains the quote attribution tagger on PolNeAR.</summary>
internal static class QuoteTrainCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var train = new Option<DirectoryInfo>("--train") { Description = "PolNeAR training split (text/ and attributions/).", Required = true };
        var dev = new Option<DirectoryInfo>("--dev") { Description = "PolNeAR dev split, for per-epoch token scores." };
        var output = new Option<FileInfo>("--output") { Description = "Model file to write.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data (each pass).", DefaultValueFactory = _ => 8 };
        var bits = new Option<int>("--bits") { Description = "Feature buckets as a power of two.", DefaultValueFactory = _ => 17 };
        var gate = new Option<int>("--gate") { Description = "Sentences tagged: 0 all, 1 with a cue word or quotation mark, 2 those and their paragraph neighbours.", DefaultValueFactory = _ => 1 };
        var single = new Option<bool>("--no-stacking") { Description = "Train only the first pass (no stacked second pass)." };
        var bias = new Option<float>("--outside-bias") { Description = "Subtracted from the Outside score when tagging (recall bias; stored in the model).", DefaultValueFactory = _ => 8f };
        var minMargin = new Option<float>("--min-margin") { Description = "Content spans with a lower mean tagger margin are not reported (stored in the model).", DefaultValueFactory = _ => 25f };
        var ensemble = new Option<int>("--ensemble") { Description = "Models trained with different shuffling seeds and averaged into one.", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Added to the shuffling seeds (0, the shipped model's; another seed moves PolNeAR dev by about a point).", DefaultValueFactory = _ => 0 };
        var noEntities = new Option<bool>("--no-entities") { Description = "Do not run the entity recogniser on the training text (no entity-type features)." };
        train.AcceptExistingOnly();
        dev.AcceptExistingOnly();
        epochs.InRange(1);
        bits.InRange(10, 24);
        gate.InRange(0, 2);
        ensemble.InRange(1, 10);
        var command = new Command("train-quotes", "Train the quote attribution tagger (content/cue/source) on PolNeAR.") { train, dev, output, epochs, bits, gate, single, bias, minMargin, ensemble, noEntities, seed };
        command.SetAction(parse => Run(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!, new AttributionTrainingOptions
        {
            Epochs = parse.GetValue(epochs),
            BucketBits = parse.GetValue(bits),
            GateMode = parse.GetValue(gate),
            Stacked = !parse.GetValue(single),
            OutsideBias = parse.GetValue(bias),
            MinContentMargin = parse.GetValue(minMargin),
            Ensemble = parse.GetValue(ensemble),
            UseEntities = !parse.GetValue(noEntities),
            Seed = parse.GetValue(seed),
        }, env));
        root.Subcommands.Add(command);
    }

    private static int Run(DirectoryInfo train, DirectoryInfo? dev, FileInfo output, AttributionTrainingOptions options, CliEnvironment env)
    {
        using var log = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 12, leaveOpen: true) { AutoFlush = true };
        try
        {
            var clock = Stopwatch.StartNew();
            IReadOnlyList<PolnearArticle> trainArticles = PolnearCorpus.Read(train.FullName);
            IReadOnlyList<PolnearArticle>? devArticles = dev is null ? null : PolnearCorpus.Read(dev.FullName);
            log.WriteLine($"train articles {trainArticles.Count}, dev articles {devArticles?.Count ?? 0}");
            using ILoggerFactory logging = CliLogging.CreateFactory(log);
            AttributionTagger tagger = AttributionTrainer.Train(trainArticles, options, logging.CreateLogger(typeof(AttributionTrainer)), devArticles);
            tagger.Save(output.FullName);
            log.WriteLine($"wrote {output.FullName} ({new FileInfo(output.FullName).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            env.Error(ex.Message);
            return ExitCodes.UsageError;
        }
    }
}
