using System.Globalization;

namespace NewsNlp.Stance.Speakers;

/// <summary>
/// The learned speaker-side combiner (session 28): a multinomial logistic regression over the stance stage's per-speaker
/// features (<see cref="SpeakerFeatures"/>: the quote model's shares and relatedness, side-cue parts, polarity composition,
/// camp, own-side, negation and lexicon-polarity readings) to agree / disagree / no stance, applied only to speakers whose
/// side the rules leave to the quote model alone or who have no related quote (<see cref="SpeakerCombiners.IsNoCue"/>).
/// Features are centred and scaled by the training means and deviations. Trained by <c>newsnlp stance-features --train FILE</c>
/// on the project's own per-speaker gold (dev, real-dev … real-dev6). Measured and not used by the stage (docs/stance.md,
/// session 28): leave one split out it gained +2 to +8 of 557 speakers with real-dev6 or real-dev4 losing one, within noise.
/// </summary>
internal sealed class SpeakerSideCombiner
{
    private const string Header = "# newsnlp speaker-side combiner, format 1";

    /// <summary>The output classes, in order.</summary>
    public static IReadOnlyList<StanceLabel> Classes { get; } = [StanceLabel.Agree, StanceLabel.Disagree, StanceLabel.Unrelated];

    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double[][] _weights;   // [class][feature]
    private readonly double[] _bias;        // [class]

    internal SpeakerSideCombiner(double[] mean, double[] scale, double[][] weights, double[] bias)
    {
        int n = SpeakerFeatures.Names.Length;
        if (mean.Length != n || scale.Length != n || weights.Length != Classes.Count || weights.Any(w => w.Length != n) || bias.Length != Classes.Count)
        {
            throw new ArgumentException($"A combiner has {n} means, scales and weights per class, and {Classes.Count} classes.", nameof(weights));
        }

        _mean = mean;
        _scale = scale;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>Class probabilities (agree, disagree, none) of a feature vector (<see cref="SpeakerFeatureRow.Values"/>).</summary>
    public double[] Predict(IReadOnlyList<double> values)
    {
        var z = new double[Classes.Count];
        for (int k = 0; k < z.Length; k++)
        {
            double s = _bias[k];
            for (int j = 0; j < _mean.Length; j++)
            {
                s += _weights[k][j] * (values[j] - _mean[j]) / _scale[j];
            }

            z[k] = s;
        }

        double max = z.Max(), sum = 0;
        for (int k = 0; k < z.Length; k++)
        {
            z[k] = Math.Exp(z[k] - max);
            sum += z[k];
        }

        for (int k = 0; k < z.Length; k++)
        {
            z[k] /= sum;
        }

        return z;
    }

    /// <summary>The decision for a row: the most probable class and its probability.</summary>
    public (StanceLabel Label, double Confidence) Decide(SpeakerFeatureRow row)
    {
        double[] p = Predict(row.Values);
        int best = 0;
        for (int k = 1; k < p.Length; k++)
        {
            if (p[k] > p[best])
            {
                best = k;
            }
        }

        return (Classes[best], p[best]);
    }

    /// <summary>Writes the combiner as text (feature names, means, scales, one weight line per class with its bias last).</summary>
    public void Save(TextWriter writer)
    {
        writer.WriteLine(Header);
        writer.WriteLine("feature\t" + string.Join('\t', SpeakerFeatures.Names));
        writer.WriteLine("mean\t" + Join(_mean));
        writer.WriteLine("scale\t" + Join(_scale));
        for (int k = 0; k < Classes.Count; k++)
        {
            writer.WriteLine($"{Classes[k].ToString().ToLowerInvariant()}\t{Join(_weights[k])}\t{_bias[k].ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    private static string Join(double[] values) => string.Join('\t', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>Reads a combiner written by <see cref="Save"/>; the feature names must be <see cref="SpeakerFeatures.Names"/>.</summary>
    public static SpeakerSideCombiner Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadLine() != Header)
        {
            throw new FormatException("Not a newsnlp speaker-side combiner (format 1).");
        }

        string[] names = (reader.ReadLine() ?? string.Empty).Split('\t');
        if (!names.Skip(1).SequenceEqual(SpeakerFeatures.Names))
        {
            throw new FormatException("The combiner's features are not this version's speaker features.");
        }

        double[] Row(string name, int count)
        {
            string[] parts = (reader.ReadLine() ?? string.Empty).Split('\t');
            if (parts[0] != name || parts.Length != count + 1)
            {
                throw new FormatException($"The combiner's '{name}' line is missing or has the wrong length.");
            }

            return [.. parts.Skip(1).Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture))];
        }

        int n = SpeakerFeatures.Names.Length;
        double[] mean = Row("mean", n), scale = Row("scale", n);
        var weights = new double[Classes.Count][];
        var bias = new double[Classes.Count];
        for (int k = 0; k < Classes.Count; k++)
        {
            double[] line = Row(Classes[k].ToString().ToLowerInvariant(), n + 1);
            weights[k] = line[..n];
            bias[k] = line[n];
        }

        return new SpeakerSideCombiner(mean, scale, weights, bias);
    }
}
