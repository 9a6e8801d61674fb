using NewsNlp.Learning;

namespace NewsNlp.Quotes.Learning;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger labelling each token as content, cue, source (BIO) or outside,
/// trained on PolNeAR. Thread-safe for tagging once loaded.
/// </summary>
public sealed class AttributionTagger
{
    /// <summary>Model kind in the model-file header.</summary>
    public const string Kind = "quote-attribution-tagger";

    /// <summary>Current format version.</summary>
    public const int Version = 1;

    private const string ResourceName = "NewsNlp.Quotes.attribution-tagger.model";
    private static readonly int[] SupportedVersions = [Version];
    private static readonly Lazy<AttributionTagger?> EmbeddedModel = new(LoadEmbeddedOrNull);

    internal AttributionTagger(AveragedPerceptron model)
    {
        Model = model;
    }

    /// <summary>The embedded model, or null when the package was built without one.</summary>
    public static AttributionTagger? Embedded => EmbeddedModel.Value;

    internal AveragedPerceptron Model { get; }

    /// <summary>Loads a model file written by the trainer.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid attribution model.</exception>
    public static AttributionTagger Load(string path) => ModelFile.Read(path, Kind, SupportedVersions, ReadPayload);

    /// <summary>Saves the model (deterministic bytes).</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Version, Model.Save);

    internal void Tag(DocumentView v, int[] tags, CancellationToken cancellationToken)
    {
        var features = new AttributionFeatures(v);
        Span<int> buckets = stackalloc int[AttributionFeatures.FeatureCount];
        Span<float> scores = stackalloc float[AttributionTag.Count];
        int prev = 0, prev2 = 0;
        for (int i = 0; i < v.Count; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (i > 0 && v.ParagraphOf[i - 1] != v.ParagraphOf[i])
            {
                prev = prev2 = 0;
            }

            features.Extract(i, prev, prev2, Model, buckets);
            scores.Clear();
            Model.AddScores(buckets, scores);
            int tag = Constrain(AveragedPerceptron.ArgMax(scores), prev, scores);
            tags[i] = tag;
            prev2 = prev;
            prev = tag;
        }
    }

    // An inside tag must continue a span of the same role; otherwise take the best valid tag.
    private static int Constrain(int tag, int prev, ReadOnlySpan<float> scores)
    {
        if (AttributionTag.IsBegin(tag) || tag == AttributionTag.Outside || AttributionTag.Role(prev) == AttributionTag.Role(tag))
        {
            return tag;
        }

        int best = AttributionTag.Outside;
        for (int c = 0; c < scores.Length; c++)
        {
            bool valid = c == AttributionTag.Outside || AttributionTag.IsBegin(c) || AttributionTag.Role(prev) == AttributionTag.Role(c);
            if (valid && scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private static AttributionTagger ReadPayload(BinaryReader reader, int version) => new(AveragedPerceptron.Load(reader));

    private static AttributionTagger? LoadEmbeddedOrNull()
    {
        System.Reflection.Assembly assembly = typeof(AttributionTagger).Assembly;
        if (assembly.GetManifestResourceInfo(ResourceName) is null)
        {
            return null;
        }

        return ModelFile.ReadEmbedded(assembly, ResourceName, Kind, SupportedVersions, ReadPayload);
    }
}
