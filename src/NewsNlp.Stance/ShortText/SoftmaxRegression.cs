namespace NewsNlp.Stance.ShortText;

/// <summary>One training example: sparse feature indices and values, a class, an example weight.</summary>
internal readonly record struct SparseExample(int[] Indices, float[] Values, int Label, float Weight);

/// <summary>
/// Multinomial logistic regression fitted by AdaGrad over shuffled epochs with L2 on the weights touched by each example.
/// Deterministic for given examples and settings (one thread, seeded shuffle).
/// </summary>
internal static class SoftmaxRegression
{
    public static (float[] Weights, float[] Bias) Fit(IReadOnlyList<SparseExample> examples, int features, int classes, double l2, int epochs, double learningRate, int seed)
    {
        var w = new float[features * classes];
        var g = new float[features * classes];
        var b = new float[classes];
        var gb = new float[classes];
        int[] order = [.. Enumerable.Range(0, examples.Count)];
        var rng = new Random(seed);
        var logits = new double[classes];
        var p = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int e in order)
            {
                SparseExample x = examples[e];
                for (int k = 0; k < classes; k++)
                {
                    logits[k] = b[k];
                }

                for (int j = 0; j < x.Indices.Length; j++)
                {
                    int baseIndex = x.Indices[j] * classes;
                    for (int k = 0; k < classes; k++)
                    {
                        logits[k] += x.Values[j] * w[baseIndex + k];
                    }
                }

                ShortTextStanceModel.Softmax(logits, p);
                for (int k = 0; k < classes; k++)
                {
                    double err = x.Weight * (p[k] - (k == x.Label ? 1 : 0));
                    gb[k] += (float)(err * err);
                    b[k] -= (float)(learningRate * err / Math.Sqrt(gb[k] + 1e-8));
                    for (int j = 0; j < x.Indices.Length; j++)
                    {
                        int at = (x.Indices[j] * classes) + k;
                        double grad = (err * x.Values[j]) + (l2 * w[at]);
                        g[at] += (float)(grad * grad);
                        w[at] -= (float)(learningRate * grad / Math.Sqrt(g[at] + 1e-8));
                    }
                }
            }
        }

        return (w, b);
    }
}
