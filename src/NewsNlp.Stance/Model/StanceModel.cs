using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.Model;

/// <summary>
/// A trained stance model: the IDF table of its features, an ML.NET relatedness model (related vs unrelated), an ML.NET
/// model of agree/disagree/discuss among related pairs, and per-label calibration factors chosen on a dev split.
/// </summary>
/// <remarks>
/// Stored as a zip archive: <c>manifest.txt</c> (kind, format version, feature count, description), <c>idf.bin</c>,
/// <c>calibration.txt</c>, and the two ML.NET model zips. Thread-safe: predictions use pooled ML.NET prediction engines.
/// </remarks>
public sealed class StanceModel
{
    /// <summary>The model kind written in the manifest.</summary>
    public const string Kind = "newsnlp-stance";

    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Relatedness probability below which the agree/disagree/discuss model is skipped (see <see cref="PredictRaw"/>).</summary>
    internal const float SkipStanceBelow = 0.01f;

    private static readonly float[] UniformScores = [1f / 3, 1f / 3, 1f / 3];

    private const string ResourceName = "NewsNlp.Stance.stance-fnc1.zip";
    private static readonly Lazy<StanceModel> DefaultModel = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly MLContext _ml;
    private readonly ITransformer _related;
    private readonly ITransformer _stance;
    private readonly double[] _calibration;
    private readonly ObjectPool<Engines> _engines;
    private readonly CompiledTrees? _relatedTrees;
    private readonly PlattCalibrator? _relatedCalibrator;
    private readonly CompiledTrees[]? _stanceTrees;

    [ThreadStatic]
    private static float[]? _buffer;

    internal StanceModel(MLContext ml, IdfTable idf, ITransformer related, ITransformer stance, IReadOnlyList<double> calibration, string description, EncoderFeatures? encoder = null, string? encoderName = null)
    {
        if ((encoder is null) != (encoderName is null))
        {
            throw new ArgumentException("An encoder model needs both its encoder features and the encoder's name.", nameof(encoderName));
        }

        Encoder = encoder;
        EncoderName = encoderName;
        FeatureCount = StanceFeaturizer.Count + (encoder?.Count ?? 0);
        if (calibration.Count != StanceLabels.Count)
        {
            throw new ArgumentException($"Expected {StanceLabels.Count} calibration factors.", nameof(calibration));
        }

        _ml = ml;
        _related = related;
        _stance = stance;
        _calibration = [.. calibration];
        Idf = idf;
        Featurizer = new StanceFeaturizer(idf);
        Description = description;
        _engines = new DefaultObjectPoolProvider { MaximumRetained = Math.Max(4, Environment.ProcessorCount * 2) }
            .Create(new EnginePolicy(this));
        (_relatedTrees, _relatedCalibrator, _stanceTrees) = Compile(related, stance);
        if (_relatedTrees is not null && !CompiledMatchesEngines())
        {
            (_relatedTrees, _relatedCalibrator, _stanceTrees) = (null, null, null);
        }
    }

    /// <summary>
    /// True when predictions evaluate the trees copied out of the ML.NET models (checked against ML.NET's prediction engines
    /// when the model is built); false when they go through pooled ML.NET prediction engines.
    /// </summary>
    public bool UsesCompiledTrees => _relatedTrees is not null;

    /// <summary>The embedded FNC-1 model, loaded on first use (once, thread-safe).</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without the embedded model.</exception>
    public static StanceModel Default => DefaultModel.Value;

    /// <summary>A one-line description written by the trainer (data, settings, dev metrics).</summary>
    public string Description { get; }

    /// <summary>Time taken to read and deserialise this model (zero for a model trained in this process).</summary>
    public TimeSpan LoadTime { get; private set; }

    /// <summary>Factors by which the label probabilities are multiplied before normalisation, indexed by label (chosen on dev).</summary>
    public IReadOnlyList<double> Calibration => _calibration;

    internal IdfTable Idf { get; }

    internal StanceFeaturizer Featurizer { get; }

    /// <summary>
    /// Name of the sentence encoder this model was trained with (its vectors are features: see
    /// <see cref="StanceClassifier(StanceModel, ShortText.ITextEmbedder?)"/>), or null for a model of hand features only.
    /// </summary>
    public string? EncoderName { get; }

    /// <summary>The encoder features (null without an encoder).</summary>
    internal EncoderFeatures? Encoder { get; }

    /// <summary>
    /// Weight of same-body pooling (0 = none, at most 1), chosen on dev by the trainer: when a batch pairs one body with
    /// several headlines (<see cref="StanceClassifier.ClassifyPooledByBody"/>, <c>newsnlp stance-fnc</c>), each pair's
    /// agree / disagree / discuss shares move this far toward the relatedness-weighted mean of that body's pairs before the
    /// calibration. A single pair (<see cref="StanceClassifier.Classify"/>, the pipeline's body annotation) is not pooled.
    /// </summary>
    public double BodyPooling { get; private init; }

    /// <summary>Length of the feature vector: the hand features and the encoder features.</summary>
    internal int FeatureCount { get; }

    /// <summary>Loads a model saved with <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a stance model of a supported version.</exception>
    public static StanceModel Load(Stream stream, string name = "stance model")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var watch = Stopwatch.StartNew();
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            Dictionary<string, string> fields = ModelArchive.ReadManifest(zip, Kind, FormatVersion, "stance model", name);

            string? encoderName = fields.GetValueOrDefault("encoder");
            EncoderFeatures? encoder = null;
            if (encoderName is not null)
            {
                if (!int.TryParse(fields.GetValueOrDefault("encoder-dimension"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int dimension) || dimension <= 0)
                {
                    throw new InvalidDataException($"{name}: the encoder's dimension is missing.");
                }

                encoder = new EncoderFeatures(dimension, fields.GetValueOrDefault("encoder-products") == "1");
            }

            int expected = StanceFeaturizer.Count + (encoder?.Count ?? 0);
            if (!int.TryParse(fields.GetValueOrDefault("features"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int features) || features != expected)
            {
                throw new InvalidDataException($"{name}: model has {fields.GetValueOrDefault("features")} features, this build computes {expected}; retrain the model.");
            }

            IdfTable idf;
            using (var reader = new BinaryReader(ModelArchive.OpenEntry(zip, "idf.bin", name), Encoding.UTF8))
            {
                idf = IdfTable.Read(reader);
            }

            double[] calibration = [.. ModelArchive.ReadText(zip, "calibration.txt", name)
                .Split(['\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))];
            var ml = new MLContext(seed: 1);
            ITransformer related = LoadTransformer(ml, zip, "relatedness.zip", name);
            ITransformer stance = LoadTransformer(ml, zip, "stance.zip", name);
            double pooling = double.Parse(fields.GetValueOrDefault("body-pooling") ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture);
            if (!(pooling >= 0 && pooling <= 1))
            {
                throw new InvalidDataException($"{name}: body-pooling '{pooling}' must be between 0 and 1.");
            }

            var model = new StanceModel(ml, idf, related, stance, calibration, fields.GetValueOrDefault("description") ?? string.Empty, encoder, encoderName) { BodyPooling = pooling };
            model.LoadTime = watch.Elapsed;
            return model;
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"{name}: cannot read the stance model: {ex.Message}", ex);
        }
    }

    /// <summary>Loads a model from a file.</summary>
    public static StanceModel Load(string path) => ModelArchive.LoadFromFile(path, Load);

    /// <summary>Saves the model as a zip archive (see the remarks of <see cref="StanceModel"/>).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        string description = Description.Replace('\n', ' ').Replace('\t', ' ');
        string encoder = Encoder is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"encoder\t{EncoderName}\nencoder-dimension\t{Encoder.Dimension}\nencoder-products\t{(Encoder.Products ? 1 : 0)}\n");
        ModelArchive.WriteText(zip, "manifest.txt", string.Create(CultureInfo.InvariantCulture, $"kind\t{Kind}\nformat\t{FormatVersion}\nfeatures\t{FeatureCount}\n{encoder}{(BodyPooling > 0 ? $"body-pooling\t{BodyPooling:R}\n" : string.Empty)}description\t{description}\n"));
        using (var buffer = new MemoryStream())
        {
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                Idf.Write(writer);
            }

            ModelArchive.WriteBytes(zip, "idf.bin", buffer.ToArray());
        }

        ModelArchive.WriteText(zip, "calibration.txt", string.Join(' ', _calibration.Select(c => c.ToString("R", CultureInfo.InvariantCulture))) + "\n");
        DataViewSchema schema = MlSchemas.InputSchema(_ml, FeatureCount);
        foreach ((string entry, ITransformer transformer) in new[] { ("relatedness.zip", _related), ("stance.zip", _stance) })
        {
            using var buffer = new MemoryStream();
            _ml.Model.Save(transformer, schema, buffer);
            ModelArchive.WriteBytes(zip, entry, buffer.ToArray());
        }
    }

    /// <summary>Saves the model to a file (folders are created).</summary>
    public void Save(string path) => Learning.ModelFile.WriteToFile(path, Save);

    /// <summary>A copy of this model with other calibration factors.</summary>
    internal StanceModel WithCalibration(IReadOnlyList<double> calibration) =>
        new(_ml, Idf, _related, _stance, calibration, Description, Encoder, EncoderName) { BodyPooling = BodyPooling };

    /// <summary>A copy of this model with another description.</summary>
    internal StanceModel WithDescription(string description) =>
        new(_ml, Idf, _related, _stance, _calibration, description, Encoder, EncoderName) { BodyPooling = BodyPooling };

    /// <summary>A copy of this model with another <see cref="BodyPooling"/> weight.</summary>
    internal StanceModel WithBodyPooling(double weight) =>
        new(_ml, Idf, _related, _stance, _calibration, Description, Encoder, EncoderName) { BodyPooling = weight };

    /// <summary>Uncalibrated probabilities (agree, disagree, discuss, unrelated) of one pair.</summary>
    internal void PredictRaw(PreparedText target, PreparedText text, Span<double> probabilities)
    {
        if (_relatedTrees is not null)
        {
            float[]? features = _buffer;
            if (features is null || features.Length != FeatureCount)
            {
                features = _buffer = new float[FeatureCount];
            }

            Featurize(target, text, features);
            PredictCompiled(features, probabilities);
            return;
        }

        PredictWithEngines(target, text, probabilities);
    }

    private void PredictCompiled(float[] features, Span<double> probabilities)
    {
        float related = _relatedCalibrator!.PredictProbability(_relatedTrees!.Score(features));
        if (related < SkipStanceBelow)
        {
            Combine(related, UniformScores, probabilities);
            return;
        }

        Span<float> raw = stackalloc float[3];
        float max = float.NegativeInfinity;
        for (int k = 0; k < 3; k++)
        {
            raw[k] = _stanceTrees![k].Score(features);
            max = Math.Max(max, raw[k]);
        }

        float sum = 0;
        for (int k = 0; k < 3; k++)
        {
            raw[k] = MathF.Exp(raw[k] - max);
            sum += raw[k];
        }

        float[] scores = [raw[0] / sum, raw[1] / sum, raw[2] / sum];
        Combine(related, scores, probabilities);
    }

    private static (CompiledTrees?, PlattCalibrator?, CompiledTrees[]?) Compile(ITransformer related, ITransformer stance)
    {
        if (related.GetType().GetProperty("Model")?.GetValue(related) is not CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> relatedModel)
        {
            return (null, null, null);
        }

        PlattCalibrator calibrator = relatedModel.Calibrator;
        CompiledTrees? relatedTrees = CompiledTrees.From(relatedModel.SubModel);
        if (relatedTrees is null || calibrator is null || stance.GetType().GetProperty("Model")?.GetValue(stance) is not OneVersusAllModelParameters ova)
        {
            return (null, null, null);
        }

        const System.Reflection.BindingFlags Any = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic;
        // ML.NET keeps the per-class models of a one-versus-all model in a private implementation object.
        object? impl = typeof(OneVersusAllModelParameters).GetField("_impl", Any)?.GetValue(ova);
        if (impl?.GetType().GetProperty("Predictors", Any)?.GetValue(impl) is not System.Collections.IEnumerable subModels)
        {
            return (null, null, null);
        }

        var classes = new List<CompiledTrees>();
        foreach (object? m in subModels)
        {
            object? raw = m is CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> calibrated ? calibrated.SubModel : m;
            CompiledTrees? c = CompiledTrees.From(raw);
            if (c is null)
            {
                return (null, null, null);
            }

            classes.Add(c);
        }

        return classes.Count == 3 ? (relatedTrees, calibrator, [.. classes]) : (null, null, null);
    }

    /// <summary>Compares the compiled trees with ML.NET's engines on fixed pseudo-random feature vectors.</summary>
    private bool CompiledMatchesEngines()
    {
        var rng = new Random(12345);
        Span<double> a = stackalloc double[StanceLabels.Count];
        Span<double> b = stackalloc double[StanceLabels.Count];
        Engines engines = _engines.Get();
        try
        {
            for (int trial = 0; trial < 24; trial++)
            {
                float[] x = engines.Row.Features;
                for (int i = 0; i < x.Length; i++)
                {
                    x[i] = trial == 0 ? 0 : rng.NextDouble() < 0.7 ? 0 : (float)(rng.NextDouble() * (trial % 3 == 0 ? 1 : 8));
                }

                float[] copy = [.. x];
                PredictCompiled(copy, a);
                float related = engines.Related.Predict(engines.Row).Probability;
                Combine(related, engines.Stance.Predict(engines.Row).Score, b);
                for (int k = 0; k < a.Length; k++)
                {
                    if (Math.Abs(a[k] - b[k]) > 1e-4 && !(related < SkipStanceBelow && k < 3))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
        finally
        {
            _engines.Return(engines);
        }
    }

    /// <summary>Uncalibrated probabilities through ML.NET prediction engines (the reference path).</summary>
    internal void PredictWithEngines(PreparedText target, PreparedText text, Span<double> probabilities)
    {
        Engines engines = _engines.Get();
        try
        {
            Featurize(target, text, engines.Row.Features);
            float related = engines.Related.Predict(engines.Row).Probability;

            // Cascade: when the pair is almost surely unrelated, the agree/disagree/discuss split of the remaining mass
            // (at most SkipStanceBelow) cannot change the label; it is reported as uniform and the second model is not run.
            float[] scores = related < SkipStanceBelow ? UniformScores : engines.Stance.Predict(engines.Row).Score;
            Combine(related, scores, probabilities);
        }
        finally
        {
            _engines.Return(engines);
        }
    }

    /// <summary>The whole feature vector of one pair (hand features, then the encoder's).</summary>
    internal void Featurize(PreparedText target, PreparedText text, float[] features)
    {
        Featurizer.Featurize(target, text, features);
        Encoder?.Featurize(target, text, features.AsSpan(StanceFeaturizer.Count));
    }

    /// <summary>Calibrated prediction of one pair.</summary>
    /// <summary>The calibrated prediction of raw probabilities (agree, disagree, discuss, unrelated).</summary>
    internal StancePrediction FromRaw(ReadOnlySpan<double> raw) => Calibrate(raw, _calibration);

    internal StancePrediction Predict(PreparedText target, PreparedText text)
    {
        Span<double> p = stackalloc double[StanceLabels.Count];
        PredictRaw(target, text, p);
        return Calibrate(p, _calibration);
    }

    internal static StancePrediction Calibrate(ReadOnlySpan<double> raw, IReadOnlyList<double> calibration)
    {
        var p = new double[StanceLabels.Count];
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = raw[i] * calibration[i];
        }

        return new StancePrediction(p);
    }

    internal static void Combine(float related, float[] scores, Span<double> probabilities)
    {
        double r = float.IsFinite(related) ? Math.Clamp(related, 0f, 1f) : 0.5;
        double sum = 0;
        for (int i = 0; i < 3; i++)
        {
            sum += i < scores.Length && float.IsFinite(scores[i]) ? Math.Max(0, scores[i]) : 0;
        }

        for (int i = 0; i < 3; i++)
        {
            double s = sum > 0 && i < scores.Length && float.IsFinite(scores[i]) ? Math.Max(0, scores[i]) / sum : 1.0 / 3;
            probabilities[i] = r * s;
        }

        probabilities[3] = 1 - r;
    }

    private static StanceModel LoadDefault() =>
        ModelArchive.LoadEmbedded("stance-fnc1", ResourceName, "stance model", "train-stance", Load);

    private static ITransformer LoadTransformer(MLContext ml, ZipArchive zip, string entry, string name)
    {
        using Stream raw = ModelArchive.OpenEntry(zip, entry, name);
        using var buffer = new MemoryStream();
        raw.CopyTo(buffer);
        buffer.Position = 0;
        return ml.Model.Load(buffer, out _);
    }


    /// <summary>One thread's prediction engines and input row.</summary>
    private sealed class Engines(PredictionEngine<FeatureRow, RelatedOutput> related, PredictionEngine<FeatureRow, StanceOutput> stance, int features)
    {
        public PredictionEngine<FeatureRow, RelatedOutput> Related { get; } = related;

        public PredictionEngine<FeatureRow, StanceOutput> Stance { get; } = stance;

        public FeatureRow Row { get; } = new() { Features = new float[features] };
    }

    private sealed class EnginePolicy(StanceModel model) : PooledObjectPolicy<Engines>
    {
        private readonly Lock _gate = new();

        public override Engines Create()
        {
            lock (_gate)
            {
                return new(
                    model._ml.Model.CreatePredictionEngine<FeatureRow, RelatedOutput>(model._related, inputSchemaDefinition: MlSchemas.For<FeatureRow>(model.FeatureCount)),
                    model._ml.Model.CreatePredictionEngine<FeatureRow, StanceOutput>(model._stance, inputSchemaDefinition: MlSchemas.For<FeatureRow>(model.FeatureCount)),
                    model.FeatureCount);
            }
        }

        public override bool Return(Engines obj) => true;
    }
}
