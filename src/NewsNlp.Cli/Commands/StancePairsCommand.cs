using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Stance;
using NewsNlp.Stance.Pairs;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp stance-pairs --input PAIRS.csv --output P.csv [--kind headline|quote]</c>: stance of short texts toward claims,
/// by the embedded headline model (default) or the quote model of the pipeline.
/// </summary>
internal static class StancePairsCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var input = new Option<FileInfo>("--input") { Description = "Pairs CSV (RFC-4180, header id,target,text).", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Predictions CSV to write (id,stance; one row per input row, same order).", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "A model trained with train-stance-pairs (default: the embedded model of --kind)." };
        var kind = new Option<string>("--kind")
        {
            Description = "Which embedded model reads the texts: headline (standalone texts such as article headlines: stance-headline, chosen on Emergent headlines) or quote (what a speaker says: stance-short, the model of the pipeline's quotes and speakers).",
            DefaultValueFactory = _ => "headline",
        };
        kind.AcceptOnlyFromAmong("headline", "quote");
        var command = new Command("stance-pairs", "Predict the stance (agree, disagree, discuss, unrelated) of short texts (headlines, quotes, paragraphs) toward claims.")
        {
            input, output, model, kind,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(model), parse.GetValue(kind) == "quote", env));
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo inputFile, FileInfo outputFile, FileInfo? modelFile, bool quotes, CliEnvironment env)
    {
        IReadOnlyList<StancePairRow> rows;
        ShortTextStanceClassifier classifier;
        try
        {
            rows = StancePairsCsv.Parse(File.ReadAllText(inputFile.FullName), inputFile.FullName);
            classifier = new ShortTextStanceClassifier(modelFile is not null ? ShortTextStanceModel.Load(modelFile.FullName) : quotes ? ShortTextStanceModel.Default : ShortTextStanceModel.Headline);
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
