using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Quotes.Learning;
using NewsNlp.Quotes.Speakers.Ranking;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train-speakers --train DIR [--dev DIR] --output FILE</c>: trains the quote source ranker on PolNeAR.</summary>
internal static class SpeakerTrainCommand
{
    public static void Register(Command root)
    {
        var train = new Option<DirectoryInfo>("--train") { Description = "PolNeAR training split (text/ and attributions/).", Required = true };
        var dev = new Option<DirectoryInfo?>("--dev") { Description = "PolNeAR dev split, for per-epoch source accuracy and the margin sweep." };
        var output = new Option<FileInfo>("--output") { Description = "Model file to write.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training quotes.", DefaultValueFactory = _ => 3 };
        var bits = new Option<int>("--bits") { Description = "Feature buckets as a power of two.", DefaultValueFactory = _ => 18 };
        var margin = new Option<float>("--margin") { Description = "A candidate replaces the current source only when it scores this much higher (stored in the model).", DefaultValueFactory = _ => 8f };
        var ensemble = new Option<int>("--ensemble") { Description = "Rankers trained with different shuffling seeds and averaged into one.", DefaultValueFactory = _ => 5 };
        var embeddedTagger = new Option<bool>("--embedded-tagger") { Description = "Produce the training quotes with the embedded tagger instead of 2-fold cross-validated taggers (faster; experiments only)." };
        var command = new Command("train-speakers", "Train the quote source ranker (which mention is a quote's source) on PolNeAR.") { train, dev, output, epochs, bits, margin, ensemble, embeddedTagger };
        command.SetAction(parse => Run(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!, new SourceRankerTrainingOptions
        {
            Epochs = parse.GetValue(epochs),
            BucketBits = parse.GetValue(bits),
            Margin = parse.GetValue(margin),
            Ensemble = parse.GetValue(ensemble),
            CrossValidatedTagger = !parse.GetValue(embeddedTagger),
        }));
        root.Subcommands.Add(command);
    }

    private static int Run(DirectoryInfo train, DirectoryInfo? dev, FileInfo output, SourceRankerTrainingOptions options)
    {
        if (options.Epochs < 1 || options.BucketBits is < 10 or > 24 || !float.IsFinite(options.Margin) || options.Ensemble is < 1 or > 20)
        {
            Console.Error.WriteLine("newsnlp: --epochs must be at least 1, --bits in [10, 24], --margin a number, --ensemble in [1, 20].");
            return 2;
        }

        try
        {
            var clock = Stopwatch.StartNew();
            IReadOnlyList<PolnearArticle> trainArticles = PolnearCorpus.Read(train.FullName);
            IReadOnlyList<PolnearArticle>? devArticles = dev is null ? null : PolnearCorpus.Read(dev.FullName);
            Console.WriteLine($"train articles {trainArticles.Count}, dev articles {devArticles?.Count ?? 0}");
            SourceRanker ranker = SourceRankerTrainer.Train(trainArticles, options, Console.Out, devArticles);
            ranker.Save(output.FullName);
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
