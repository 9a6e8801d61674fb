using System.ComponentModel.DataAnnotations;

namespace NewsNlp.Pipeline;

/// <summary>Limits and batch settings of a <see cref="NewsPipeline"/>.</summary>
public sealed class NewsPipelineOptions
{
    /// <summary>Largest document accepted, in UTF-16 code units (default 64 Mi). Longer input fails with a clear <see cref="ArgumentException"/>.</summary>
    [Range(1, int.MaxValue)]
    public int MaxDocumentLength { get; set; } = 64 * 1024 * 1024;

    /// <summary>Documents processed at once by batch APIs (default: processor count).</summary>
    [Range(1, 1024)]
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDocumentLength, 1, nameof(MaxDocumentLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDegreeOfParallelism, 1024, nameof(MaxDegreeOfParallelism));
    }
}
