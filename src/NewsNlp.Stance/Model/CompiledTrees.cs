using Microsoft.ML.Trainers.FastTree;

namespace NewsNlp.Stance.Model;

/// <summary>
/// A tree ensemble copied out of a trained ML.NET LightGbm model into flat arrays, evaluated without an ML.NET prediction
/// engine (a per-call cost far below <c>PredictionEngine.Predict</c>). <see cref="StanceModel"/> checks it against the
/// prediction engine when the model is built and falls back to the engine on any difference.
/// </summary>
internal sealed class CompiledTrees
{
    private readonly int[] _treeStart;
    private readonly int[] _leafStart;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leaf;
    private readonly double[] _weight;
    private readonly double _bias;

    private CompiledTrees(int[] treeStart, int[] leafStart, int[] feature, float[] threshold, int[] left, int[] right, double[] leaf, double[] weight, double bias)
    {
        _treeStart = treeStart;
        _leafStart = leafStart;
        _feature = feature;
        _threshold = threshold;
        _left = left;
        _right = right;
        _leaf = leaf;
        _weight = weight;
        _bias = bias;
    }

    /// <summary>Copies the trees of <paramref name="model"/>, or returns null when it is not a numerical-split regression-tree ensemble.</summary>
    public static CompiledTrees? From(object? model)
    {
        if (model is not TreeEnsembleModelParametersBasedOnRegressionTree trees)
        {
            return null;
        }

        RegressionTreeEnsemble ensemble = trees.TrainedTreeEnsemble;
        var treeStart = new List<int>();
        var leafStart = new List<int>();
        var feature = new List<int>();
        var threshold = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var leaf = new List<double>();
        foreach (RegressionTree tree in ensemble.Trees)
        {
            if (tree.CategoricalSplitFlags.Any(c => c))
            {
                return null;
            }

            treeStart.Add(feature.Count);
            leafStart.Add(leaf.Count);
            feature.AddRange(tree.NumericalSplitFeatureIndexes);
            threshold.AddRange(tree.NumericalSplitThresholds);
            left.AddRange(tree.LeftChild);
            right.AddRange(tree.RightChild);
            leaf.AddRange(tree.LeafValues);
        }

        return new CompiledTrees([.. treeStart], [.. leafStart], [.. feature], [.. threshold], [.. left], [.. right], [.. leaf], [.. ensemble.TreeWeights], ensemble.Bias);
    }

    /// <summary>Sum of the trees' outputs for <paramref name="x"/> (the model's raw score).</summary>
    public float Score(ReadOnlySpan<float> x)
    {
        double sum = _bias;
        for (int t = 0; t < _treeStart.Length; t++)
        {
            int o = _treeStart[t];
            int splits = (t + 1 < _treeStart.Length ? _treeStart[t + 1] : _feature.Length) - o;
            int node = splits == 0 ? -1 : 0; // a single-leaf tree has no split: leaf ~(-1) = 0

            while (node >= 0)
            {
                node = x[_feature[o + node]] <= _threshold[o + node] ? _left[o + node] : _right[o + node];
            }

            sum += _weight[t] * _leaf[_leafStart[t] + ~node];
        }

        return (float)sum;
    }
}
