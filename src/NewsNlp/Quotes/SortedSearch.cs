namespace NewsNlp.Quotes;

/// <summary>Binary search over lists kept in text order (mentions, organisations, tagged pieces, token positions).</summary>
internal static class SortedSearch
{
    /// <summary>
    /// The number of leading items whose <paramref name="position"/> is below <paramref name="token"/>: the index of the
    /// first item at or after it, and one more than the index of the last item before it.
    /// </summary>
    public static int CountBefore<T>(List<T> items, int token, Func<T, int> position)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (position(items[mid]) < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
