using NewsNlp.Quotes;
using NewsNlp.Quotes.Reported;

namespace NewsNlp.Tests.Quotes.Reported;

public class DraftExtentSweepTests
{
    private static QuoteDraft Draft(int first, int end, int open = -1, int close = -1) =>
        new() { FirstToken = first, EndToken = end, OpenToken = open, CloseEnd = close };

    [Fact]
    public void Counts_the_drafts_overlapping_each_query_in_text_order()
    {
        QuoteDraft a = Draft(2, 5), b = Draft(11, 13, open: 10, close: 14), c = Draft(12, 20);
        var sweep = new DraftExtentSweep([c, a, b]);

        Assert.Equal(0, sweep.CountOverlapping(0, 2, out QuoteDraft? none));
        Assert.Null(none);
        Assert.Equal(1, sweep.CountOverlapping(4, 8, out QuoteDraft? one));
        Assert.Same(a, one);

        // The quotation mark at 10 belongs to b's extent; c starts at 12.
        Assert.Equal(1, sweep.CountOverlapping(9, 11, out QuoteDraft? marks));
        Assert.Same(b, marks);
        Assert.Equal(2, sweep.CountOverlapping(11, 16, out QuoteDraft? two));
        Assert.Null(two);
        Assert.Equal(1, sweep.CountOverlapping(15, 30, out QuoteDraft? last));
        Assert.Same(c, last);
    }

    [Fact]
    public void Skips_drafts_dropped_after_the_sweep_was_built_and_restarts_when_a_query_goes_back()
    {
        QuoteDraft a = Draft(0, 10), b = Draft(5, 15);
        var dropped = Draft(0, 30);
        dropped.Dropped = true;
        var sweep = new DraftExtentSweep([a, b, dropped]);

        Assert.Equal(2, sweep.CountOverlapping(6, 8, out _));
        a.Dropped = true;
        Assert.Equal(1, sweep.CountOverlapping(7, 9, out QuoteDraft? left));
        Assert.Same(b, left);

        a.Dropped = false;
        Assert.Equal(1, sweep.CountOverlapping(0, 3, out QuoteDraft? again));
        Assert.Same(a, again);
    }
}
