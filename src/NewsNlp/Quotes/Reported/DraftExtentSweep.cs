namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Answers "which quote drafts overlap the tokens [first, end)?" for a run of queries whose <c>first</c> does not go
/// back, in time linear in the drafts plus the overlaps found: the drafts are sorted once by where their extent
/// starts, each enters the active set when a query reaches it and leaves it when a query starts past its end. Before
/// it, every tagger piece scanned every draft, which made a long paragraph of many short quotations quadratic.
/// </summary>
/// <remarks>
/// Only the drafts not dropped when the sweep is built take part; one dropped later is skipped when met. Drafts added
/// after the sweep is built are not seen: the learned-attribution pass adds only drafts that end before its next piece.
/// </remarks>
internal sealed class DraftExtentSweep
{
    private readonly QuoteDraft[] _byStart;
    private readonly List<QuoteDraft> _active = [];
    private int _next;
    private int _lastFirst = int.MinValue;

    /// <summary>A sweep over the drafts of <paramref name="drafts"/> that are not dropped now.</summary>
    public DraftExtentSweep(List<QuoteDraft> drafts) =>
        _byStart = [.. drafts.Where(d => !d.Dropped).OrderBy(d => Extent(d).First)]; // a stable sort: equal starts keep the drafts' order

    /// <summary>The tokens of a draft's content and quotation marks.</summary>
    public static (int First, int End) Extent(QuoteDraft d) =>
        (d.OpenToken >= 0 ? Math.Min(d.OpenToken, d.FirstToken) : d.FirstToken, Math.Max(d.EndToken, d.CloseEnd));

    /// <summary>
    /// How many drafts not dropped overlap [<paramref name="first"/>, <paramref name="end"/>), counting no further
    /// than two, and the one when there is exactly one. A query that starts before the previous one restarts the sweep.
    /// </summary>
    public int CountOverlapping(int first, int end, out QuoteDraft? single)
    {
        if (first < _lastFirst)
        {
            _next = 0;
            _active.Clear();
        }

        _lastFirst = first;
        while (_next < _byStart.Length && Extent(_byStart[_next]).First < end)
        {
            _active.Add(_byStart[_next++]);
        }

        // Drafts that end at or before this query's start cannot overlap any later query either.
        _active.RemoveAll(d => d.Dropped || Extent(d).End <= first);
        int count = 0;
        single = null;
        foreach (QuoteDraft d in _active)
        {
            if (Extent(d).First >= end)
            {
                continue;
            }

            if (++count == 2)
            {
                single = null;
                return count;
            }

            single = d;
        }

        return count;
    }
}
