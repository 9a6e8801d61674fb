using System.Globalization;
using NewsNlp.Documents;
using NewsNlp.Learning;

namespace NewsNlp.Quotes.Output;

/// <summary>
/// Turns the rules' and the tagger's raw quote confidences into calibrated probabilities that a quote is right —
/// its content matches a gold attribution (at least half of each shared) and its source is the gold source — so a user
/// can threshold <see cref="Quote.Confidence"/>. A logistic model (Platt scaling, extended) over a few facts of the
/// quote: the rule that decided it and the one that resolved its speaker, kind, act, raw confidence, whether it has a cue,
/// a source and a speaker, the speaker's type, and its length. Fitted on PolNeAR train by
/// <c>newsnlp train-quote-calibration</c>, then (optionally) rescaled on a held-out split: the tagger was trained on
/// PolNeAR train, so its quotes there are easier than on unseen text and a fit on train alone is over-confident; a
/// two-parameter Platt step on dev (<see cref="Rescale"/>) corrects that without refitting the facts' weights. Its ECE is
/// in the model card. Thread-safe once loaded.
/// </summary>
public sealed class QuoteCalibrator
{
    /// <summary>Model kind in the model-file header.</summary>
    public const string Kind = "quote-calibration";

    /// <summary>Current format version.</summary>
    public const int Version = 2;

    private const string ResourceName = "NewsNlp.Quotes.quote-calibration.model";
    private const string BiasFeature = "bias";
    private const string NoSpeaker = "none";
    private static readonly int[] SupportedVersions = [1, Version];
    private static readonly Lazy<QuoteCalibrator?> EmbeddedModel = new(LoadEmbeddedOrNull);
    private readonly Dictionary<string, double> _weights;

    private QuoteCalibrator(Dictionary<string, double> weights, double scale = 1, double shift = 0)
    {
        _weights = weights;
        Scale = scale;
        Shift = shift;
    }

    /// <summary>The held-out Platt step: the probability is <c>σ(Scale · z + Shift)</c> of the facts' score <c>z</c> (1 and 0 when not rescaled).</summary>
    public double Scale { get; }

    /// <summary>See <see cref="Scale"/>.</summary>
    public double Shift { get; }

    /// <summary>The embedded model (package NewsNlp.Models.Quotes), or null when that package was built without one.</summary>
    /// <exception cref="NewsNlp.Models.ModelPackageMissingException">The application does not reference NewsNlp.Models.Quotes.</exception>
    public static QuoteCalibrator? Embedded => EmbeddedModel.Value;

    /// <summary>Number of weighted features (for the model card).</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Loads a model file written by <see cref="Save"/>.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid quote-calibration model; the message names it.</exception>
    public static QuoteCalibrator Load(string path) => ModelFile.Read(path, Kind, SupportedVersions, ReadPayload);

    /// <summary>Saves the model (deterministic bytes: features in ordinal order).</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Version, WritePayload);

    /// <summary>The calibrated probability that <paramref name="quote"/> (with its raw confidence) is right.</summary>
    public double Probability(Quote quote, NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(document);
        return ProbabilityOf(Features(quote, document));
    }

    /// <summary>The calibrated probability of a quote with these <paramref name="features"/> (see <see cref="Features"/>).</summary>
    public double ProbabilityOf(IEnumerable<string> features) => ProbabilityOfScore(ScoreOf(features));

    private double ProbabilityOfScore(double z) => Math.Round(1 / (1 + Math.Exp(-((Scale * z) + Shift))), 4);

    /// <summary>
    /// This model with a Platt step fitted on <paramref name="samples"/> of a held-out split (not the one the weights
    /// were fitted on): <c>σ(a · z + b)</c> over the facts' score <c>z</c>, by deterministic gradient descent on the log loss.
    /// </summary>
    /// <param name="samples">Each held-out quote's features and whether it was right.</param>
    /// <param name="iterations">Gradient steps.</param>
    public QuoteCalibrator Rescale(IReadOnlyList<(IReadOnlyList<string> Features, bool Right)> samples, int iterations = 5000)
    {
        ArgumentNullException.ThrowIfNull(samples);
        double[] z = [.. samples.Select(s => ScoreOf(s.Features))];
        double a = 1, b = 0;
        const double rate = 0.5;
        for (int step = 0; step < iterations && z.Length > 0; step++)
        {
            double ga = 0, gb = 0;
            for (int i = 0; i < z.Length; i++)
            {
                double error = (1 / (1 + Math.Exp(-((a * z[i]) + b)))) - (samples[i].Right ? 1 : 0);
                ga += error * z[i];
                gb += error;
            }

            a -= rate * ga / z.Length;
            b -= rate * gb / z.Length;
        }

        return new QuoteCalibrator(_weights, Math.Round(a, 6), Math.Round(b, 6));
    }

    private double ScoreOf(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double z = 0;
        foreach (string feature in features)
        {
            z += _weights.GetValueOrDefault(feature);
        }

        return z;
    }

    /// <summary>
    /// Replaces every quote's raw confidence in <paramref name="document"/> by its calibrated probability: the same value
    /// as <see cref="Probability"/> (the same features in the same order, so the sum is the same double), scored without
    /// building the feature strings and with the speakers' types read from one table per document.
    /// </summary>
    public void Apply(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Quotes.Count == 0)
        {
            return;
        }

        var speakerTypes = new Dictionary<int, string>(document.Speakers.Count);
        foreach (Speaker s in document.Speakers)
        {
            speakerTypes.TryAdd(s.Id, TypeName(s));
        }

        var sum = new WeightSum(_weights.GetAlternateLookup<ReadOnlySpan<char>>());
        for (int i = 0; i < document.Quotes.Count; i++)
        {
            Quote q = document.Quotes[i];
            string speakerType = q.SpeakerId is int id && speakerTypes.TryGetValue(id, out string? type) ? type : NoSpeaker;
            sum.Z = 0;
            WriteFeatures(q, speakerType, sum);
            document.Quotes.Set(i, q with { Confidence = ProbabilityOfScore(sum.Z) });
        }
    }

    /// <summary>The facts of a quote the model weighs (the raw confidence included, so apply this to raw quotes only).</summary>
    public static IEnumerable<string> Features(Quote quote, NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(document);
        string speakerType = NoSpeaker;
        if (quote.SpeakerId is int id)
        {
            foreach (Speaker s in document.Speakers)
            {
                if (s.Id == id)
                {
                    speakerType = TypeName(s);
                    break;
                }
            }
        }

        var list = new FeatureList();
        WriteFeatures(quote, speakerType, list);
        return list.Features;
    }

    private static string TypeName(Speaker speaker) => speaker.Type?.ToString() ?? "untyped";

    /// <summary>The features of a quote, in their fixed order, each as up to four parts written one after another.</summary>
    private static void WriteFeatures(Quote quote, string speakerType, IFeatureSink sink)
    {
        sink.Add(BiasFeature);
        int plus = quote.DecidedBy.IndexOf(RuleNames.SpeakerSeparator, StringComparison.Ordinal);
        ReadOnlySpan<char> decided = plus < 0 ? quote.DecidedBy : quote.DecidedBy.AsSpan(0, plus);
        ReadOnlySpan<char> resolved = plus < 0 ? "none" : quote.DecidedBy.AsSpan(plus + RuleNames.SpeakerSeparator.Length);
        string kind = Name(quote.Kind);
        sink.Add("rule=", decided);
        sink.Add("resolved=", resolved);
        sink.Add("kind=", kind);
        sink.Add("act=", Name(quote.Act));
        sink.Add("rule=", decided, "|kind=", kind);
        double tenths = Math.Round(quote.Confidence * 10);
        Span<char> raw = stackalloc char[32];
        if (tenths.TryFormat(raw, out int written, default, CultureInfo.InvariantCulture))
        {
            sink.Add("raw=", raw[..written]);
        }
        else
        {
            sink.Add("raw=", tenths.ToString(CultureInfo.InvariantCulture));
        }

        sink.Add(quote.Cue is null ? "cue=no" : "cue=yes");
        sink.Add(quote.Source is null ? "source=no" : "source=yes");
        sink.Add("speaker=", speakerType);
        int length = 0;
        for (int k = 0; k < quote.Content.Count; k++)
        {
            length += quote.Content[k].Length;
        }

        sink.Add(length < 40 ? "length=short" : length < 120 ? "length=medium" : length < 300 ? "length=long" : "length=very-long");
        sink.Add(quote.Content.Count > 1 ? "pieces=many" : "pieces=one");
    }

    // The names of the enum values (their ToString), by value: naming a quote's kind and act then boxes nothing.
    private static readonly string[] KindNames = NamesByValue(Enum.GetValues<QuoteKind>().Select(k => ((int)k, k.ToString())));
    private static readonly string[] ActNames = NamesByValue(Enum.GetValues<AttributionAct>().Select(a => ((int)a, a.ToString())));

    private static string Name(QuoteKind kind) => (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : kind.ToString();

    private static string Name(AttributionAct act) => (uint)act < (uint)ActNames.Length ? ActNames[(int)act] : act.ToString();

    /// <summary>The names indexed by value when the values are 0, 1, 2 …; otherwise none (each name is then made by ToString).</summary>
    private static string[] NamesByValue(IEnumerable<(int Value, string Name)> values)
    {
        (int Value, string Name)[] sorted = [.. values.OrderBy(v => v.Value)];
        for (int i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Value != i)
            {
                return [];
            }
        }

        return [.. sorted.Select(v => v.Name)];
    }

    /// <summary>Receives the features of <see cref="WriteFeatures"/>, each as the parts that joined make it.</summary>
    private interface IFeatureSink
    {
        void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default);
    }

    /// <summary>The features as strings (fitting, <see cref="Features"/>).</summary>
    private sealed class FeatureList : IFeatureSink
    {
        public List<string> Features { get; } = new(12);

        public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default) =>
            Features.Add(string.Concat(a, b, c, d));
    }

    /// <summary>The sum of the features' weights, each key written into a stack buffer instead of a new string.</summary>
    private sealed class WeightSum(Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> weights) : IFeatureSink
    {
        private const int BufferLength = 512;

        public double Z { get; set; }

        public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default)
        {
            int length = a.Length + b.Length + c.Length + d.Length;
            if (length > BufferLength)
            {
                Z += Weight(string.Concat(a, b, c, d));
                return;
            }

            Span<char> buffer = stackalloc char[BufferLength];
            a.CopyTo(buffer);
            b.CopyTo(buffer[a.Length..]);
            c.CopyTo(buffer[(a.Length + b.Length)..]);
            d.CopyTo(buffer[(a.Length + b.Length + c.Length)..]);
            Z += Weight(buffer[..length]);
        }

        private double Weight(ReadOnlySpan<char> feature) => weights.TryGetValue(feature, out double weight) ? weight : 0;
    }

    /// <summary>
    /// Fits the model by L2-regularised logistic regression (full-batch gradient descent, a fixed number of steps, so
    /// the same samples give the same weights).
    /// </summary>
    /// <param name="samples">Each quote's features and whether it was right.</param>
    /// <param name="l2">L2 penalty per weight.</param>
    /// <param name="iterations">Gradient steps.</param>
    public static QuoteCalibrator Fit(IReadOnlyList<(IReadOnlyList<string> Features, bool Right)> samples, double l2 = 3e-3, int iterations = 3000)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new int[samples.Count][];
        for (int i = 0; i < samples.Count; i++)
        {
            rows[i] = [.. samples[i].Features.Distinct(StringComparer.Ordinal).Select(f => index.TryGetValue(f, out int k) ? k : index[f] = index.Count)];
        }

        double[] w = new double[index.Count];
        double[] gradient = new double[index.Count];
        const double rate = 0.5;
        for (int step = 0; step < iterations; step++)
        {
            Array.Clear(gradient);
            for (int i = 0; i < rows.Length; i++)
            {
                double z = 0;
                foreach (int k in rows[i])
                {
                    z += w[k];
                }

                double error = (1 / (1 + Math.Exp(-z))) - (samples[i].Right ? 1 : 0);
                foreach (int k in rows[i])
                {
                    gradient[k] += error;
                }
            }

            for (int k = 0; k < w.Length; k++)
            {
                w[k] -= rate * ((gradient[k] / Math.Max(1, rows.Length)) + (l2 * w[k]));
            }
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach ((string feature, int k) in index)
        {
            weights[feature] = Math.Round(w[k], 6);
        }

        return new QuoteCalibrator(weights);
    }

    private void WritePayload(BinaryWriter writer)
    {
        writer.Write(_weights.Count);
        foreach ((string feature, double weight) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(feature);
            writer.Write(weight);
        }

        writer.Write(Scale);
        writer.Write(Shift);
    }

    private static QuoteCalibrator ReadPayload(BinaryReader reader, int version)
    {
        int count = ModelFile.ReadCount(reader, 1 + sizeof(double), "calibration weights");
        var weights = new Dictionary<string, double>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string feature = reader.ReadString();
            double weight = reader.ReadDouble();
            if (!double.IsFinite(weight))
            {
                throw new ModelFormatException($"The calibration weight of '{feature}' is not a finite number.");
            }

            weights[feature] = weight;
        }

        double scale = version >= 2 ? reader.ReadDouble() : 1, shift = version >= 2 ? reader.ReadDouble() : 0;
        if (!double.IsFinite(scale) || !double.IsFinite(shift))
        {
            throw new ModelFormatException("The calibration's held-out scale or shift is not a finite number.");
        }

        return new QuoteCalibrator(weights, scale, shift);
    }

    private static QuoteCalibrator? LoadEmbeddedOrNull()
    {
        System.Reflection.Assembly assembly = NewsNlp.Models.EmbeddedModels.Require(NewsNlp.Models.EmbeddedModels.QuotesPackage, "quote-calibration", "set QuoteStageOptions.Calibrator to a model of your own (QuoteCalibrator.Load) or QuoteStageOptions.UseCalibratedConfidence = false");
        return assembly.GetManifestResourceInfo(ResourceName) is null ? null : ModelFile.ReadEmbedded(assembly, ResourceName, Kind, SupportedVersions, ReadPayload);
    }
}
