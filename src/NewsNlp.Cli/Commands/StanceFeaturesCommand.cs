using System.CommandLine;
using System.Globalization;
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
/// <c>newsnlp stance-features --seeds seeds/stance --shared ../shared --output F.tsv [--evaluate]</c> (hidden, diagnostic): runs
/// the default pipeline with the stance stage on the own per-speaker dev splits (dev, real-dev … real-dev6; never test or
/// real-test), writes, for every gold speaker and every stance record the scorer's name rule matches, the features the
/// stage computed (<see cref="SpeakerFeatures"/>) with the gold label, and with <c>--evaluate</c> prints the
/// leave-one-split-out figures of the candidate combiners (<see cref="SpeakerCombiners"/>) next to the rules'.
/// </summary>
internal static class StanceFeaturesCommand
{
    /// <summary>The splits read: tuned dev splits only.</summary>
    internal static readonly string[] DefaultSplits = ["dev", "real-dev", "real-dev2", "real-dev3", "real-dev4", "real-dev5", "real-dev6"];

    public static void Register(Command root, CliEnvironment env)
    {
        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "The per-speaker gold folder.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("seeds", "stance")) };
        var shared = new Option<DirectoryInfo>("--shared") { Description = "The shared data folder the real-dev manifests' texts are read from.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared")) };
        var output = new Option<FileInfo>("--output") { Description = "TSV to write (one line per gold speaker and matched record).", Required = true };
        var splits = new Option<string[]>("--splits") { Description = "Splits to read (dev, real-dev … real-dev6; test and real-test are refused).", DefaultValueFactory = _ => DefaultSplits, AllowMultipleArgumentsPerToken = true };
        var evaluate = new Option<bool>("--evaluate") { Description = "Print the leave-one-split-out figures of the candidate combiners next to the rules'." };
        var seed = new Option<int>("--seed") { Description = "Seed of the learners.", DefaultValueFactory = _ => 1 };
        var verbose = new Option<bool>("--changes") { Description = "With --evaluate: list every held-out gold speaker whose answer a combiner changes." };
        var train = new Option<FileInfo?>("--train") { Description = "Also train the combiner on every split read (L2 chosen by leave-one-split-out) and write it to this file." };
        var command = new Command("stance-features", "Diagnostic: dump the stance stage's per-speaker features with the gold label of the own dev splits; --evaluate measures learned combiners leave-one-split-out.")
        {
            seeds, shared, output, splits, evaluate, seed, verbose, train,
        };
        command.Hidden = true;
        command.SetAction(parse => Run(env, parse.GetValue(seeds)!, parse.GetValue(shared)!, parse.GetValue(output)!, parse.GetValue(splits)!, parse.GetValue(evaluate), parse.GetValue(seed), parse.GetValue(verbose), parse.GetValue(train)));
        root.Subcommands.Add(command);
    }

    private static int Run(CliEnvironment env, DirectoryInfo seeds, DirectoryInfo shared, FileInfo output, string[] splits, bool evaluate, int seed, bool verbose, FileInfo? train)
    {
        if (splits.Any(s => s is "test" or "real-test" || !DefaultSplits.Contains(s)))
        {
            env.Stderr.WriteLine($"newsnlp stance-features: --splits takes {string.Join(", ", DefaultSplits)} (test and real-test are never read).");
            return ExitCodes.UsageError;
        }

        using var stdout = new StreamWriter(env.Stdout, CliEnvironment.Utf8, bufferSize: 4096, leaveOpen: true) { AutoFlush = true };
        try
        {
            var rows = new List<SpeakerFeatureRow>();
            NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().AddStance(o => o.FeatureSink = rows.Add).Build();
            var speakers = new List<GoldSpeakerRows>();
            using (var writer = new StreamWriter(output.FullName, append: false, new UTF8Encoding(false)))
            {
                writer.WriteLine("split\tarticle\tgold_name\tgold\trecord\tspeaker\tdecider\trule\t" + string.Join('\t', SpeakerFeatures.Names));
                foreach (string split in splits)
                {
                    foreach ((string name, string text, JsonElement gold) in StanceGoldSplit.Articles(seeds, shared, split))
                    {
                        string target = gold.GetProperty("target").GetString()!;
                        rows.Clear();
                        NewsDocument document = pipeline.Process(text, new DocumentMetadata { StanceTargets = [target] });
                        Dictionary<int, SpeakerFeatureRow> byId = rows.Where(r => r.Target == target).ToDictionary(r => r.SpeakerId);
                        Dictionary<int, string> names = document.Speakers.ToDictionary(s => s.Id, s => s.CanonicalName);
                        foreach (JsonProperty speaker in gold.GetProperty("speakers").EnumerateObject())
                        {
                            StanceLabel label = Gold(speaker.Value.GetString(), $"{split}/{name}/{speaker.Name}");
                            List<SpeakerFeatureRow> mine = Matches(document, speaker.Name, byId, names);
                            speakers.Add(new GoldSpeakerRows(split, name, speaker.Name, label, mine));
                            for (int i = 0; i < mine.Count; i++)
                            {
                                writer.WriteLine(string.Join('\t', [split, name, speaker.Name, Name(label), i.ToString(CultureInfo.InvariantCulture),
                                    names[mine[i].SpeakerId], mine[i].Decider, Name(mine[i].RuleLabel),
                                    .. mine[i].Values.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture))]));
                            }

                            if (mine.Count == 0)
                            {
                                writer.WriteLine(string.Join('\t', split, name, speaker.Name, Name(label), "-1", "", "missing", "missing"));
                            }
                        }
                    }
                }
            }

            stdout.WriteLine($"wrote {output.FullName}: {speakers.Count} gold speakers, {speakers.Count(s => s.Records.Count == 0)} without a record");
            Dictionary<string, int> rules = SpeakerCombiners.Score(speakers, null);
            stdout.WriteLine("rules (the stage as it is): " + Figures(rules, speakers));
            if (evaluate)
            {
                foreach (SpeakerCombiners.Candidate candidate in SpeakerCombiners.Candidates(seed))
                {
                    var changes = new List<string>();
                    stdout.WriteLine($"{candidate.Name}, leave one split out: " + Figures(SpeakerCombiners.LeaveOneSplitOut(speakers, candidate, changes.Add), speakers));
                    if (verbose)
                    {
                        changes.ForEach(c => stdout.WriteLine("  " + c));
                    }
                }
            }

            if (train is not null)
            {
                float l2 = SpeakerCombiners.ChooseL2(speakers, seed);
                SpeakerSideCombiner combiner = SpeakerCombiners.Train(speakers, seed, l2);
                using (var writer = new StreamWriter(train.FullName, append: false, new UTF8Encoding(false)))
                {
                    combiner.Save(writer);
                }

                stdout.WriteLine($"wrote {train.FullName} (L2 {l2.ToString(CultureInfo.InvariantCulture)}); in-sample: " + Figures(SpeakerCombiners.Score(speakers, SpeakerCombiners.Apply(combiner)), speakers));
            }

            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or KeyNotFoundException)
        {
            env.Stderr.WriteLine($"newsnlp stance-features: {ex.Message}");
            return ExitCodes.UsageError;
        }
    }

    private static string Figures(Dictionary<string, int> right, List<GoldSpeakerRows> speakers) =>
        string.Join(", ", right.Select(kv => $"{kv.Key} {kv.Value}/{speakers.Count(s => s.Split == kv.Key)}")) + $"; total {right.Values.Sum()}/{speakers.Count}";

    private static string Name(StanceLabel label) => label switch
    {
        StanceLabel.Agree => "agree",
        StanceLabel.Disagree => "disagree",
        _ => "none",
    };

    private static StanceLabel Gold(string? label, string where) => label switch
    {
        "agree" => StanceLabel.Agree,
        "disagree" => StanceLabel.Disagree,
        "none" => StanceLabel.Unrelated,
        _ => throw new FormatException($"{where}: gold label '{label}' is not agree, disagree or none."),
    };

    /// <summary>
    /// The scorer's name rule (scripts/score-speaker-stance.py): a speaker whose name contains the gold name or is contained in
    /// it, else one whose entity has a mention that is exactly the gold name; a record with a side first, then the more probable.
    /// </summary>
    private static List<SpeakerFeatureRow> Matches(NewsDocument document, string gold, Dictionary<int, SpeakerFeatureRow> byId, Dictionary<int, string> names)
    {
        List<SpeakerFeatureRow> mine = [.. byId.Values.Where(r => names[r.SpeakerId].Contains(gold, StringComparison.Ordinal) || gold.Contains(names[r.SpeakerId], StringComparison.Ordinal))];
        if (mine.Count == 0)
        {
            var clusters = document.EntityClusters.ToDictionary(c => c.Id, c => c.MentionIndexes);
            foreach (Speaker speaker in document.Speakers.Where(s => byId.ContainsKey(s.Id)))
            {
                if (clusters.TryGetValue(speaker.EntityId, out IReadOnlyList<int>? mentions)
                    && mentions.Any(m => m >= 0 && m < document.Entities.Count && string.Equals(document.Entities[m].Text, gold, StringComparison.OrdinalIgnoreCase)))
                {
                    mine.Add(byId[speaker.Id]);
                }
            }
        }

        return [.. mine.OrderBy(r => r.RuleLabel == StanceLabel.Unrelated).ThenByDescending(r => r.RuleConfidence).ThenBy(r => r.SpeakerId)];
    }
}
