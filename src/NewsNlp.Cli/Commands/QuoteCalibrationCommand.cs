using System.CommandLine;
using System.Globalization;
using NewsNlp.Quotes.Learning;
using NewsNlp.Quotes.Output;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp train-quote-calibration --fit DIR [--eval DIR…] --output FILE</c>: fits the quote-confidence calibrator
/// on a PolNeAR split and reports its expected calibration error there and on the evaluation splits.
/// </summary>
internal static class QuoteCalibrationCommand
{
    public static void Register(Command root)
    {
        var fit = new Option<DirectoryInfo>("--fit") { Description = "PolNeAR split to fit on (train; choose --l2 on dev).", Required = true };
        var eval = new Option<DirectoryInfo[]>("--eval") { Description = "PolNeAR splits to report calibration on (e.g. test).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--output") { Description = "Model file to write.", Required = true };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty per weight.", DefaultValueFactory = _ => 0.003 };
        var rescale = new Option<DirectoryInfo?>("--rescale-on") { Description = "Held-out PolNeAR split (dev) to fit a two-parameter Platt step on, after the weights are fitted on --fit." };
        var command = new Command("train-quote-calibration", """
            Fit the calibration of quote confidences (the probability that a quote's content and source are right) on a
            PolNeAR split, and report the expected calibration error (ECE, 10 bins) of the raw and calibrated scores.

            Example (the embedded model):
              newsnlp train-quote-calibration --fit ../shared/data/quotes/polnear/train --rescale-on ../shared/data/quotes/polnear/dev --eval ../shared/data/quotes/polnear/test --output src/NewsNlp.Models.Quotes/quote-calibration.model
            """)
        { fit, rescale, eval, output, l2 };
        command.SetAction(parse => Run(parse.GetValue(fit)!, parse.GetValue(rescale), parse.GetValue(eval) ?? [], parse.GetValue(output)!, parse.GetValue(l2)));
        root.Subcommands.Add(command);
    }

    private static int Run(DirectoryInfo fit, DirectoryInfo? rescale, DirectoryInfo[] eval, FileInfo output, double l2)
    {
        if (!double.IsFinite(l2) || l2 < 0)
        {
            Console.Error.WriteLine("newsnlp: --l2 must be a number at least 0.");
            return ExitCodes.UsageError;
        }

        try
        {
            var samples = QuoteCalibrationTrainer.Label(PolnearCorpus.Read(fit.FullName));
            QuoteCalibrator calibrator = QuoteCalibrator.Fit([.. samples.Select(s => (s.Features, s.Right))], l2);
            if (rescale is not null)
            {
                var held = QuoteCalibrationTrainer.Label(PolnearCorpus.Read(rescale.FullName));
                Report($"{rescale.Name} before the Platt step", QuoteCalibrationTrainer.Evaluate(calibrator, held));
                calibrator = calibrator.Rescale([.. held.Select(s => (s.Features, s.Right))]);
                Report($"{rescale.Name} after (scale {calibrator.Scale.ToString(CultureInfo.InvariantCulture)}, shift {calibrator.Shift.ToString(CultureInfo.InvariantCulture)})", QuoteCalibrationTrainer.Evaluate(calibrator, held));
            }

            calibrator.Save(output.FullName);
            Report($"fit {fit.Name}", QuoteCalibrationTrainer.Evaluate(calibrator, samples));
            foreach (DirectoryInfo split in eval)
            {
                Report(split.Name, QuoteCalibrationTrainer.Evaluate(calibrator, QuoteCalibrationTrainer.Label(PolnearCorpus.Read(split.FullName))));
            }

            Console.WriteLine($"wrote {output.FullName} ({calibrator.FeatureCount} weights)");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"newsnlp: {ex.Message}");
            return ExitCodes.UsageError;
        }
    }

    private static void Report(string name, QuoteCalibrationReport r)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: quotes {r.Quotes}, right {100 * r.Accuracy:F1}%, ECE raw {r.RawEce:F3} calibrated {r.CalibratedEce:F3}"));
        foreach (var bin in r.Bins.Where(b => b.Count > 0))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{bin.Lower:F1}, {bin.Upper:F1}) n={bin.Count,5} confidence {bin.MeanConfidence:F3} right {bin.Accuracy:F3}"));
        }
    }
}
