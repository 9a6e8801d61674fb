using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Quotes.Learning;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train-quotes --train DIR [--dev DIR] --output FILE</c>: trains the quote attribution tagger on PolNeAR.</summary>
internal static class QuoteTrainCommand
{
    public static void Register(RootCommand root)
    {
        var train = new Option<DirectoryInfo>("--train") { Description = "PolNeAR training split (text/ and attributions/).", Required = true };
        var dev = new Option<DirectoryInfo?>("--dev") { Description = "PolNeAR dev split, for per-epoch token scores." };
        var output = new Option<FileInfo>("--output") { Description = "Model file to write.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 6 };
        var bits = new Option<int>("--bits") { Description = "Feature buckets as a power of two.", DefaultValueFactory = _ => 19 };
        var command = new Command("train-quotes", "Train the quote attribution tagger (content/cue/source) on PolNeAR.") { train, dev, output, epochs, bits };
        command.SetAction(parse => Run(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!, parse.GetValue(epochs), parse.GetValue(bits)));
        root.Subcommands.Add(command);
    }

    private static int Run(DirectoryInfo train, DirectoryInfo? dev, FileInfo output, int epochs, int bits)
    {
        if (epochs < 1 || bits is < 10 or > 24)
        {
            Console.Error.WriteLine("newsnlp: --epochs must be at least 1 and --bits in [10, 24].");
            return 2;
        }

        try
        {
            var clock = Stopwatch.StartNew();
            IReadOnlyList<PolnearArticle> trainArticles = PolnearCorpus.Read(train.FullName);
            IReadOnlyList<PolnearArticle>? devArticles = dev is null ? null : PolnearCorpus.Read(dev.FullName);
            Console.WriteLine($"train articles {trainArticles.Count}, dev articles {devArticles?.Count ?? 0}");
            AttributionTagger tagger = AttributionTrainer.Train(trainArticles, epochs, bits, Console.Out, devArticles);
            tagger.Save(output.FullName);
            Console.WriteLine($"wrote {output.FullName} ({new FileInfo(output.FullName).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F0} s");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"newsnlp: {ex.Message}");
            return 2;
        }
    }
}
