using System.Globalization;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.Speakers;

/// <summary>
/// A learned per-speaker decision (opt-in: <see cref="Pipeline.StanceStageOptions.SpeakerSide"/>): a multinomial logistic
/// regression from the rule aggregate of a speaker's quotes (<see cref="SpeakerStanceAggregator"/>: its agree, disagree and
/// no-stance probabilities) to agree / disagree / no stance. Trained by
/// <c>newsnlp train-speaker-stance</c> (<see cref="SpeakerSideTrainer"/>) on the project's own per-speaker gold (invented
/// articles of <c>seeds/stance/dev</c> and the BBC News articles of <c>seeds/stance/real-dev</c>, research use), and judged by
/// leave-one-article-out cross-validation. It re-weighs the aggregate: where the rules leave agree and disagree close it
/// leans the way the gold leans, and it moves the no-stance threshold. Measured (docs/stance.md): no better than the rules on
/// articles it was not trained on, so the stage does not use one unless given.
/// </summary>
public sealed class SpeakerSideModel
{
    private const string Header = "# newsnlp speaker-side model, format 1";

    /// <summary>The input features, in order: the aggregate's agree, disagree and no-stance probabilities.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = ["agree", "disagree", "none"];

    /// <summary>The output classes, in order.</summary>
    public static IReadOnlyList<StanceLabel> Classes { get; } = [StanceLabel.Agree, StanceLabel.Disagree, StanceLabel.Unrelated];

    private readonly double[] _weights;   // [feature * classes + class]
    private readonly double[] _bias;      // [class]

    internal SpeakerSideModel(double[] weights, double[] bias)
    {
        if (weights.Length != FeatureNames.Count * Classes.Count || bias.Length != Classes.Count)
        {
            throw new ArgumentException("Weights must be features x classes and bias one per class.", nameof(weights));
        }

        _weights = weights;
        _bias = bias;
    }

    /// <summary>The features of an aggregate (agree, disagree, discuss, unrelated probabilities): agree, disagree, none.</summary>
    internal static double[] Features(IReadOnlyList<double> aggregate) =>
        [aggregate[(int)StanceLabel.Agree], aggregate[(int)StanceLabel.Disagree], aggregate[(int)StanceLabel.Unrelated]];

    /// <summary>
    /// The speaker's distribution given the rule aggregate <paramref name="aggregate"/> (agree, disagree, discuss,
    /// unrelated): agree, disagree, discuss (always 0) and unrelated (no stance), summing to 1.
    /// </summary>
    public double[] Apply(IReadOnlyList<double> aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (aggregate.Count != StanceLabels.Count)
        {
            throw new ArgumentException($"An aggregate has {StanceLabels.Count} probabilities.", nameof(aggregate));
        }

        double[] p = Predict(Features(aggregate));
        return [p[0], p[1], 0, p[2]];
    }

    /// <summary>Class probabilities (agree, disagree, none) of a feature vector.</summary>
    internal double[] Predict(IReadOnlyList<double> features)
    {
        int classes = Classes.Count;
        var logits = new double[classes];
        for (int k = 0; k < classes; k++)
        {
            logits[k] = _bias[k];
            for (int j = 0; j < features.Count; j++)
            {
                logits[k] += features[j] * _weights[(j * classes) + k];
            }
        }

        var p = new double[classes];
        ShortTextStanceModel.Softmax(logits, p);
        return p;
    }

    /// <summary>The label of the largest probability of <paramref name="probabilities"/> (agree, disagree, discuss, unrelated); ties go to no stance, then agree.</summary>
    public static StanceLabel LabelOf(IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        double agree = probabilities[(int)StanceLabel.Agree], disagree = probabilities[(int)StanceLabel.Disagree], none = probabilities[(int)StanceLabel.Unrelated];
        return none >= Math.Max(agree, disagree) ? StanceLabel.Unrelated : disagree > agree ? StanceLabel.Disagree : StanceLabel.Agree;
    }

    /// <summary>Writes the model as text (invariant culture, round-trip doubles): two header lines, then a row per feature.</summary>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header + "\n");
        writer.Write("# rows: bias, then each feature; columns: agree, disagree, none\n");
        writer.Write("bias\t" + string.Join('\t', _bias.Select(Format)) + "\n");
        for (int j = 0; j < FeatureNames.Count; j++)
        {
            writer.Write(FeatureNames[j] + "\t" + string.Join('\t', Enumerable.Range(0, Classes.Count).Select(k => Format(_weights[(j * Classes.Count) + k]))) + "\n");
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="FormatException">The text is not a model of this format.</exception>
    public static SpeakerSideModel Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadLine() != Header)
        {
            throw new FormatException($"Not a speaker-side model (the first line must be '{Header}').");
        }

        var rows = new Dictionary<string, double[]>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] cells = line.Split('\t');
            if (cells.Length != Classes.Count + 1)
            {
                throw new FormatException($"A speaker-side model row has a name and {Classes.Count} numbers: '{line}'.");
            }

            rows[cells[0]] = [.. cells.Skip(1).Select(c => double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture))];
        }

        if (!rows.TryGetValue("bias", out double[]? bias) || FeatureNames.Any(f => !rows.ContainsKey(f)) || rows.Count != FeatureNames.Count + 1)
        {
            throw new FormatException($"A speaker-side model has the rows bias, {string.Join(", ", FeatureNames)}.");
        }

        return new SpeakerSideModel([.. FeatureNames.SelectMany(f => rows[f])], bias);
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
