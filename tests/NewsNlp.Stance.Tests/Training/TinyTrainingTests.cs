using Microsoft.Extensions.Logging;
using NewsNlp.Documents;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Tests.Infrastructure;
using NewsNlp.Stance.Training;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Training;

public class TinyTrainingTests
{
    [Fact]
    public void Tiny_training_run_learns_relatedness_and_reports_dev_metrics()
    {
        FncData data = TinyData.Create();
        var log = new CapturingLoggerProvider();
        StanceTrainingResult result = StanceTrainer.Train(data, TinyData.Options(), log.CreateLogger(typeof(StanceTrainer).FullName!));

        Assert.NotNull(result.Dev);
        Assert.True(result.DevPairs > 0 && result.TrainPairs > result.DevPairs);

        // The progress and dev metrics lines go through ILogger (Information), with structured values.
        Assert.Contains(log.Messages, l => l.StartsWith("dev (uncalibrated):\n", StringComparison.Ordinal) && l.Contains("FNC", StringComparison.Ordinal));
        LogEntry split = Assert.Single(log.Entries, e => e.Message.StartsWith("split by claim", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, split.Level);
        Assert.Contains(split.State, kv => kv.Key == "Dev" && (int)kv.Value! == result.DevPairs);
        Assert.All(log.Entries, e => Assert.Equal(typeof(StanceTrainer).FullName, e.Category));
        // Relatedness is easy on this data: the dev split must be scored well above chance.
        Assert.True(result.Dev!.F1[(int)StanceLabel.Unrelated] > 0.8, result.Dev.ToString());
    }

    [Fact]
    public void Training_is_deterministic()
    {
        FncData data = TinyData.Create(topics: 12);
        StanceTrainingResult a = StanceTrainer.Train(data, TinyData.Options());
        StanceTrainingResult b = StanceTrainer.Train(data, TinyData.Options());
        var ca = new StanceClassifier(a.Model);
        var cb = new StanceClassifier(b.Model);
        foreach (FncStance s in data.Stances.Take(40))
        {
            Assert.Equal(ca.Classify(s.Headline, data.Bodies[s.BodyId]).Probabilities, cb.Classify(s.Headline, data.Bodies[s.BodyId]).Probabilities);
        }
    }

    [Fact]
    public void Split_is_by_body_id_and_disjoint()
    {
        FncData data = TinyData.Create();
        FncSplit split = FncSplit.ByBodyId(data, 3, 0.2, 0.1);
        var train = split.Train.Select(s => s.BodyId).ToHashSet();
        var dev = split.Dev.Select(s => s.BodyId).ToHashSet();
        var hold = split.Holdout.Select(s => s.BodyId).ToHashSet();
        Assert.Empty(train.Intersect(dev));
        Assert.Empty(train.Intersect(hold));
        Assert.Empty(dev.Intersect(hold));
        Assert.Equal(data.Stances.Count, split.Train.Count + split.Dev.Count + split.Holdout.Count);
        Assert.NotEmpty(dev);
        Assert.NotEmpty(hold);
    }

    [Fact]
    public void Split_by_claim_keeps_dev_headlines_and_bodies_out_of_train()
    {
        FncData data = TinyData.Create();
        FncSplit split = FncSplit.ByClaim(data, 3, 0.25, 0.1);
        FncSplit byBody = FncSplit.ByBodyId(data, 3, 0.25, 0.1);

        // The same bodies are held out as by body id (the embedded model's held-out check relies on it).
        Assert.Equal(byBody.Holdout, split.Holdout);
        Assert.NotEmpty(split.Dev);
        Assert.NotEmpty(split.Train);
        Assert.Empty(split.Train.Select(s => s.Headline).Intersect(split.Dev.Select(s => s.Headline)));

        // Every body a dev headline is related to is a dev body, never a train body.
        var devBodies = split.Dev.Where(s => s.Stance != StanceLabel.Unrelated).Select(s => s.BodyId).ToHashSet();
        Assert.DoesNotContain(split.Train, s => devBodies.Contains(s.BodyId));

        // Without a held-out slice no related pair is lost, and a dev claim keeps all its related pairs (a topic's six bodies
        // agree, disagree and discuss with its headline).
        FncSplit whole = FncSplit.ByClaim(data, 3, 0.25, 0);
        Assert.Equal(0, whole.Dev.Count(s => s.Stance != StanceLabel.Unrelated) % 6);
        Assert.Equal(data.Stances.Count(s => s.Stance != StanceLabel.Unrelated), whole.Train.Count(s => s.Stance != StanceLabel.Unrelated) + whole.Dev.Count(s => s.Stance != StanceLabel.Unrelated));
        Assert.True(split.Train.Count + split.Dev.Count + split.Holdout.Count <= data.Stances.Count);
    }

    [Fact]
    public void Unlabelled_data_is_refused_with_a_clear_error()
    {
        FncData data = FncData.Parse("Headline,Body ID\nA,1\n", "Body ID,articleBody\n1,x\n");
        ArgumentException ex = Assert.Throws<ArgumentException>(() => StanceTrainer.Train(data, TinyData.Options()));
        Assert.Contains("no label", ex.Message, StringComparison.Ordinal);
    }
}
