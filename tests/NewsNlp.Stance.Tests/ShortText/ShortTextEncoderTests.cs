using NewsNlp.Documents;
using NewsNlp.Stance.ShortText;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.ShortText;

/// <summary>The encoder path of the short-text model with a small deterministic encoder, and the unrelated offset.</summary>
public sealed class ShortTextEncoderTests
{
    private static List<EmergentPair> Tiny()
    {
        var rng = new Random(5);
        var pairs = new List<EmergentPair>();
        for (int c = 0; c < 24; c++)
        {
            string claim = $"the {Word(rng)} {Word(rng)} found a {Word(rng)}";
            pairs.Add(new EmergentPair($"a{pairs.Count}", $"c{c}", claim, $"{claim}, officials confirm", StanceLabel.Agree, "train"));
            pairs.Add(new EmergentPair($"a{pairs.Count}", $"c{c}", claim, $"Hoax: it is false that {claim}", StanceLabel.Disagree, "train"));
            pairs.Add(new EmergentPair($"a{pairs.Count}", $"c{c}", claim, $"Reports claim {claim}?", StanceLabel.Discuss, "train"));
        }

        return pairs;
    }

    private static string Word(Random rng) => new([.. Enumerable.Range(0, 6).Select(_ => (char)('a' + rng.Next(26)))]);

    private static ShortTextTrainingOptions Options(ITextEmbedder? embedder)
    {
        var o = new ShortTextTrainingOptions { Epochs = 4, RefitOnAll = false, Embedder = embedder };
        o.L2Grid.Clear();
        o.L2Grid.Add(1e-3);
        o.DisagreeWeightGrid.Clear();
        o.DisagreeWeightGrid.Add(1);
        return o;
    }

    [Fact]
    public void A_model_trained_with_an_encoder_needs_that_encoder_and_round_trips()
    {
        var embedder = new TrigramEmbedder();
        ShortTextTrainingResult result = ShortTextTrainer.Train(Tiny(), null, null, [], Options(embedder));
        ShortTextStanceModel model = result.Model;

        Assert.Equal("trigrams-64", model.EmbedderName);
        Assert.Contains("encoder trigrams-64", model.Description, StringComparison.Ordinal);
        Assert.True(model.Weight("emb_cos", StanceLabel.Unrelated) < model.Weight("emb_cos", StanceLabel.Agree), "a higher cosine must speak against unrelated");
        Assert.Throws<ArgumentException>(() => new ShortTextStanceClassifier(model));
        Assert.Throws<ArgumentException>(() => new ShortTextStanceClassifier(model, new TrigramEmbedder("other")));

        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        ShortTextStanceModel loaded = ShortTextStanceModel.Load(buffer);
        Assert.Equal("trigrams-64", loaded.EmbedderName);
        var a = new ShortTextStanceClassifier(model, embedder);
        var b = new ShortTextStanceClassifier(loaded, embedder);
        const string claim = "the harbour seal found a boat";
        Assert.Equal(a.Classify(claim, "Hoax: it is false that the harbour seal found a boat").Probabilities, b.Classify(claim, "Hoax: it is false that the harbour seal found a boat").Probabilities);
        Assert.Equal(StanceLabel.Disagree, b.Classify(claim, "Hoax: it is false that the harbour seal found a boat").Label);
    }

    [Fact]
    public void ClassifyMany_encodes_each_distinct_text_once_in_one_call_and_matches_Classify()
    {
        var embedder = new TrigramEmbedder();
        ShortTextStanceModel model = ShortTextTrainer.Train(Tiny(), null, null, [], Options(embedder)).Model;
        var classifier = new ShortTextStanceClassifier(model, embedder);
        StancePair[] pairs = [new("the cat found a hat", "The cat found a hat, officials confirm"), new("the cat found a hat", "Reports claim the cat found a hat?"), new("the cat found a hat", "Interest rates rose.")];
        int before = embedder.Calls;
        IReadOnlyList<StancePrediction> many = classifier.ClassifyMany(pairs);

        Assert.Equal(before + 1, embedder.Calls);
        for (int i = 0; i < pairs.Length; i++)
        {
            Assert.Equal(classifier.Classify(pairs[i].Target, pairs[i].Text).Probabilities.Select(p => Math.Round(p, 6)), many[i].Probabilities.Select(p => Math.Round(p, 6)));
        }
    }

    [Fact]
    public void The_lexical_model_ignores_an_encoder_and_has_a_negative_unrelated_offset_that_survives_save_and_load()
    {
        ShortTextStanceModel model = ShortTextStanceModel.Default;
        Assert.Null(model.EmbedderName);
        Assert.True(model.UnrelatedBias < 0, $"unrelated offset {model.UnrelatedBias}");
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        Assert.Equal(model.UnrelatedBias, ShortTextStanceModel.Load(buffer).UnrelatedBias);

        const string claim = "North Korea plans to open a restaurant in Scotland";
        const string text = "Kim Jong-un planning Scottish restaurant";
        StancePrediction with = new ShortTextStanceClassifier(model, new TrigramEmbedder()).Classify(claim, text);
        Assert.Equal(ShortTextStanceClassifier.Default.Classify(claim, text).Probabilities, with.Probabilities);
        Assert.True(model.WithUnrelatedBias(0).Predict(ShortTextStanceClassifier.Prepare(claim), ShortTextStanceClassifier.Prepare(text)).Relatedness < with.Relatedness);
    }

    [Theory]
    [InlineData("close", "closure", true)]
    [InlineData("elect", "election", true)]
    [InlineData("scotland", "scottish", false)]
    [InlineData("plan", "planet", false)]
    [InlineData("lie", "lied", false)]
    public void Word_families_share_all_but_the_last_letter_of_the_shorter_stem(string a, string b, bool same) =>
        Assert.Equal(same, ShortTextFeaturizer.SameWordFamily(a, b));
}
