using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsNlp.Cli.Output;
using NewsNlp.Stance;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp train-stance-pairs --emergent DIR --lexicons DIR [--fnc-stances S.csv --fnc-bodies B.csv] --output model.zip</c>:
/// trains the short-text (quote, headline) stance model on the Emergent train split.
/// </summary>
internal static class StancePairsTrainCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var emergent = new Option<DirectoryInfo>("--emergent") { Description = "Emergent folder (url-versions-2015-06-14-clean.csv, split.csv); only its train split is read.", Required = true };
        var lexicons = new Option<DirectoryInfo?>("--lexicons") { Description = "Lexicon folder (vader/, liu/, pattern/, wordnet/) for polarity and antonym features." };
        var fncStances = new Option<FileInfo?>("--fnc-stances") { Description = "FNC-1 train stances CSV: its bodies, cut into sentences, add weakly labelled pairs." };
        var fncBodies = new Option<FileInfo?>("--fnc-bodies") { Description = "FNC-1 train bodies CSV (with --fnc-stances)." };
        var output = new Option<FileInfo>("--output") { Description = "Model zip to write.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the dev split (by claim) and the learner.", DefaultValueFactory = _ => new ShortTextTrainingOptions().Seed };
        var devPairs = new Option<FileInfo?>("--dev-pairs") { Description = "Also write the dev split (carved from Emergent train by claim) as id,target,text,stance CSV, to score settings outside the trainer." };
        var opinion = new Option<double>("--opinion-weight") { Description = "How strongly a text's praise or blame moves agree against disagree on evaluative claims and proposals (0 = off).", DefaultValueFactory = _ => new ShortTextTrainingOptions().OpinionWeight };
        var fncWeight = new Option<double?>("--fnc-weight") { Description = "Weight of the weak FNC-1 sentences (default: chosen by cross-validation from 0 and 0.1; Emergent alone cannot show what they teach about quotes)." };
        var disagreeWeight = new Option<double?>("--disagree-weight") { Description = "Weight of disagree examples (default: chosen by cross-validation from 1 and 2)." };
        var classOffsets = new Option<bool>("--class-offsets") { Description = "Also choose offsets of the disagree and discuss logits (-1 to 2 by 0.25 each) on the cross-validation's out-of-fold probabilities for macro-F1, and add them to the model." };
        var fncClaims = new Option<bool>("--fnc-claims") { Description = "With --fnc-stances: keep only FNC-1 pairs whose headline is an Emergent train headline, with that headline's claim as the target." };
        var averagedSeeds = new Option<int>("--averaged-seeds") { Description = "Fits per model, each with its own shuffle order, whose weights are averaged (default 1).", DefaultValueFactory = _ => 1 };
        var l2 = new Option<double[]>("--l2") { Description = "L2 penalties to try (default 0.0001 and 0.001), e.g. --l2 0.001 0.003 0.01.", AllowMultipleArgumentsPerToken = true };
        var noRefit = new Option<bool>("--no-refit") { Description = "Keep the model fitted on the train split only (do not refit on train + dev), e.g. to score it on --dev-pairs." };
        var command = new Command("train-stance-pairs", "Train the short-text stance model (quotes, headlines vs a claim) on Emergent train; prints dev metrics of each setting tried.")
        {
            emergent, lexicons, fncStances, fncBodies, output, seed, devPairs, opinion, fncWeight, disagreeWeight, classOffsets, fncClaims, averagedSeeds, l2, noRefit,
        };
        command.SetAction(parse => Run(parse.GetValue(emergent)!, parse.GetValue(lexicons), parse.GetValue(fncStances), parse.GetValue(fncBodies), parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(devPairs), parse.GetValue(opinion), parse.GetValue(fncWeight), parse.GetValue(disagreeWeight), parse.GetValue(classOffsets), parse.GetValue(fncClaims), parse.GetValue(averagedSeeds), parse.GetValue(l2), parse.GetValue(noRefit), env));
        root.Subcommands.Add(command);
    }

    private static int Run(DirectoryInfo emergentDir, DirectoryInfo? lexiconDir, FileInfo? fncStances, FileInfo? fncBodies, FileInfo outputFile, int seed, FileInfo? devPairsFile, double opinionWeight, double? fncWeight, double? disagreeWeight, bool classOffsets, bool fncClaims, int averagedSeeds, double[]? l2Grid, bool noRefit, CliEnvironment env)
    {
        if ((fncStances is null) != (fncBodies is null))
        {
            env.Stderr.WriteLine("newsnlp train-stance-pairs: --fnc-stances and --fnc-bodies go together.");
            return ExitCodes.UsageError;
        }

        if (fncStances is not null && fncStances.Name.Contains("competition_test", StringComparison.OrdinalIgnoreCase))
        {
            env.Stderr.WriteLine($"newsnlp train-stance-pairs: refusing to train on '{fncStances.FullName}': FNC-1 competition test data is for evaluation only.");
            return ExitCodes.UsageError;
        }

        try
        {
            IReadOnlyList<EmergentPair> train = EmergentData.Load(emergentDir.FullName, "train");
            IReadOnlyList<EmergentPair> test = EmergentData.Load(emergentDir.FullName, "test");

            // Never learn from an FNC-1 pair whose headline is an Emergent test claim or test headline (nor from its body).
            string[] excluded = [.. test.Select(p => p.Claim), .. test.Select(p => p.Headline)];
            FncData? fnc = fncStances is null ? null : FncData.Load(fncStances.FullName, fncBodies!.FullName);
            var options = new ShortTextTrainingOptions { Seed = seed, OpinionWeight = opinionWeight, RefitOnAll = !noRefit, FncTargetsAsClaims = fncClaims, AveragedSeeds = Math.Max(1, averagedSeeds) };
            if (fncWeight is double fw)
            {
                options.FncWeightGrid.Clear();
                options.FncWeightGrid.Add(fw);
            }

            if (disagreeWeight is double dw)
            {
                options.DisagreeWeightGrid.Clear();
                options.DisagreeWeightGrid.Add(dw);
            }

            if (l2Grid is { Length: > 0 })
            {
                if (l2Grid.Any(v => !(v >= 0) || !double.IsFinite(v)))
                {
                    env.Stderr.WriteLine("newsnlp train-stance-pairs: --l2 values must be finite and not negative.");
                    return ExitCodes.UsageError;
                }

                options.L2Grid.Clear();
                foreach (double v in l2Grid)
                {
                    options.L2Grid.Add(v);
                }
            }

            if (classOffsets)
            {
                foreach (int step in Enumerable.Range(-4, 13))
                {
                    options.ClassOffsetGrid.Add(step * 0.25);
                }
            }

            using ILoggerFactory logging = CliLogging.CreateFactory(env.Stderr);
            ShortTextTrainingResult result = ShortTextTrainer.Train(train, lexiconDir?.FullName, fnc, excluded, options, logging.CreateLogger(typeof(ShortTextTrainer)));
            result.Model.Save(outputFile.FullName);
            if (devPairsFile is not null)
            {
                var csv = new System.Text.StringBuilder("id,target,text,stance\n");
                foreach (EmergentPair p in result.DevPairs)
                {
                    csv.Append(CsvTable.Escape(p.ArticleId)).Append(',').Append(CsvTable.Escape(p.Claim)).Append(',').Append(CsvTable.Escape(p.Headline)).Append(',').Append(p.Label.ToFncString()).Append('\n');
                }

                File.WriteAllText(devPairsFile.FullName, csv.ToString());
            }

            env.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outputFile.FullName} ({new FileInfo(outputFile.FullName).Length / 1024.0:F0} KiB): {result.Model.Description}"));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidDataException)
        {
            env.Stderr.WriteLine($"newsnlp train-stance-pairs: {ex.Message}");
            return ExitCodes.UsageError;
        }
    }
}
