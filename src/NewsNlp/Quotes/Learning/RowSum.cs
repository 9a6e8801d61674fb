using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using NewsNlp.Learning;

namespace NewsNlp.Quotes.Learning;

/// <summary>
/// A bucket sink that scores as the buckets come: adds each bucket's weight row of a <see cref="PaddedWeights"/> table to
/// one vector, in the order given — the same float sums, in the same order, as <see cref="PaddedWeights.Score"/> over the
/// buckets written down first, without writing them down (the tagger's prediction passes).
/// </summary>
internal ref struct RowSum : IBucketSink
{
    private readonly ref float _rows;
    private readonly uint _limit;

    /// <summary>An empty sum over the rows of <paramref name="weights"/>.</summary>
    public RowSum(PaddedWeights weights)
    {
        _rows = ref weights.Rows;
        _limit = (uint)weights.BucketCount;
    }

    /// <summary>The summed rows (one lane a class; padding lanes 0).</summary>
    public Vector256<float> Sum { get; private set; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int bucket)
    {
        if ((uint)bucket >= _limit)
        {
            PaddedWeights.ThrowOutOfRange();
        }

        Sum += Vector256.LoadUnsafe(ref _rows, (nuint)(uint)bucket * PaddedWeights.Width);
    }
}
