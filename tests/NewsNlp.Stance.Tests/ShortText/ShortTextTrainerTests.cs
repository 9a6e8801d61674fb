using NewsNlp.Documents;
using NewsNlp.Stance.ShortText;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.ShortText;

public sealed class ShortTextTrainerTests
{
    private static readonly string[] Agreeing = ["{0}, officials confirm", "Confirmed: {0}", "{0}, police say in statement"];
    private static readonly string[] Disagreeing = ["Hoax: it is false that {0}", "No, {0} is not true, officials deny", "Debunked: {0} was fake"];
    private static readonly string[] Discussing = ["Reports claim {0}?", "{0}, reportedly", "Did {0}? Unverified claims spread"];

    /// <summary>Made-up claims (no real text): each with agreeing, disagreeing and discussing headlines.</summary>
    private static List<EmergentPair> Tiny(int claims = 30)
    {
        var rng = new Random(3);
        var pairs = new List<EmergentPair>();
        for (int c = 0; c < claims; c++)
        {
            string claim = $"the {Word(rng)} {Word(rng)} saw a {Word(rng)} {Word(rng)}";
            foreach ((string[] templates, StanceLabel label) in new[] { (Agreeing, StanceLabel.Agree), (Disagreeing, StanceLabel.Disagree), (Discussing, StanceLabel.Discuss) })
            {
                foreach (string t in templates)
                {
                    pairs.Add(new EmergentPair($"a{pairs.Count}", $"c{c}", claim, string.Format(System.Globalization.CultureInfo.InvariantCulture, t, claim), label, "train"));
                }
            }
        }

        return pairs;
    }

    private static string Word(Random rng) => new([.. Enumerable.Range(0, 6).Select(_ => (char)('a' + rng.Next(26)))]);

    private static ShortTextTrainingOptions Options()
    {
        var o = new ShortTextTrainingOptions { Epochs = 6, RefitOnAll = false };
        o.L2Grid.Clear();
        o.L2Grid.Add(1e-3);
        o.DisagreeWeightGrid.Clear();
        o.DisagreeWeightGrid.Add(1);
        return o;
    }

    [Fact]
    public void Learns_the_cue_words_of_each_class_and_is_deterministic()
    {
        List<EmergentPair> data = Tiny();
        ShortTextTrainingResult a = ShortTextTrainer.Train(data, null, null, [], Options());
        ShortTextTrainingResult b = ShortTextTrainer.Train(data, null, null, [], Options());

        Assert.True(a.DevAccuracy >= 0.9, $"dev accuracy {a.DevAccuracy}");
        Assert.True(a.DevRelatedness >= 0.9, $"dev relatedness {a.DevRelatedness}");
        using var sa = new MemoryStream();
        using var sb = new MemoryStream();
        a.Model.Save(sa);
        b.Model.Save(sb);
        Assert.Equal(sa.ToArray(), sb.ToArray());
        var classifier = new ShortTextStanceClassifier(a.Model);
        Assert.Equal(StanceLabel.Disagree, classifier.Classify("the blue whale saw a red boat", "Hoax: it is false that the blue whale saw a red boat").Label);
    }

    [Fact]
    public void Logs_progress_and_the_dev_choice_through_ilogger()
    {
        var log = new CapturingLoggerProvider();
        ShortTextTrainingResult result = ShortTextTrainer.Train(Tiny(12), null, null, [], Options(), log.CreateLogger("train"));

        Assert.Contains(log.Messages, l => l.StartsWith("lexicon: 0 polar words", StringComparison.Ordinal));
        string chosen = Assert.Single(log.Messages, l => l.StartsWith("chosen by 5-fold cross-validation (by claim):", StringComparison.Ordinal));
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(accuracy {100 * result.DevAccuracy:F1}"), chosen, StringComparison.Ordinal);
        string temperature = Assert.Single(log.Messages, l => l.StartsWith("temperature ", StringComparison.Ordinal));
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"temperature {result.Model.Temperature:F2} fitted on 5-fold"), temperature, StringComparison.Ordinal);
        Assert.All(log.Entries, e => Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, e.Level));
    }

    [Fact]
    public void Refuses_test_split_pairs()
    {
        List<EmergentPair> data = [.. Tiny(4).Select((p, i) => i == 0 ? p with { Split = "test" } : p)];
        Assert.Throws<ArgumentException>(() => ShortTextTrainer.Train(data, null, null, [], Options()));
    }

    [Fact]
    public void Splits_bodies_into_sentences()
    {
        string[] s = [.. ShortTextTrainer.SplitSentences("First sentence is here. Second one follows right after!\nA third line without a stop")];
        Assert.Equal(["First sentence is here.", "Second one follows right after!", "A third line without a stop"], s);
    }

    [Fact]
    public void Averaged_seeds_give_another_deterministic_model_that_still_learns_the_cues()
    {
        List<EmergentPair> data = Tiny();
        ShortTextTrainingOptions Averaged()
        {
            ShortTextTrainingOptions o = Options();
            o.AveragedSeeds = 3;
            return o;
        }

        ShortTextStanceModel single = ShortTextTrainer.Train(data, null, null, [], Options()).Model;
        ShortTextStanceModel a = ShortTextTrainer.Train(data, null, null, [], Averaged()).Model;
        ShortTextStanceModel b = ShortTextTrainer.Train(data, null, null, [], Averaged()).Model;

        Assert.Equal(Bytes(a), Bytes(b));
        Assert.NotEqual(Bytes(single), Bytes(a));
        Assert.Equal(StanceLabel.Discuss, new ShortTextStanceClassifier(a).Classify("the blue whale saw a red boat", "Reports claim the blue whale saw a red boat?").Label);
    }

    [Fact]
    public void Class_offsets_are_added_to_the_intercepts_and_chosen_when_asked()
    {
        List<EmergentPair> data = Tiny();
        ShortTextTrainingOptions options = Options();
        options.ClassOffsetGrid.Add(0);
        options.ClassOffsetGrid.Add(0.5);
        ShortTextStanceModel model = ShortTextTrainer.Train(data, null, null, [], options).Model;
        Assert.Contains("class offsets disagree", model.Description, StringComparison.Ordinal);

        ShortTextStanceModel shifted = model.WithClassOffsets(0, 1.5);
        var plain = new ShortTextStanceClassifier(model);
        var moved = new ShortTextStanceClassifier(shifted);
        const string claim = "the blue whale saw a red boat", text = "the blue whale saw a red boat, people say";
        double before = plain.Classify(claim, text)[StanceLabel.Discuss], after = moved.Classify(claim, text)[StanceLabel.Discuss];
        Assert.True(after > before, $"discuss {before} -> {after}");
        Assert.Same(model, model.WithClassOffsets(0, 0));
    }

    private static byte[] Bytes(ShortTextStanceModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
