using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsNlp.Cli.Output;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Training;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train-stance --stances train_stances.csv --bodies train_bodies.csv --output model.zip</c>.</summary>
internal static class StanceTrainCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var stances = new Option<FileInfo>("--stances") { Description = "Labelled FNC-1 stances CSV (Headline,Body ID,Stance): a train split.", Required = true };
        var bodies = new Option<FileInfo>("--bodies") { Description = "FNC-1 bodies CSV (Body ID,articleBody).", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Model zip to write.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the dev split and of the learners.", DefaultValueFactory = _ => new StanceTrainingOptions().Seed };
        var devFraction = new Option<double>("--dev-fraction") { Description = "Fraction of claims (headlines and bodies of one story) held out as dev.", DefaultValueFactory = _ => new StanceTrainingOptions().DevFraction };
        var noRefit = new Option<bool>("--no-refit") { Description = "Keep the model fitted on the train split only (do not refit on train + dev)." };
        var classWeights = new Option<double[]>("--class-weights") { Description = "Example weights of agree, disagree and discuss in the stance model (default 1.5 4 1).", AllowMultipleArgumentsPerToken = true };
        var bodyPooling = new Option<bool>("--body-pooling") { Description = "Also try same-body pooling weights 0.25, 0.5, 0.75 and 1 on dev (each with its own calibration) and keep the best (stance-fnc pools the headlines of one body)." };
        var command = new Command("train-stance", "Train the stance model on FNC-1 CSVs; prints dev metrics (FNC score, macro-F1, confusion matrix).")
        {
            stances, bodies, output, seed, devFraction, noRefit, bodyPooling, classWeights,
        };
        command.SetAction(parse => Run(parse.GetValue(stances)!, parse.GetValue(bodies)!, parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(devFraction), parse.GetValue(noRefit), parse.GetValue(bodyPooling), parse.GetValue(classWeights), env));
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo stancesFile, FileInfo bodiesFile, FileInfo outputFile, int seed, double devFraction, bool noRefit, bool bodyPooling, double[]? classWeights, CliEnvironment env)
    {
        foreach (FileInfo f in new[] { stancesFile, bodiesFile })
        {
            if (f.Name.Contains("competition_test", StringComparison.OrdinalIgnoreCase) || f.FullName.Contains("emergent", StringComparison.OrdinalIgnoreCase))
            {
                env.Stderr.WriteLine($"newsnlp train-stance: refusing to train on '{f.FullName}': FNC-1 competition test and Emergent data are for evaluation only.");
                return ExitCodes.UsageError;
            }
        }

        if (devFraction is < 0 or > 0.9)
        {
            env.Stderr.WriteLine("newsnlp train-stance: --dev-fraction must be in [0, 0.9].");
            return ExitCodes.UsageError;
        }

        try
        {
            FncData data = FncData.Load(stancesFile.FullName, bodiesFile.FullName);
            var options = new StanceTrainingOptions { Seed = seed, DevFraction = devFraction, RefitOnAll = !noRefit };
            if (classWeights is { Length: > 0 })
            {
                if (classWeights.Length != 3 || classWeights.Any(w => !(w > 0) || !double.IsFinite(w)))
                {
                    env.Stderr.WriteLine("newsnlp train-stance: --class-weights needs three positive numbers (agree disagree discuss).");
                    return ExitCodes.UsageError;
                }

                options.ClassWeights = classWeights;
            }

            if (bodyPooling)
            {
                foreach (double w in new[] { 0.25, 0.5, 0.75, 1.0 })
                {
                    options.BodyPoolingGrid.Add(w);
                }
            }

            using ILoggerFactory logging = CliLogging.CreateFactory(env.Stderr);
            StanceTrainingResult result = StanceTrainer.Train(data, options, logging.CreateLogger(typeof(StanceTrainer)));
            result.Model.Save(outputFile.FullName);
            env.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outputFile.FullName} ({new FileInfo(outputFile.FullName).Length / 1024.0:F0} KiB)"));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidDataException)
        {
            env.Stderr.WriteLine($"newsnlp train-stance: {ex.Message}");
            return ExitCodes.UsageError;
        }
    }
}
