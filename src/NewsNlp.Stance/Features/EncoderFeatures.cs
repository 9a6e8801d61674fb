using System.Globalization;

namespace NewsNlp.Stance.Features;

/// <summary>
/// Features of a (target, body) pair read from sentence-encoder vectors (<see cref="EncodedText"/>): the cosine of the
/// target with each body sentence (largest, mean, mean of the best three, the first sentence, the body's mean vector, the
/// gap between the best two, where the best is, the share of close sentences), the refuting, hedging, supporting and
/// negation words of the closest sentences next to their cosine, the best cosine of a sentence holding each kind, and
/// (with <see cref="Products"/>) the target vector times the closest sentence's, value by value.
/// </summary>
internal sealed class EncoderFeatures
{
    private const int Top = 3;

    public EncoderFeatures(int dimension, bool products)
    {
        Dimension = dimension;
        Products = products;
        var names = new List<string>
        {
            "enc_cos_max", "enc_cos_mean", "enc_cos_top3", "enc_cos_first", "enc_cos_bodymean", "enc_cos_gap", "enc_best_pos",
            "enc_share_gt_05", "enc_share_gt_07", "enc_sentences",
        };
        string[] kinds = ["refute", "hedge", "support", "neg"];
        foreach (string k in kinds)
        {
            names.Add("enc_best_" + k);
            names.Add("enc_top3_" + k);
            names.Add("enc_maxcos_" + k);
            names.Add("enc_wsum_" + k);
        }

        if (products)
        {
            for (int i = 0; i < dimension; i++)
            {
                names.Add("enc_prod_" + i.ToString(CultureInfo.InvariantCulture));
            }
        }

        Names = [.. names];
    }

    /// <summary>Vector length of the encoder.</summary>
    public int Dimension { get; }

    /// <summary>Whether the target × best-sentence products are features.</summary>
    public bool Products { get; }

    /// <summary>Feature names in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of features.</summary>
    public int Count => Names.Count;

    /// <summary>Writes the features of (<paramref name="target"/>, <paramref name="body"/>) into <paramref name="features"/> (length <see cref="Count"/>).</summary>
    /// <exception cref="InvalidOperationException">A text has no encoder vectors attached.</exception>
    public void Featurize(PreparedText target, PreparedText body, Span<float> features)
    {
        float[] t = target.Encoded?.Target ?? throw new InvalidOperationException("The target has no encoder vector: this model needs its sentence encoder.");
        float[][] s = body.Encoded?.Sentences ?? throw new InvalidOperationException("The body has no encoder vectors: this model needs its sentence encoder.");
        features.Clear();
        int n = s.Length;
        int f = 0;
        if (n == 0)
        {
            return;
        }

        var cos = new float[n];
        var mean = new float[t.Length];
        for (int i = 0; i < n; i++)
        {
            cos[i] = Dot(t, s[i]);
            for (int d = 0; d < mean.Length && d < s[i].Length; d++)
            {
                mean[d] += s[i][d];
            }
        }

        int[] order = [.. Enumerable.Range(0, n).OrderByDescending(i => cos[i]).ThenBy(i => i)];
        int best = order[0];
        double meanNorm = Math.Sqrt(Dot(mean, mean));
        int top = Math.Min(Top, n);
        features[f++] = cos[best];
        features[f++] = cos.Average();
        features[f++] = (float)order.Take(top).Average(i => cos[i]);
        features[f++] = cos[0];
        features[f++] = meanNorm > 0 ? (float)(Dot(t, mean) / meanNorm) : 0;
        features[f++] = n > 1 ? cos[best] - cos[order[1]] : 0;
        features[f++] = n > 1 ? (float)best / (n - 1) : 0;
        features[f++] = (float)cos.Count(c => c > 0.5f) / n;
        features[f++] = (float)cos.Count(c => c > 0.7f) / n;
        features[f++] = n;

        // Per kind (bits of PreparedText.LexMask: refuting, hedging, supporting, negation).
        var counts = new int[n, 4];
        for (int i = 0; i < n; i++)
        {
            int end = body.SentenceEnd(i);
            for (int w = body.SentenceStarts[i]; w < end; w++)
            {
                byte m = body.LexMask[w];
                for (int k = 0; k < 4; k++)
                {
                    if ((m & (1 << k)) != 0)
                    {
                        counts[i, k]++;
                    }
                }
            }
        }

        for (int k = 0; k < 4; k++)
        {
            float topCount = 0, maxCos = 0, weighted = 0;
            for (int r = 0; r < top; r++)
            {
                topCount += counts[order[r], k];
            }

            for (int i = 0; i < n; i++)
            {
                if (counts[i, k] > 0)
                {
                    maxCos = Math.Max(maxCos, cos[i]);
                    weighted += Math.Max(0, cos[i]) * counts[i, k];
                }
            }

            features[f++] = counts[best, k];
            features[f++] = topCount;
            features[f++] = maxCos;
            features[f++] = weighted;
        }

        if (Products)
        {
            float[] b = s[best];
            for (int d = 0; d < Dimension; d++)
            {
                features[f++] = d < t.Length && d < b.Length ? t[d] * b[d] : 0;
            }
        }
    }

    private static float Dot(float[] a, float[] b)
    {
        int n = Math.Min(a.Length, b.Length);
        float sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
