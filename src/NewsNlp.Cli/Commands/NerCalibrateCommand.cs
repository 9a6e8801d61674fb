using System.CommandLine;
using System.Globalization;
using NewsNlp.Entities;
using NewsNlp.Entities.Training;
using NewsNlp.Learning;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp calibrate-ner --dev FILE [--model MODEL]</c>: fits and reports the entity-confidence temperature.</summary>
internal static class NerCalibrateCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var dev = new Option<FileInfo>("--dev") { Description = "Labelled data in CoNLL-2003 layout to calibrate on (a dev split; never test).", Required = true };
        dev.AcceptExistingOnly();
        var model = new Option<FileInfo>("--model") { Description = "A model written by train-ner (default: the embedded model)." };
        model.AcceptExistingOnly();
        var command = new Command("calibrate-ner", """
            Fit the temperature that calibrates entity confidences (the span marginal from forward-backward over the BILOU
            lattice) on labelled data, and print the reliability table and expected calibration error (ECE) at T = 1, at
            the fitted T and at the temperature the recognizer uses now.
            """)
        {
            dev, model,
        };
        command.SetAction(parse => Run(parse.GetValue(dev)!, parse.GetValue(model), env));
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo dev, FileInfo? modelFile, CliEnvironment env)
    {
        PerceptronEntityRecognizer recognizer;
        IReadOnlyList<ConllDocument> documents;
        try
        {
            recognizer = modelFile is null ? PerceptronEntityRecognizer.Default : PerceptronEntityRecognizer.Load(modelFile.FullName);
            documents = ConllReader.ReadFile(dev.FullName);
        }
        catch (Exception ex) when (ex is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            env.Error(ex.Message);
            return ExitCodes.UsageError;
        }

        using var output = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 12, leaveOpen: true);
        NerCalibration calibration = NerCalibration.Prepare(recognizer, documents);
        double fitted = calibration.FitTemperature();
        Write(output, "T = 1 (raw perceptron scores)", calibration.Evaluate(1));
        Write(output, "fitted", calibration.Evaluate(fitted));
        Write(output, "in use", calibration.Evaluate(recognizer.ConfidenceTemperature));
        return ExitCodes.Success;
    }

    private static void Write(TextWriter output, string label, CalibrationReport report)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: T {report.Temperature:F4}  ECE {report.ExpectedCalibrationError:F4}  NLL {report.NegativeLogLikelihood:F4}  mentions {report.Mentions}  right {report.Accuracy:P2}"));
        output.WriteLine("  confidence     mentions  mean conf  accuracy");
        foreach (CalibrationBin bin in report.Bins)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{bin.Lower:F1}, {bin.Upper:F1}){(bin.Upper >= 1 ? "]" : " ")}  {bin.Count,8}  {bin.MeanConfidence,9:F3}  {bin.Accuracy,8:F3}"));
        }
    }
}
