using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Stance;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Model;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp stance-fnc --stances S.csv --bodies B.csv --output P.csv [--model M.zip]</c>.</summary>
internal static class StanceFncCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var stances = new Option<FileInfo>("--stances") { Description = "FNC-1 stances CSV (Headline,Body ID[,Stance]).", Required = true };
        var bodies = new Option<FileInfo>("--bodies") { Description = "FNC-1 bodies CSV (Body ID,articleBody).", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Predictions CSV to write (Headline,Body ID,Stance, same rows and order).", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "A model trained with train-stance (default: the embedded FNC-1 model)." };
        var command = new Command("stance-fnc", "Predict FNC-1 stances (agree, disagree, discuss, unrelated) for headline/body pairs.") { stances, bodies, output, model };
        command.SetAction(parse => Run(parse.GetValue(stances)!, parse.GetValue(bodies)!, parse.GetValue(output)!, parse.GetValue(model), env));
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo stancesFile, FileInfo bodiesFile, FileInfo outputFile, FileInfo? modelFile, CliEnvironment env)
    {
        FncData data;
        StanceModel model;
        try
        {
            data = FncData.Load(stancesFile.FullName, bodiesFile.FullName);
            model = modelFile is null ? StanceModel.Default : StanceModel.Load(modelFile.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or InvalidOperationException)
        {
            env.Stderr.WriteLine($"newsnlp stance-fnc: {ex.Message}");
            return ExitCodes.UsageError;
        }

        if (model.EncoderName is not null)
        {
            env.Stderr.WriteLine($"newsnlp stance-fnc: the model was trained with the sentence encoder '{model.EncoderName}'; run it with `newsnlp-stance-minilm stance-fnc` (the optional encoder path's tool).");
            return ExitCodes.UsageError;
        }

        env.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model loaded in {model.LoadTime.TotalMilliseconds:F0} ms: {model.Description}"));
        var classifier = new StanceClassifier(model);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        StancePair[] pairs = [.. data.Stances.Select(s => new StancePair(s.Headline, data.Bodies[s.BodyId]))];
        // Headlines paired with one body are pooled by the model's same-body weight (0 for a model trained without it).
        IReadOnlyList<StancePrediction> predictions = classifier.ClassifyPooledByBody(pairs);
        env.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"classified {pairs.Length} pairs in {watch.Elapsed.TotalSeconds:F1} s"));

        try
        {
            using var writer = new StreamWriter(outputFile.FullName, false, new UTF8Encoding(false));
            writer.Write("Headline,Body ID,Stance\n");
            for (int i = 0; i < pairs.Length; i++)
            {
                FncStance s = data.Stances[i];
                writer.Write(CsvTable.Escape(s.Headline));
                writer.Write(',');
                writer.Write(CsvTable.Escape(s.BodyIdText));
                writer.Write(',');
                writer.Write(predictions[i].Label.ToFncString());
                writer.Write('\n');
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Stderr.WriteLine($"newsnlp stance-fnc: cannot write '{outputFile.FullName}': {ex.Message}");
            return ExitCodes.OutputFailed;
        }

        if (data.Stances.All(s => s.Stance is not null) && data.Stances.Count > 0)
        {
            StanceLabel[] gold = [.. data.Stances.Select(s => s.Stance!.Value)];
            env.Stderr.WriteLine(FncMetrics.Compute(gold, [.. predictions.Select(p => p.Label)]));
        }

        return ExitCodes.Success;
    }
}
