using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Stance;
using NewsNlp.Stance.Pairs;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp stance-pairs --input PAIRS.csv --output P.csv</c>: stance of short texts (quotes, headlines) toward claims.</summary>
internal static class StancePairsCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var input = new Option<FileInfo>("--input") { Description = "Pairs CSV (RFC-4180, header id,target,text).", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Predictions CSV to write (id,stance; one row per input row, same order).", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "A model trained with train-stance-pairs (default: the embedded short-text model)." };
        var command = new Command("stance-pairs", "Predict the stance (agree, disagree, discuss, unrelated) of short texts (quotes, headlines, paragraphs) toward claims.")
        {
            input, output, model,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(model), env));
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo inputFile, FileInfo outputFile, FileInfo? modelFile, CliEnvironment env)
    {
        IReadOnlyList<StancePairRow> rows;
        ShortTextStanceClassifier classifier;
        try
        {
            rows = StancePairsCsv.Parse(File.ReadAllText(inputFile.FullName), inputFile.FullName);
            classifier = new ShortTextStanceClassifier(modelFile is null ? ShortTextStanceModel.Default : ShortTextStanceModel.Load(modelFile.FullName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or InvalidOperationException)
        {
            env.Stderr.WriteLine($"newsnlp stance-pairs: {ex.Message}");
            return ExitCodes.UsageError;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<StancePrediction> predictions = classifier.ClassifyMany([.. rows.Select(r => new StancePair(r.Target, r.Text))]);
        env.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"classified {rows.Count} pairs in {watch.Elapsed.TotalSeconds:F2} s"));
        try
        {
            using var writer = new StreamWriter(outputFile.FullName, false, new UTF8Encoding(false));
            StancePairsCsv.Write(writer, [.. rows.Select(r => r.Id)], [.. predictions.Select(p => p.Label)]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Stderr.WriteLine($"newsnlp stance-pairs: cannot write '{outputFile.FullName}': {ex.Message}");
            return ExitCodes.OutputFailed;
        }

        return ExitCodes.Success;
    }
}
