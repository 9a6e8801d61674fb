using NewsNlp.Documents;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Model;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Model;

public class StanceModelTests
{
    [Fact]
    public void Save_and_load_round_trip_gives_the_same_probabilities()
    {
        FncData data = TinyData.Create();
        var original = new StanceClassifier(TinyData.Model);
        using var buffer = new MemoryStream();
        TinyData.Model.Save(buffer);
        buffer.Position = 0;
        StanceModel loaded = StanceModel.Load(buffer);
        var copy = new StanceClassifier(loaded);

        Assert.Equal(TinyData.Model.Calibration, loaded.Calibration);
        Assert.Equal(TinyData.Model.Description, loaded.Description);
        Assert.True(loaded.LoadTime > TimeSpan.Zero);
        foreach (FncStance s in data.Stances.Take(30))
        {
            StancePrediction a = original.Classify(s.Headline, data.Bodies[s.BodyId]);
            StancePrediction b = copy.Classify(s.Headline, data.Bodies[s.BodyId]);
            Assert.Equal(a.Label, b.Label);
            for (int i = 0; i < 4; i++)
            {
                Assert.Equal(a.Probabilities[i], b.Probabilities[i], 6);
            }
        }
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 })]
    public void Loading_garbage_is_a_clear_error(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => StanceModel.Load(stream, "garbage.zip"));
        Assert.Contains("garbage.zip", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_threads_give_the_same_answers_as_one_thread()
    {
        FncData data = TinyData.Create();
        var classifier = new StanceClassifier(TinyData.Model);
        StancePair[] pairs = [.. data.Stances.Select(s => new StancePair(s.Headline, data.Bodies[s.BodyId]))];
        StancePrediction[] sequential = [.. pairs.Select(p => classifier.Classify(p.Target, p.Text))];

        var parallel = new StancePrediction[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var mine = new StancePrediction[pairs.Length];
            for (int k = 0; k < pairs.Length; k++)
            {
                int i = (k * 7 + t * 13) % pairs.Length;
                mine[i] = classifier.Classify(pairs[i].Target, pairs[i].Text);
            }

            parallel[t] = mine;
        });
        IReadOnlyList<StancePrediction> batch = classifier.ClassifyMany(pairs);

        for (int i = 0; i < pairs.Length; i++)
        {
            Assert.Equal(sequential[i].Probabilities, batch[i].Probabilities);
            foreach (StancePrediction[] run in parallel)
            {
                Assert.Equal(sequential[i].Probabilities, run[i].Probabilities);
            }
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "\n\n")]
    [InlineData("\\uD800", "\\uDC00\\uDC00 \0 binary")]
    public void Odd_input_gives_a_valid_prediction(string target, string text)
    {
        target = System.Text.RegularExpressions.Regex.Unescape(target);   // lone surrogates cannot live in attribute data
        text = System.Text.RegularExpressions.Regex.Unescape(text);   // lone surrogates cannot live in attribute data
        StancePrediction p = new StanceClassifier(TinyData.Model).Classify(target, text);
        Assert.Equal(1.0, p.Probabilities.Sum(), 6);
        Assert.True(Enum.IsDefined(p.Label));
    }

    [Fact]
    public void Ten_megabyte_text_gives_a_valid_prediction()
    {
        string text = string.Concat(Enumerable.Repeat("The minister denied the report. ", 330_000));
        StancePrediction p = new StanceClassifier(TinyData.Model).Classify("Minister resigns", text);
        Assert.Equal(1.0, p.Probabilities.Sum(), 6);
    }

    [Fact]
    public void Prediction_normalises_and_picks_the_most_probable_label()
    {
        var p = new StancePrediction([1, 3, 0, 0]);
        Assert.Equal(StanceLabel.Disagree, p.Label);
        Assert.Equal(0.75, p[StanceLabel.Disagree], 9);
        Assert.Throws<ArgumentException>(() => new StancePrediction([1, 2]));
    }
}
