using NewsNlp.Documents;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.Tests.ShortText;

public sealed class ShortTextModelTests
{
    private static ShortTextStanceClassifier Classifier => ShortTextStanceClassifier.Default;

    [Fact]
    public void Embedded_model_loads_once_with_its_tables()
    {
        ShortTextStanceModel a = ShortTextStanceModel.Default;
        Assert.Same(a, ShortTextStanceModel.Default);
        Assert.True(a.LoadTime > TimeSpan.Zero);
        Assert.True(a.FeatureCount > 1000, $"{a.FeatureCount} features");
        Assert.Contains("Emergent", a.Description, StringComparison.Ordinal);
        Assert.True(a.Featurizer.Lexicon.PolarityCount > 5000, "the polarity table travels inside the model");
        Assert.True(a.Featurizer.Lexicon.AreAntonyms("true", "false"));
    }

    [Fact]
    public void The_embedded_headline_model_reads_cue_positions_and_has_no_opinion_weight()
    {
        ShortTextStanceModel headline = ShortTextStanceModel.Headline;
        Assert.Same(headline, ShortTextStanceModel.Headline);
        Assert.NotSame(ShortTextStanceModel.Default, headline);
        Assert.Equal(0, headline.OpinionWeight);
        Assert.Equal(2, ShortTextStanceModel.Default.OpinionWeight);
        Assert.Contains("opinion weight 0", headline.Description, StringComparison.Ordinal);

        // The position features carry weight in the headline model only; the quote model ignores them.
        Assert.NotEqual(0, headline.Weight("hedge_before@", StanceLabel.Discuss));
        Assert.Equal(0, ShortTextStanceModel.Default.Weight("hedge_before@", StanceLabel.Discuss));
        StancePrediction p = new ShortTextStanceClassifier(headline).Classify("Pope Francis has died", "Hoax: Pope Francis is not dead, Vatican says the report is fake");
        Assert.Equal(StanceLabel.Disagree, p.Label);
    }

    [Fact]
    public void Negation_flips_agree_to_disagree()
    {
        const string claim = "The mayor resigned over the bridge scandal";
        StancePrediction plain = Classifier.Classify(claim, "Mayor resigned over bridge scandal, council confirms");
        StancePrediction negated = Classifier.Classify(claim, "Mayor did not resign over bridge scandal, council says reports are false");

        Assert.Equal(StanceLabel.Agree, plain.Label);
        Assert.Equal(StanceLabel.Disagree, negated.Label);
        Assert.True(negated[StanceLabel.Disagree] > plain[StanceLabel.Disagree] + 0.3);
    }

    [Fact]
    public void A_text_about_something_else_is_unrelated_and_a_hedged_one_discusses()
    {
        const string claim = "A shark was seen in the city's river";
        Assert.Equal(StanceLabel.Unrelated, Classifier.Classify(claim, "The central bank raised interest rates by a quarter point on Tuesday.").Label);
        Assert.Equal(StanceLabel.Discuss, Classifier.Classify(claim, "Shark reportedly seen in city river? Officials investigating claims").Label);
    }

    [Fact]
    public void Praise_or_blame_decides_the_side_on_a_proposal()
    {
        const string claim = "The town should build a new library";
        StancePrediction praise = Classifier.Classify(claim, "\"A new library would be wonderful for the town and I fully support it,\" she said.");
        StancePrediction blame = Classifier.Classify(claim, "\"A new library would be a terrible waste and a bad idea for the town,\" he said.");

        Assert.True(praise[StanceLabel.Agree] > praise[StanceLabel.Disagree], string.Join(' ', praise.Probabilities));
        Assert.True(blame[StanceLabel.Disagree] > blame[StanceLabel.Agree], string.Join(' ', blame.Probabilities));
    }

    [Fact]
    public void Predictions_name_the_words_that_drove_them()
    {
        StancePrediction p = Classifier.Classify("Pope Francis has died", "Hoax: Pope Francis is not dead, Vatican says the report is fake");

        Assert.Equal(StanceLabel.Disagree, p.Label);
        Assert.NotEmpty(p.DrivingWords);
        Assert.Contains(p.DrivingWords, w => w is "hoax" or "fake" or "not");
        Assert.DoesNotContain("the", p.DrivingWords);
        Assert.Equal(1.0, p.Probabilities.Sum(), 6);
    }

    [Fact]
    public void Save_and_load_round_trip_gives_the_same_predictions_and_bytes()
    {
        ShortTextStanceModel model = ShortTextStanceModel.Default;
        using var first = new MemoryStream();
        model.Save(first);
        first.Position = 0;
        ShortTextStanceModel loaded = ShortTextStanceModel.Load(first);
        using var second = new MemoryStream();
        loaded.Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(model.OpinionWeight, loaded.OpinionWeight);
        Assert.Equal(model.Temperature, loaded.Temperature);
        const string claim = "Russia is part of the solution in Syria";
        const string text = "\"Russia is bombing hospitals; it is part of the problem, not the solution,\" the spokesman said.";
        Assert.Equal(new ShortTextStanceClassifier(model).Classify(claim, text).Probabilities, new ShortTextStanceClassifier(loaded).Classify(claim, text).Probabilities);
    }

    [Fact]
    public void The_temperature_flattens_probabilities_without_changing_the_label_and_a_model_without_one_reads_1()
    {
        ShortTextStanceModel model = ShortTextStanceModel.Default;
        Assert.True(model.Temperature > 1, $"temperature {model.Temperature}: the embedded model was fitted as over-confident");
        ShortTextStanceModel plain = model.WithTemperature(1);
        const string claim = "The coach should be sacked";
        foreach (string text in new[] { "The coach must go now, he has lost the dressing room.", "He is the right man and he stays.", "The club will decide on Monday." })
        {
            StancePrediction scaled = new ShortTextStanceClassifier(model).Classify(claim, text), raw = new ShortTextStanceClassifier(plain).Classify(claim, text);
            Assert.Equal(raw.Label, scaled.Label);
            Assert.True(scaled.Probabilities.Max() < raw.Probabilities.Max(), text);
            Assert.Equal(1.0, scaled.Probabilities.Sum(), 9);
        }

        // Saved with temperature 1 the manifest has no temperature line, and loads as 1.
        using var stream = new MemoryStream();
        plain.Save(stream);
        stream.Position = 0;
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true))
        using (var reader = new StreamReader(zip.GetEntry("manifest.txt")!.Open()))
        {
            Assert.DoesNotContain("\ntemperature\t", reader.ReadToEnd(), StringComparison.Ordinal);
        }

        stream.Position = 0;
        Assert.Equal(1, ShortTextStanceModel.Load(stream).Temperature);
    }

    [Fact]
    public void Load_rejects_other_archives()
    {
        using var empty = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(empty, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("manifest.txt").Open());
            writer.Write("kind\tsomething-else\nformat\t1\n");
        }

        empty.Position = 0;
        Assert.Throws<InvalidDataException>(() => ShortTextStanceModel.Load(empty));
    }

    [Fact]
    public void ClassifyMany_matches_Classify()
    {
        StancePair[] pairs =
        [
            new("The strike will end this week", "\"We will stay out until our demands are met,\" the union said."),
            new("The strike will end this week", "Port strike set to end this week, unions say"),
            new("Apples are red", "Interest rates rose."),
        ];
        IReadOnlyList<StancePrediction> many = Classifier.ClassifyMany(pairs);

        for (int i = 0; i < pairs.Length; i++)
        {
            Assert.Equal(Classifier.Classify(pairs[i].Target, pairs[i].Text).Probabilities, many[i].Probabilities);
        }
    }
}
