namespace NewsNlp.Quotes.Grammar;

/// <summary>Character offset → token, over the view's token offsets (tokens are in text order).</summary>
internal static class TokenSearch
{
    /// <summary>
    /// <see cref="IndexAt(DocumentView, int)"/> searching forward from token <paramref name="from"/> (galloping, then
    /// binary) when every token before it ends at or before <paramref name="offset"/>; from the start otherwise.
    /// Tokens are in text order, so the index found is the first token ending after the offset in both cases.
    /// </summary>
    public static int IndexAt(DocumentView v, int offset, int from)
    {
        if (from <= 0 || from > v.Count || v.Ends[from - 1] > offset)
        {
            return IndexAt(v, offset);
        }

        int lo = from, hi = from, step = 1;
        while (hi < v.Count && v.Ends[hi] <= offset)
        {
            lo = hi + 1;
            hi += step;
            step <<= 1;
        }

        hi = Math.Min(hi, v.Count);
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (v.Ends[mid] <= offset)
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

    /// <summary>The token holding the character at <paramref name="offset"/>, else the first token after it (binary search).</summary>
    public static int IndexAt(DocumentView v, int offset)
    {
        int lo = 0, hi = v.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (v.Ends[mid] <= offset)
            {
                lo = mid + 1;
            }
            else if (v.Starts[mid] > offset)
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
}
