using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Model;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Model;

public class CompiledTreesTests
{
    [Fact]
    public void Compiled_trees_give_the_ML_NET_engine_probabilities_on_the_tiny_model()
    {
        AssertSameAsEngines(TinyData.Model, TinyData.Create());
    }

    [Fact]
    public void Compiled_trees_give_the_ML_NET_engine_probabilities_on_the_embedded_model()
    {
        AssertSameAsEngines(StanceModel.Default, TinyData.Create());
    }

    private static void AssertSameAsEngines(StanceModel model, FncData data)
    {
        Assert.True(model.UsesCompiledTrees);
        Span<double> compiled = stackalloc double[4];
        Span<double> engine = stackalloc double[4];
        foreach (FncStance s in data.Stances)
        {
            var target = StanceClassifier.Prepare(s.Headline);
            var body = StanceClassifier.Prepare(data.Bodies[s.BodyId]);
            model.PredictRaw(target, body, compiled);
            model.PredictWithEngines(target, body, engine);
            Assert.Equal(engine[3], compiled[3], 5);
            if (engine[3] <= 1 - StanceModel.SkipStanceBelow)
            {
                for (int k = 0; k < 3; k++)
                {
                    Assert.Equal(engine[k], compiled[k], 5);
                }
            }
        }
    }
}
