using NewsNlp.Learning;

namespace NewsNlp.Quotes.Speakers.Ranking;

/// <summary>
/// A learned ranker over the candidate source mentions of a quote (and the choice "no source"): a linear model over
/// hashed features (<see cref="SourceFeatures"/>) trained as a ranking perceptron on PolNeAR train source annotations
/// (<c>SourceRankerTrainer</c> in NewsNlp.Training). It replaces the source mention the quote finders chose when another candidate
/// scores higher by at least the model's margin. Thread-safe once loaded.
/// </summary>
public sealed class SourceRanker
{
    /// <summary>Model kind in the model-file header.</summary>
    public const string Kind = "quote-source-ranker";

    /// <summary>Current format version.</summary>
    public const int Version = 1;

    private const string ResourceName = "NewsNlp.Quotes.source-ranker.model";
    private static readonly int[] SupportedVersions = [Version];
    private static readonly Lazy<SourceRanker?> EmbeddedModel = new(LoadEmbeddedOrNull);

    internal SourceRanker(AveragedPerceptron weights, float margin)
    {
        Weights = weights;
        Margin = margin;
    }

    /// <summary>The embedded model (package NewsNlp.Models.Quotes), or null when that package was built without one.</summary>
    /// <exception cref="NewsNlp.Models.ModelPackageMissingException">The application does not reference NewsNlp.Models.Quotes.</exception>
    public static SourceRanker? Embedded => EmbeddedModel.Value;

    internal AveragedPerceptron Weights { get; }

    /// <summary>A candidate replaces the current source only when it scores at least this much higher (stored in the model).</summary>
    internal float Margin { get; }

    /// <summary>Loads a model file written by the trainer.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid source-ranker model.</exception>
    public static SourceRanker Load(string path) => ModelFile.Read(path, Kind, SupportedVersions, ReadPayload);

    /// <summary>Saves the model (deterministic bytes).</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Version, WritePayload);

    /// <summary>The same weights with another margin.</summary>
    internal SourceRanker WithMargin(float margin) => new(Weights, margin);

    /// <summary>Re-chooses the source mention of every quote the learned tagger found (in text order).</summary>
    internal void Rerank(DocumentView v, List<QuoteDraft> kept, CancellationToken cancellationToken = default)
    {
        if (v.Count == 0 || kept.Count == 0)
        {
            return;
        }

        var candidates = new List<SourceCandidate>(32);
        var features = new SourceFeatures(v, Weights.BucketCount);
        string? lastRule = null;
        ulong ruleHash = 0;
        int seen = 0;
        foreach (QuoteDraft d in kept)
        {
            if ((++seen & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (d.ContinuesFrom is not null || d.SourceSettled || !d.DecidedBy.StartsWith("learned", StringComparison.Ordinal))
            {
                // The sieves' sources (the cue's own subject, the name after an inverted cue, a transcript label) are kept:
                // on PolNeAR dev the ranker changed them for the worse as often as for the better.
                continue;
            }

            if (!ReferenceEquals(d.DecidedBy, lastRule))
            {
                lastRule = d.DecidedBy;
                ruleHash = QuoteFrame.HashRule(lastRule);
            }

            QuoteFrame frame = QuoteFrame.Of(d, ruleHash);
            SourceCandidates.Collect(v, frame, candidates);
            int best = Choose(features, frame, candidates);
            SourceCandidate chosen = best < 0 ? SourceCandidate.NoSource : candidates[best];
            if (chosen.First != d.SourceFirst || chosen.End != d.SourceEnd)
            {
                d.SetSource(chosen.First, chosen.End);
                d.DecidedBy += "/ranked";
            }

            features.Spoke(d.SourceFirst, d.SourceEnd);
        }
    }

    /// <summary>
    /// The index of the chosen candidate (-1 for "no source"): the best-scoring one when it beats the current source
    /// (or "no source" when there is none) by <see cref="Margin"/>; else the current source.
    /// </summary>
    internal int Choose(SourceFeatures features, in QuoteFrame frame, List<SourceCandidate> candidates)
    {
        features.Begin(frame, candidates);
        Span<int> buckets = stackalloc int[SourceFeatures.MaxFeatures];
        int current = -1;
        float best = Score(features, SourceCandidate.NoSource, -1, buckets), currentScore = best;
        int bestIndex = -1;
        for (int i = 0; i < candidates.Count; i++)
        {
            SourceCandidate c = candidates[i];
            float s = Score(features, c, i, buckets);
            if (c.First == frame.SourceFirst && c.End == frame.SourceEnd)
            {
                current = i;
                currentScore = s;
            }

            if (s > best)
            {
                best = s;
                bestIndex = i;
            }
        }

        return bestIndex != current && best - currentScore < Margin ? current : bestIndex;
    }

    internal float Score(SourceFeatures features, in SourceCandidate c, int index, Span<int> buckets)
    {
        int n = features.Extract(c, index, buckets);
        return Weights.ScoreOf(buckets[..n], 1);
    }

    private void WritePayload(BinaryWriter writer)
    {
        writer.Write(Margin);
        Weights.Save(writer);
    }

    private static SourceRanker ReadPayload(BinaryReader reader, int version)
    {
        float margin = reader.ReadSingle();
        if (!float.IsFinite(margin))
        {
            throw new ModelFormatException("The source ranker's margin is not a finite number.");
        }

        return new SourceRanker(AveragedPerceptron.Load(reader), margin);
    }

    private static SourceRanker? LoadEmbeddedOrNull()
    {
        System.Reflection.Assembly assembly = NewsNlp.Models.EmbeddedModels.Require(NewsNlp.Models.EmbeddedModels.QuotesPackage, "source-ranker", "set QuoteStageOptions.SourceRanker to a model of your own (SourceRanker.Load) or QuoteStageOptions.UseSourceRanker = false");
        return assembly.GetManifestResourceInfo(ResourceName) is null ? null : ModelFile.ReadEmbedded(assembly, ResourceName, Kind, SupportedVersions, ReadPayload);
    }
}
