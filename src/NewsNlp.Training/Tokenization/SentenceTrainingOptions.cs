namespace NewsNlp.Tokenization.Training;

/// <summary>Settings of <see cref="SentenceBoundaryTrainer"/>.</summary>
public sealed record SentenceTrainingOptions
{
    /// <summary>Maximum training epochs (the best on the tuning documents is kept). Default 12.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Feature buckets as a power of two. Default 16 (the weights, 512 KB, stay in the L2 cache).</summary>
    public int BucketBits { get; init; } = 16;

    /// <summary>Shuffle seed. Default 17.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>Every n-th document (by position) is held out for tuning epochs and threshold. Default 5.</summary>
    public int HoldOutEvery { get; init; } = 5;
}
