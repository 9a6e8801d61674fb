using System.Buffers;

namespace NewsNlp.Quotes;

/// <summary>Per-document arrays of the quote stage, rented from the shared array pool and cleared (large documents
/// otherwise allocate tens of megabytes of short-lived arrays per call).</summary>
internal static class Pool
{
    /// <summary>An array of at least <paramref name="length"/> elements whose first <paramref name="length"/> are default.</summary>
    public static T[] Rent<T>(int length)
    {
        T[] array = ArrayPool<T>.Shared.Rent(Math.Max(1, length));
        Array.Clear(array, 0, length);
        return array;
    }

    public static void Return<T>(T[] array) => ArrayPool<T>.Shared.Return(array);
}
