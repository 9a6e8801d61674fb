using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Learning;

/// <summary>
/// A read-only copy of a trained <see cref="AveragedPerceptron"/> with at most 8 classes, laid out for fast scoring:
/// each feature bucket's weights padded to 8 floats (32 bytes) in a pinned, 64-byte-aligned table, so one bucket is one
/// aligned cache-line half and one vector add. Thread-safe; used by hot taggers at prediction time.
/// </summary>
internal sealed class PaddedWeights
{
    /// <summary>Classes per row (the padding width).</summary>
    public const int Width = 8;

    private readonly float[] _table;
    private readonly int _offset;

    public PaddedWeights(AveragedPerceptron model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.ClassCount > Width)
        {
            throw new ArgumentException($"At most {Width} classes can be padded; the model has {model.ClassCount}.", nameof(model));
        }

        BucketCount = model.BucketCount;
        _table = GC.AllocateArray<float>((model.BucketCount * Width) + 16, pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(_table, 0).ToInt64();
        _offset = (int)((64 - (address % 64)) % 64) / sizeof(float);
        for (int b = 0; b < model.BucketCount; b++)
        {
            for (int c = 0; c < model.ClassCount; c++)
            {
                _table[_offset + (b * Width) + c] = model.Weight(b, c);
            }
        }
    }

    /// <summary>Number of feature buckets.</summary>
    public int BucketCount { get; }

    /// <summary>Writes the summed weights of <paramref name="buckets"/> into <paramref name="scores"/> (length at least <see cref="Width"/>; padding classes get 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        // The first row and the bound in locals: the loop is a load, a check and one vector add per bucket.
        ref float rows = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), _offset);
        Vector256<float> sum = Vector256<float>.Zero;
        uint limit = (uint)BucketCount;
        foreach (int bucket in buckets)
        {
            if ((uint)bucket >= limit)
            {
                ThrowOutOfRange();
            }

            sum += Vector256.LoadUnsafe(ref rows, (nuint)(uint)bucket * Width);
        }

        sum.CopyTo(scores);
    }

    /// <summary>The first row of the table (bucket <c>b</c>'s weights start <c>b * Width</c> floats on), for scorers that sum rows as their buckets come (<c>RowSum</c> of the attribution tagger).</summary>
    public ref float Rows => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), _offset);

    internal static void ThrowOutOfRange() => throw new ArgumentOutOfRangeException("buckets", "A bucket is out of range.");
}
