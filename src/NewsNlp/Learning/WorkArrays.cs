using System.Buffers;

namespace NewsNlp.Learning;

/// <summary>
/// Per-document working arrays of the stages. Up to <see cref="PooledLength"/> elements they come from
/// <see cref="ArrayPool{T}.Shared"/> (no garbage for the many small articles of a batch); longer ones are allocated at
/// their exact length and left to the garbage collector. Pooled, a large document's arrays would be rounded up to a
/// power of two and stay alive in the pool after its stage, so the arrays of every stage would add up in the peak memory
/// of the next one (measured with <c>benchmarks … scaling --detail</c>, docs/bad-input.md).
/// </summary>
internal static class WorkArrays
{
    /// <summary>The longest array taken from the shared pool (a power of two, so a rented array is never longer).</summary>
    public const int PooledLength = 1 << 16;

    /// <summary>An array of at least <paramref name="length"/> elements; their values are undefined.</summary>
    public static T[] Rent<T>(int length) =>
        length <= PooledLength ? ArrayPool<T>.Shared.Rent(Math.Max(1, length)) : GC.AllocateUninitializedArray<T>(length);

    /// <summary>An array of at least <paramref name="length"/> elements whose first <paramref name="length"/> are default.</summary>
    public static T[] RentCleared<T>(int length)
    {
        if (length > PooledLength)
        {
            return new T[length];
        }

        T[] array = ArrayPool<T>.Shared.Rent(Math.Max(1, length));
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>Gives back an array from <see cref="Rent{T}"/> or <see cref="RentCleared{T}"/> (a large one is simply dropped).</summary>
    public static void Return<T>(T[] array)
    {
        if (array.Length <= PooledLength)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }
}
