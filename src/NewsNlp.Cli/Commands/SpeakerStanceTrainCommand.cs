using System.CommandLine;
using System.Text;
using System.Text.Json;
using NewsNlp.Cli.Inputs;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance;
using NewsNlp.Stance.Pipeline;
using NewsNlp.Stance.Speakers;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp train-speaker-stance --seeds seeds/stance --shared ../shared --output speaker-side.tsv</c>: trains the learned
/// per-speaker decision (<see cref="SpeakerSideModel"/>) on the own per-speaker gold (<c>dev/*.gold.json</c> with their texts,
/// <c>real-dev/manifest.json</c> with the BBC texts read from <c>../shared</c>) and prints its leave-one-article-out estimate.
/// </summary>
internal static class SpeakerStanceTrainCommand
{
    public static void Register(Command root)
    {
        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "The per-speaker gold folder (dev/ with NAME.txt + NAME.gold.json, real-dev/manifest.json).", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("seeds", "stance")) };
        var shared = new Option<DirectoryInfo>("--shared") { Description = "The shared data folder the real-dev manifest's texts are read from.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared")) };
        var output = new Option<FileInfo>("--output") { Description = "Model file to write (text; use it with StanceStageOptions.SpeakerSide = SpeakerSideModel.Load(…)).", Required = true };
        var defaults = new SpeakerSideTrainingOptions();
        var l2 = new Option<double>("--l2") { Description = "L2 penalty on the weights.", DefaultValueFactory = _ => defaults.L2 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the examples.", DefaultValueFactory = _ => defaults.Epochs };
        var command = new Command("train-speaker-stance", "Train the learned per-speaker stance decision on the own per-speaker gold (dev, real-dev); prints the leave-one-article-out estimate next to the rules alone.")
        {
            seeds, shared, output, l2, epochs,
        };
        command.SetAction(parse => Run(parse.GetValue(seeds)!, parse.GetValue(shared)!, parse.GetValue(output)!, defaults with { L2 = parse.GetValue(l2), Epochs = parse.GetValue(epochs) }));
        root.Subcommands.Add(command);
    }

    private static int Run(DirectoryInfo seeds, DirectoryInfo shared, FileInfo output, SpeakerSideTrainingOptions options)
    {
        if (options.L2 < 0 || !double.IsFinite(options.L2) || options.Epochs < 1)
        {
            Console.Error.WriteLine("newsnlp train-speaker-stance: --l2 must be a number >= 0 and --epochs at least 1.");
            return ExitCodes.UsageError;
        }

        try
        {
            var articles = new List<(string Split, string Name, string Text, JsonElement Gold)>();
            foreach (string split in (string[])["dev", "real-dev"])
            {
                articles.AddRange(StanceGoldSplit.Articles(seeds, shared, split).Select(x => (split, x.Name, x.Text, x.Gold)));
            }

            // The rule aggregate is what the model learns from: the stage without a learned decision (the default).
            NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().AddStance().Build();
            var examples = new List<SpeakerSideExample>();
            foreach ((string split, string name, string text, JsonElement gold) in articles)
            {
                string target = gold.GetProperty("target").GetString()!;
                IReadOnlyList<SpeakerStance> stances = pipeline.Process(text, new DocumentMetadata { StanceTargets = [target] }).SpeakerStances(target);
                foreach (JsonProperty speaker in gold.GetProperty("speakers").EnumerateObject())
                {
                    // The scorer's rule: a gold name matches a speaker whose name contains it or is contained in it.
                    IReadOnlyList<double>[] records = [.. stances
                        .Where(s => s.SpeakerName.Contains(speaker.Name, StringComparison.Ordinal) || speaker.Name.Contains(s.SpeakerName, StringComparison.Ordinal))
                        .Select(s => (IReadOnlyList<double>)[s.Agree, s.Disagree, s.Discuss, s.Unrelated])];
                    StanceLabel label = speaker.Value.GetString() switch
                    {
                        "agree" => StanceLabel.Agree,
                        "disagree" => StanceLabel.Disagree,
                        "none" => StanceLabel.Unrelated,
                        string other => throw new FormatException($"{split}/{name}/{speaker.Name}: gold label '{other}' is not agree, disagree or none."),
                        _ => throw new FormatException($"{split}/{name}/{speaker.Name}: no gold label."),
                    };
                    examples.Add(new SpeakerSideExample(split, split + "/" + name, speaker.Name, label, records));
                }
            }

            Console.WriteLine($"gold speakers {examples.Count} in {articles.Count} articles ({examples.Count(e => e.Records.Count == 0)} without a speaker record)");
            Console.WriteLine($"rules alone (the aggregate; tuned on these articles): {SpeakerSideTrainer.Score(examples, null)}");
            Console.WriteLine($"learned, leave-one-article-out: {SpeakerSideTrainer.CrossValidate(examples, options)}");
            SpeakerSideModel model = SpeakerSideTrainer.Train(examples, options);
            Console.WriteLine($"learned, fitted on all (in-sample): {SpeakerSideTrainer.Score(examples, model)}");
            using (var writer = new StreamWriter(output.FullName, append: false, new UTF8Encoding(false)))
            {
                model.Save(writer);
            }

            Console.WriteLine($"wrote {output.FullName}");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or KeyNotFoundException)
        {
            Console.Error.WriteLine($"newsnlp train-speaker-stance: {ex.Message}");
            return ExitCodes.UsageError;
        }
    }
}
