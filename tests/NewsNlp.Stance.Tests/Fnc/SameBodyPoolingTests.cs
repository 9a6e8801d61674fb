using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Fnc;

public sealed class SameBodyPoolingTests
{
    [Fact]
    public void Moves_each_pair_toward_its_bodys_mean_and_keeps_its_relatedness()
    {
        double[][] raw =
        [
            [0.6, 0.0, 0.2, 0.2],   // body 1: agree
            [0.3, 0.0, 0.5, 0.2],   // body 1: discuss, less sure
            [0.1, 0.1, 0.7, 0.1],   // body 2, alone
        ];

        double[][] pooled = SameBodyPooling.Pool(raw, [1, 1, 2], 1);

        // Weight 1: both pairs of body 1 take the body's shares given related: (0.9, 0, 0.7) / 1.6.
        Assert.Equal(0.8 * 0.9 / 1.6, pooled[0][0], 9);
        Assert.Equal(0.8 * 0.7 / 1.6, pooled[1][2], 9);
        Assert.Equal(pooled[0][0], pooled[1][0], 9);
        Assert.Equal(0.2, pooled[1][3], 9);
        Assert.Equal(0.8, pooled[1][0] + pooled[1][1] + pooled[1][2], 9);

        // A body with one pair is unchanged; the input is not modified.
        Assert.Equal(raw[2], pooled[2]);
        Assert.Equal(0.3, raw[1][0]);
    }

    [Fact]
    public void Weight_zero_changes_nothing_and_a_half_weight_lies_between()
    {
        double[][] raw = [[0.6, 0.0, 0.2, 0.2], [0.3, 0.0, 0.5, 0.2]];
        Assert.Equal(raw[1], SameBodyPooling.Pool(raw, [4, 4], 0)[1]);
        double half = SameBodyPooling.Pool(raw, [4, 4], 0.5)[1][0];
        Assert.InRange(half, 0.3, 0.8 * 0.9 / 1.6);
        Assert.Throws<ArgumentException>(() => SameBodyPooling.Pool(raw, [4], 0.5));
    }

    [Fact]
    public void A_model_keeps_its_pooling_weight_through_save_and_load_and_pools_only_batches_of_one_body()
    {
        var model = TinyData.Model.WithBodyPooling(0.5);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NewsNlp.Stance.Model.StanceModel.Load(stream);
        Assert.Equal(0.5, loaded.BodyPooling);
        Assert.Equal(0, TinyData.Model.BodyPooling);

        var classifier = new StanceClassifier(loaded);
        StancePair[] pairs =
        [
            new("Zorvik plinth saw lamtor in town", "Officials confirmed zorvik plinth saw lamtor. The lamtor was near the quay."),
            new("Zorvik plinth saw lamtor in town today", "Officials confirmed zorvik plinth saw lamtor. The lamtor was near the quay."),
            new("Zorvik plinth saw lamtor in town", "Reportedly zorvik plinth saw lamtor, sources claim."),
        ];
        IReadOnlyList<StancePrediction> plain = classifier.ClassifyMany(pairs);
        IReadOnlyList<StancePrediction> pooled = classifier.ClassifyPooledByBody(pairs);

        // The third pair's body has no other headline: same as unpooled. The first two share one body.
        Assert.Equal(plain[2].Probabilities, pooled[2].Probabilities);
        double[] expected = SameBodyPooling.Pool([Raw(loaded, pairs[0]), Raw(loaded, pairs[1])], [0, 0], 0.5)[0];
        Assert.Equal(loaded.FromRaw(expected).Probabilities, pooled[0].Probabilities);

        // Without a pooling weight the batch is classified as ClassifyMany does.
        var unpooled = new StanceClassifier(TinyData.Model);
        Assert.Equal(unpooled.ClassifyMany(pairs).Select(p => p.Label), unpooled.ClassifyPooledByBody(pairs).Select(p => p.Label));
    }

    private static double[] Raw(NewsNlp.Stance.Model.StanceModel model, StancePair pair)
    {
        var p = new double[StanceLabels.Count];
        model.PredictRaw(StanceClassifier.Prepare(pair.Target), StanceClassifier.Prepare(pair.Text), p);
        return p;
    }
}
