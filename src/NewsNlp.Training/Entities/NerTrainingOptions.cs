namespace NewsNlp.Entities.Training;

/// <summary>Settings of <see cref="NerTrainer"/>. The defaults rebuild the embedded model.</summary>
public sealed class NerTrainingOptions
{
    /// <summary>Maximum passes over the training documents (the epoch with the best dev F1 is kept).</summary>
    public int Epochs { get; set; } = 25;

    /// <summary>Stop after this many epochs without a better dev F1.</summary>
    public int Patience { get; set; } = 5;

    /// <summary>
    /// Independent training runs with seeds <see cref="Seed"/>, <see cref="Seed"/>+1, …; each keeps its best dev epoch and
    /// the final model is the mean of their weights (a free ensemble that lowers the variance between shuffles).
    /// </summary>
    public int Runs { get; set; } = 3;

    /// <summary>Seed of the document shuffle: the same inputs and seed give the same model bytes.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Feature buckets as a power of two (model size is about <c>17 × 2 × 2^bits</c> bytes before compression).</summary>
    public int BucketBits { get; set; } = 20;

    /// <summary>Use document features (labels of the same word elsewhere in the document).</summary>
    public bool DocumentFeatures { get; set; } = true;

    /// <summary>Decode twice; the second pass sees the whole document's first-pass labels.</summary>
    public bool SecondPass { get; set; } = true;

    /// <summary>Folder of gazetteer lists (<c>../shared/data/gazetteers</c>) compiled into the model; null for none.</summary>
    public string? GazetteerDirectory { get; set; }

    /// <summary>Folder of unlabelled news text (<c>../shared/data/unlabeled</c>) for word clusters; null for none.</summary>
    public string? UnlabeledDirectory { get; set; }

    /// <summary>Fine word clusters (k-means over context vectors).</summary>
    public int ClusterCount { get; set; } = 400;

    /// <summary>Coarse word clusters.</summary>
    public int CoarseClusterCount { get; set; } = 60;
}
