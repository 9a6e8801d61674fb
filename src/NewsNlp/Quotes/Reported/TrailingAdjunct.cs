using NewsNlp.Documents;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Wire news closes a report and then dates it against another event: <c>…, the lender said on Tuesday, a day after
/// its rival warned that profits would fall.</c>, <c>…, he said, hours before the vote.</c>. The phrase after the
/// report's comma is an adjunct of the reporting, not more of what was reported, and not the second side of a report
/// inserted between commas: it opens with a span of time before <c>after</c> or <c>before</c> (<c>a day after</c>, <c>two
/// weeks before</c>, <c>hours after</c>, <c>shortly after</c>). A bare <c>after</c>, <c>as</c>, <c>since</c> or
/// <c>until</c> is not enough: on PolNeAR dev such clauses belong to the reported content (<c>…, since the vast majority
/// of them …</c>, <c>…, until it went bankrupt in 1999</c>).
/// </summary>
internal static class TrailingAdjunct
{
    private static readonly string[] Spans = ["a", "an", "one", "two", "three", "four", "five", "several", "hours", "days", "weeks", "months", "just", "only", "shortly", "moments", "minutes"];

    private static readonly string[] TimeNouns = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"];

    /// <summary>True when the phrase at <paramref name="t"/> (after a report's comma) opens such an adjunct.</summary>
    public static bool Opens(DocumentView v, int t)
    {
        if (t >= v.Count || v.Shapes[t] != TokenShape.Lower || v.InQuote(t))
        {
            return false;
        }

        // "a day after", "two weeks before", "hours after", "shortly after"
        int k = t;
        while (k < v.Count && k - t < 3 && (v.TextIsAny(k, Spans) || v.TextIsAny(k, TimeNouns)))
        {
            k++;
        }

        return k > t && (v.TextIs(k, "after") || v.TextIs(k, "before"));
    }
}
