using NewsNlp.Learning;

namespace NewsNlp.Quotes;

/// <summary>
/// Per-document arrays of the quote stage (<see cref="WorkArrays"/>: small ones pooled, large ones exact), cleared. A
/// large array given back during a document's stage is kept on its thread as a spare and handed out again to a later
/// pass asking for one of the same type and length (the tagger's tags, given back after the reported-speech pass, are
/// the indirect-speech rules' and the filters' per-token arrays), so the stage's passes do not each add a per-token
/// array to its peak while no collection runs; <see cref="DropSpares"/> (the view's <see cref="DocumentView.Dispose"/>,
/// at the end of the stage) leaves them to the garbage collector.
/// </summary>
internal static class Pool
{
    /// <summary>Most spares kept on a thread.</summary>
    private const int MaxSpares = 8;

    [ThreadStatic]
    private static List<Array>? t_spares;

    /// <summary>An array of at least <paramref name="length"/> elements whose first <paramref name="length"/> are default.</summary>
    public static T[] Rent<T>(int length)
    {
        if (length > WorkArrays.PooledLength && t_spares is { Count: > 0 } spares)
        {
            for (int i = spares.Count - 1; i >= 0; i--)
            {
                if (spares[i].GetType() == typeof(T[]) && spares[i].Length == length)
                {
                    var array = (T[])spares[i];
                    spares.RemoveAt(i);
                    Array.Clear(array);
                    return array;
                }
            }
        }

        return WorkArrays.RentCleared<T>(length);
    }

    /// <summary>Gives back an array from <see cref="Rent{T}"/>; the caller must not use it afterwards.</summary>
    public static void Return<T>(T[] array)
    {
        if (array.Length > WorkArrays.PooledLength)
        {
            List<Array> spares = t_spares ??= new List<Array>(MaxSpares);
            if (spares.Count == MaxSpares)
            {
                spares.RemoveAt(0);
            }

            spares.Add(array);
            return;
        }

        WorkArrays.Return(array);
    }

    /// <summary>Drops this thread's spare arrays (at the end of a document's quote stage).</summary>
    public static void DropSpares() => t_spares?.Clear();
}
