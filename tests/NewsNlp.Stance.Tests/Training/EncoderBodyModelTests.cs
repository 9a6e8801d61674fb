using NewsNlp.Documents;
using NewsNlp.Stance.Features;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Model;
using NewsNlp.Stance.Tests.Infrastructure;
using NewsNlp.Stance.Training;

namespace NewsNlp.Stance.Tests.Training;

/// <summary>The FNC-1 body model with sentence-encoder features (a small deterministic encoder stands in for MiniLM).</summary>
public sealed class EncoderBodyModelTests
{
    private static readonly Lazy<StanceModel> Model = new(() => Train(new TrigramEmbedder()));

    private static StanceModel Train(TrigramEmbedder embedder)
    {
        StanceTrainingOptions options = TinyData.Options();
        options.Embedder = embedder;
        return StanceTrainer.Train(TinyData.Create(), options).Model;
    }

    [Fact]
    public void Encoder_features_read_the_closest_sentence_and_its_refuting_words()
    {
        PreparedText headline = TextPreparer.Prepare("The mayor bought a golden yacht");
        PreparedText body = TextPreparer.Prepare("Rain fell over the harbour all week. Officials denied the mayor bought a golden yacht. The market opens at nine.");
        var embedder = new TrigramEmbedder();
        EncoderInput.Attach(embedder, [headline], [body]);
        var encoder = new EncoderFeatures(embedder.Dimension, products: true);
        var f = new float[encoder.Count];
        encoder.Featurize(headline, body, f);
        float Value(string name) => f[encoder.Names.ToList().IndexOf(name)];

        Assert.Equal(3, body.Encoded!.Sentences!.Length);
        Assert.Equal(3, Value("enc_sentences"));
        Assert.Equal(0.5f, Value("enc_best_pos"));                 // the middle sentence of three is the closest
        Assert.True(Value("enc_cos_max") > 0.7f && Value("enc_cos_max") > Value("enc_cos_mean"), $"{Value("enc_cos_max")} {Value("enc_cos_mean")}");
        Assert.Equal(1, Value("enc_best_refute"));                 // "denied" in the closest sentence
        Assert.Equal(Value("enc_cos_max"), Value("enc_maxcos_refute"));
        Assert.Equal(0, Value("enc_best_hedge"));
        Assert.Equal(embedder.Dimension + 26, encoder.Count);
        Assert.Equal((double)Value("enc_cos_max"), Enumerable.Range(0, embedder.Dimension).Sum(d => (double)Value("enc_prod_" + d)), 4);
    }

    [Fact]
    public void Encoder_features_need_the_vectors()
    {
        var encoder = new EncoderFeatures(64, products: false);
        PreparedText text = TextPreparer.Prepare("A plain sentence.");
        Assert.Throws<InvalidOperationException>(() => encoder.Featurize(text, text, new float[encoder.Count]));
    }

    [Fact]
    public void A_model_trained_with_an_encoder_records_it_refuses_to_run_without_it_and_round_trips()
    {
        StanceModel model = Model.Value;
        Assert.Equal("trigrams-64", model.EncoderName);
        Assert.Throws<ArgumentException>(() => new StanceClassifier(model));
        Assert.Throws<ArgumentException>(() => new StanceClassifier(model, new TrigramEmbedder("other")));

        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        StanceModel loaded = StanceModel.Load(buffer);
        Assert.Equal("trigrams-64", loaded.EncoderName);

        FncData data = TinyData.Create();
        var a = new StanceClassifier(model, new TrigramEmbedder());
        var b = new StanceClassifier(loaded, new TrigramEmbedder());
        StancePair[] pairs = [.. data.Stances.Take(30).Select(s => new StancePair(s.Headline, data.Bodies[s.BodyId]))];
        IReadOnlyList<StancePrediction> many = b.ClassifyMany(pairs);
        for (int i = 0; i < pairs.Length; i++)
        {
            IReadOnlyList<double> one = a.Classify(pairs[i].Target, pairs[i].Text).Probabilities;
            for (int k = 0; k < one.Count; k++)
            {
                Assert.Equal(one[k], many[i].Probabilities[k], 9);
            }
        }

        // A model without an encoder ignores one given to it.
        Assert.Null(new StanceClassifier(TinyData.Model, new TrigramEmbedder()).Embedder);
    }

    [Fact]
    public void Training_with_an_encoder_is_deterministic_and_learns_relatedness()
    {
        StanceModel again = Train(new TrigramEmbedder());
        using var x = new MemoryStream();
        using var y = new MemoryStream();
        Model.Value.Save(x);
        again.Save(y);
        FncData data = TinyData.Create();
        var a = new StanceClassifier(Model.Value, new TrigramEmbedder());
        var b = new StanceClassifier(again, new TrigramEmbedder());
        int right = 0, total = 0;
        foreach (FncStance s in data.Stances.Take(60))
        {
            StancePrediction p = a.Classify(s.Headline, data.Bodies[s.BodyId]);
            Assert.Equal(p.Probabilities, b.Classify(s.Headline, data.Bodies[s.BodyId]).Probabilities);
            right += (p.Label == StanceLabel.Unrelated) == (s.Stance == StanceLabel.Unrelated) ? 1 : 0;
            total++;
        }

        Assert.True(right > total * 0.8, $"{right} of {total}");
    }
}
