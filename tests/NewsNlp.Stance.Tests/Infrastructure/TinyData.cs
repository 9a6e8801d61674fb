using System.Globalization;
using System.Text;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Model;
using NewsNlp.Stance.Training;

namespace NewsNlp.Stance.Tests.Infrastructure;

/// <summary>A small synthetic FNC-1-style dataset (generated, no real text) and a model trained on it once.</summary>
internal static class TinyData
{
    private static readonly Lazy<StanceModel> TinyModel = new(() => StanceTrainer.Train(Create(), Options()).Model);

    private static readonly string[] Agreeing = ["officials confirmed", "it is true that", "police confirmed that", "the report confirmed"];
    private static readonly string[] Disagreeing = ["it is a hoax and fake:", "officials denied that", "this is false, nobody saw that", "debunked rumor:"];
    private static readonly string[] Discussing = ["reportedly", "it is unclear whether", "sources claim that allegedly", "according to unverified reports"];

    /// <summary>The model trained on <see cref="Create"/> with <see cref="Options"/>.</summary>
    public static StanceModel Model => TinyModel.Value;

    /// <summary>Small, fast training settings.</summary>
    public static StanceTrainingOptions Options() => new()
    {
        Seed = 7,
        DevFraction = 0.25,
        CalibrationFolds = 2,
        HoldoutFraction = 0,
        RefitOnAll = false,
        RelatedIterations = 20,
        StanceIterations = 20,
        Leaves = 4,
        MinExamplesPerLeaf = 2,
        IdfMinCount = 1,
    };

    /// <summary>Topics with made-up words; each topic has agreeing, disagreeing and discussing bodies, and unrelated pairings.</summary>
    public static FncData Create(int topics = 24, int seed = 11)
    {
        var rng = new Random(seed);
        var stances = new StringBuilder("Headline,Body ID,Stance\n");
        var bodies = new StringBuilder("Body ID,articleBody\n");
        var headlines = new string[topics];
        var subject = new string[topics][];
        for (int t = 0; t < topics; t++)
        {
            subject[t] = [Word(rng), Word(rng), Word(rng)];
            headlines[t] = $"{Cap(subject[t][0])} {subject[t][1]} saw {subject[t][2]} in town";
        }

        int id = 0;
        for (int t = 0; t < topics; t++)
        {
            for (int kind = 0; kind < 3; kind++)
            {
                string[] cues = kind == 0 ? Agreeing : kind == 1 ? Disagreeing : Discussing;
                for (int v = 0; v < 2; v++)
                {
                    string cue = cues[(t + v) % cues.Length];
                    string body = $"{Cap(cue)} {subject[t][0]} {subject[t][1]} saw {subject[t][2]}. \"{Cap(Word(rng))} {Word(rng)},\" a witness said.\nThe {subject[t][2]} was near the {Word(rng)} {Word(rng)}. {Cap(cue)} the {subject[t][0]} story.";
                    bodies.Append(CultureInfo.InvariantCulture, $"{id},{CsvTable.Escape(body)}\n");
                    string label = kind == 0 ? "agree" : kind == 1 ? "disagree" : "discuss";
                    stances.Append(CultureInfo.InvariantCulture, $"{CsvTable.Escape(headlines[t])},{id},{label}\n");
                    for (int u = 1; u <= 2; u++)
                    {
                        stances.Append(CultureInfo.InvariantCulture, $"{CsvTable.Escape(headlines[(t + u * 5) % topics])},{id},unrelated\n");
                    }

                    id++;
                }
            }
        }

        return FncData.Parse(stances.ToString(), bodies.ToString());
    }

    private static string Word(Random rng)
    {
        const string consonants = "bcdfgklmnprstvz", vowels = "aeiou";
        var sb = new StringBuilder();
        int syllables = rng.Next(2, 4);
        for (int i = 0; i < syllables; i++)
        {
            sb.Append(consonants[rng.Next(consonants.Length)]).Append(vowels[rng.Next(vowels.Length)]);
        }

        return sb.ToString();
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
