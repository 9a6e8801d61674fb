namespace NewsNlp.Orleans;

/// <summary>How the client side of the cluster corpus retries and batches.</summary>
public sealed class OrleansCorpusOptions
{
    /// <summary>Attempts per grain call before the error reaches the caller (a silo failing mid-call is retried). Default 10.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait before the second attempt; each later attempt waits one more step. Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Article adds in flight at once in <see cref="OrleansCorpusIndex.AddManyAsync"/>. Default 32.</summary>
    public int MaxParallelAdds { get; set; } = 32;
}
