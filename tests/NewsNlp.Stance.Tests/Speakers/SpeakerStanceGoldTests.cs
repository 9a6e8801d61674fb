using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance.MiniLM;
using NewsNlp.Stance.Pipeline;
using NewsNlp.Stance.Speakers;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Speakers;

/// <summary>
/// Per-speaker stance on short articles written for this test (<c>Data/speaker-stance</c>: original text, several speakers per
/// article taking sides on a stated claim, or none) through the whole default pipeline plus the stance stage.
/// </summary>
public sealed class SpeakerStanceGoldTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Lazy<NewsPipeline> Pipeline = new(() => NewsPipelineBuilder.CreateDefault().AddStance().Build());
    private static readonly Lazy<NewsPipeline> EncoderPipeline = new(() => NewsPipelineBuilder.CreateDefault().AddMiniLmStance().Build());

    private static string DataDir => Path.Combine(SharedData.RepoRoot, "tests", "NewsNlp.Stance.Tests", "Data", "speaker-stance");

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (string name in ArticleNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static string[] ArticleNames() =>
        [.. Directory.GetFiles(DataDir, "*.gold.json").Order(StringComparer.Ordinal).Select(g => Path.GetFileName(g)[..^".gold.json".Length])];

    /// <summary>The speaker stances of one article against its gold: (speaker, gold, predicted).</summary>
    private static List<(string Speaker, string Gold, string Predicted)> Score(string article, bool encoder = false)
    {
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDir, article + ".gold.json")));
        string target = gold.RootElement.GetProperty("target").GetString()!;
        NewsDocument doc = (encoder ? EncoderPipeline : Pipeline).Value.Process(File.ReadAllText(Path.Combine(DataDir, article + ".txt")), new DocumentMetadata { StanceTargets = [target] });
        IReadOnlyList<SpeakerStance> stances = doc.SpeakerStances(target);
        var result = new List<(string, string, string)>();
        foreach (JsonProperty speaker in gold.RootElement.GetProperty("speakers").EnumerateObject())
        {
            // The speaker's records (a name may be split over two records); one that takes a stance wins.
            SpeakerStance[] mine = [.. stances.Where(s => s.SpeakerName.Contains(speaker.Name, StringComparison.Ordinal) || speaker.Name.Contains(s.SpeakerName, StringComparison.Ordinal))];
            SpeakerStance? best = mine.OrderBy(s => s.HasStance ? 0 : 1).ThenByDescending(s => s.Confidence).FirstOrDefault();
            string predicted = best is null ? "missing" : best.HasStance ? best.Label.ToFncString() : "none";
            result.Add((speaker.Name, speaker.Value.GetString()!, predicted));
        }

        return result;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_gold_speaker_is_found_with_a_stance_record(string article)
    {
        foreach ((string speaker, _, string predicted) in Score(article))
        {
            Assert.True(predicted != "missing", $"{article}: no stance for {speaker}");
        }
    }

    /// <summary>The dev check: at least 75% of the speakers right over all articles (21/24 on the first six articles; 33/42 over ten).</summary>
    [Fact]
    public void Most_speakers_get_the_right_side() => AssertMostRight(encoder: false);

    /// <summary>The same articles through the encoder path (<c>AddMiniLmStance</c>).</summary>
    [Fact]
    public void Most_speakers_get_the_right_side_with_the_encoder() => AssertMostRight(encoder: true);

    private void AssertMostRight(bool encoder)
    {
        var all = ArticleNames().SelectMany(a => Score(a, encoder).Select(s => (Article: a, s.Speaker, s.Gold, s.Predicted))).ToList();
        int right = all.Count(s => s.Gold == s.Predicted);
        foreach (var s in all)
        {
            output.WriteLine($"{(s.Gold == s.Predicted ? "ok  " : "MISS")} {s.Article}/{s.Speaker}: gold {s.Gold}, got {s.Predicted}");
        }

        output.WriteLine($"{right}/{all.Count} right{(encoder ? " (encoder)" : string.Empty)}");
        string misses = string.Join("; ", all.Where(s => s.Gold != s.Predicted).Select(s => $"{s.Article}/{s.Speaker}: gold {s.Gold}, got {s.Predicted}"));
        Assert.True(all.Count >= 42, $"only {all.Count} gold speakers");
        Assert.True(right >= 0.75 * all.Count, $"{right}/{all.Count} right; misses: {misses}");
    }
}
