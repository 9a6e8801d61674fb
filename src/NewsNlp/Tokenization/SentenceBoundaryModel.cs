using NewsNlp.Learning;

namespace NewsNlp.Tokenization;

/// <summary>
/// A trained sentence-boundary classifier: an averaged perceptron over <see cref="BoundaryFeatures"/> with a decision
/// threshold, stored in a <see cref="ModelFile"/> container of kind <c>sentence-boundary</c>.
/// </summary>
/// <remarks>Immutable and thread-safe once loaded.</remarks>
public sealed class SentenceBoundaryModel
{
    /// <summary>The model kind in the file header.</summary>
    public const string Kind = "sentence-boundary";

    /// <summary>The format version written.</summary>
    public const int FormatVersion = 1;

    /// <summary>The feature-set version: bumped when <see cref="BoundaryFeatures"/> changes meaning.</summary>
    public const int FeatureVersion = 2;

    private const string ResourceName = "NewsNlp.Tokenization.sentence-boundary.model";

    private static readonly int[] SupportedVersions = [FormatVersion];

    private static readonly Lazy<SentenceBoundaryModel> EmbeddedModel = new(() =>
        ModelFile.ReadEmbedded(NewsNlp.Models.EmbeddedModels.Require(NewsNlp.Models.EmbeddedModels.SentencesPackage, "sentence-boundary", "set TokenizerStageOptions.UseLearnedSentenceSplitter = false (punctuation rules)"), ResourceName, Kind, SupportedVersions, ReadPayload));

    /// <summary>Per bucket, weight(boundary) − weight(no boundary): one read per feature when scoring.</summary>
    private readonly float[] _delta;

    internal SentenceBoundaryModel(AveragedPerceptron perceptron, float threshold, string description)
    {
        Perceptron = perceptron;
        Threshold = threshold;
        Description = description;
        _delta = new float[perceptron.BucketCount];
        Span<int> one = stackalloc int[1];
        Span<float> scores = stackalloc float[2];
        for (int b = 0; b < _delta.Length; b++)
        {
            one[0] = b;
            scores.Clear();
            perceptron.AddScores(one, scores);
            _delta[b] = scores[1] - scores[0];
        }
    }

    /// <summary>The model embedded in the library (trained on UD English EWT dev; see docs/tokenization.md).</summary>
    /// <exception cref="ModelFormatException">The embedded resource is missing or invalid.</exception>
    /// <exception cref="NewsNlp.Models.ModelPackageMissingException">The application does not reference NewsNlp.Models.Sentences.</exception>
    public static SentenceBoundaryModel Embedded => EmbeddedModel.Value;

    /// <summary>A boundary is predicted when score(boundary) − score(no boundary) exceeds this.</summary>
    public float Threshold { get; }

    /// <summary>What the model was trained on (written by the trainer).</summary>
    public string Description { get; }

    internal AveragedPerceptron Perceptron { get; }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid sentence-boundary model.</exception>
    public static SentenceBoundaryModel Load(string path) => ModelFile.Read(path, Kind, SupportedVersions, ReadPayload);

    /// <summary>Reads a model from a stream.</summary>
    /// <exception cref="ModelFormatException">The stream is not a valid sentence-boundary model.</exception>
    public static SentenceBoundaryModel Load(Stream source, string name) => ModelFile.Read(source, name, Kind, SupportedVersions, ReadPayload);

    /// <summary>Writes the model (deterministic bytes).</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, FormatVersion, WritePayload);

    /// <summary>Writes the model to a stream (deterministic bytes).</summary>
    public void Save(Stream destination) => ModelFile.Write(destination, Kind, FormatVersion, WritePayload);

    /// <summary>The boundary margin for the gap after token <paramref name="index"/> (positive: boundary).</summary>
    internal float Margin(in BoundaryContext context, int index, ref TokenHashCache cache)
    {
        Span<ulong> hashes = stackalloc ulong[BoundaryFeatures.MaxFeatures];
        int count = BoundaryFeatures.Extract(context, index, ref cache, hashes);
        float[] delta = _delta;
        float margin = -Threshold;
        for (int k = 0; k < count; k++)
        {
            margin += delta[StableHash.Bucket(hashes[k], delta.Length)];
        }

        return margin;
    }

    private void WritePayload(BinaryWriter writer)
    {
        writer.Write(FeatureVersion);
        writer.Write(Threshold);
        writer.Write(Description);
        Perceptron.Save(writer);
    }

    private static SentenceBoundaryModel ReadPayload(BinaryReader reader, int version)
    {
        int features = reader.ReadInt32();
        if (features != FeatureVersion)
        {
            throw new ModelFormatException($"The sentence-boundary model uses feature set {features}; this NewsNlp computes feature set {FeatureVersion}. Retrain it.");
        }

        float threshold = reader.ReadSingle();
        string description = reader.ReadString();
        AveragedPerceptron perceptron = AveragedPerceptron.Load(reader);
        if (perceptron.ClassCount != 2 || !float.IsFinite(threshold))
        {
            throw new ModelFormatException("The sentence-boundary model must have two classes and a finite threshold.");
        }

        return new SentenceBoundaryModel(perceptron, threshold, description);
    }
}
