using System.Runtime.InteropServices;

namespace NewsNlp.Documents;

/// <summary>A growable flat table of <see cref="TokenRow"/> values, the single store of a document's tokens.</summary>
/// <remarks>Written by one tokenizer stage, then read by any number of threads. Not safe for concurrent writes.</remarks>
public sealed class TokenTable
{
    private TokenRow[] _rows;

    /// <summary>Creates an empty table with room for <paramref name="capacity"/> rows.</summary>
    public TokenTable(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _rows = capacity == 0 ? [] : new TokenRow[capacity];
    }

    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>The rows as a read-only span (valid until the next write).</summary>
    public ReadOnlySpan<TokenRow> Rows => _rows.AsSpan(0, Count);

    /// <summary>The row at <paramref name="index"/>.</summary>
    public ref readonly TokenRow this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"Token index must be in [0, {Count}).");
            }

            return ref _rows[index];
        }
    }

    /// <summary>Appends a row.</summary>
    public void Add(in TokenRow row)
    {
        if (Count == _rows.Length)
        {
            Array.Resize(ref _rows, Math.Max(16, _rows.Length * 2));
        }

        _rows[Count++] = row;
    }

    /// <summary>Replaces the row at <paramref name="index"/> (for stages that refine flags).</summary>
    public void Set(int index, in TokenRow row)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Token index must be in [0, {Count}).");
        }

        _rows[index] = row;
    }

    /// <summary>Removes all rows, keeping the storage.</summary>
    public void Clear() => Count = 0;

    /// <summary>Index of the token containing character <paramref name="offset"/>, or of the first token after it; <see cref="Count"/> when none.</summary>
    public int IndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            ref readonly TokenRow r = ref _rows[mid];
            if (r.End <= offset)
            {
                lo = mid + 1;
            }
            else if (r.Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return lo;
    }

    /// <summary>The storage array (at least <see cref="Count"/> rows; those after <see cref="Count"/> are unused), for readers that index rows without a span (the quote stage's view).</summary>
    internal TokenRow[] RowArray => _rows;

    internal Span<TokenRow> MutableRows => MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(_rows), Count);
}
