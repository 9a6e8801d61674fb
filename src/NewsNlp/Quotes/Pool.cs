using NewsNlp.Learning;

namespace NewsNlp.Quotes;

/// <summary>Per-document arrays of the quote stage (<see cref="WorkArrays"/>: small ones pooled, large ones exact and
/// left to the garbage collector), cleared.</summary>
internal static class Pool
{
    /// <summary>An array of at least <paramref name="length"/> elements whose first <paramref name="length"/> are default.</summary>
    public static T[] Rent<T>(int length) => WorkArrays.RentCleared<T>(length);

    public static void Return<T>(T[] array) => WorkArrays.Return(array);
}
