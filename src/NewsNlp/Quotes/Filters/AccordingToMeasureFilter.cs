namespace NewsNlp.Quotes.Filters;

/// <summary>
/// <c>according to</c> a measure is "in keeping with", not a report: <c>The voters are put in 24 categories according to
/// their last known voting intention, ranging from "Labour (firm)" to …</c> gave two quotes whose source was the
/// intention. A draft whose cue is <c>according to</c> and the phrase after which (up to a comma, bracket, quotation
/// mark or the sentence's end) ends in a noun of measure or manner (intention,
/// plan, schedule, size, age, needs, wishes, ability, merit, type, category, income, weight, height, preference,
/// priority, criteria, formula, tradition, custom, timetable, seniority, performance) is an action.
/// </summary>
internal sealed class AccordingToMeasureFilter : IAttributionFilter
{
    private static readonly string[] MeasureNouns =
    [
        "intention", "intentions", "plan", "plans", "schedule", "size", "sizes", "age", "ages", "need", "needs", "wish", "wishes",
        "ability", "abilities", "merit", "merits", "type", "types", "category", "categories", "income", "incomes", "weight", "height",
        "preference", "preferences", "priority", "priorities", "criteria", "formula", "tradition", "custom", "customs", "timetable",
        "seniority", "performance",
    ];

    /// <inheritdoc />
    public string Name => "according-to-measure";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || !v.TextIs(draft.CueFirst, "according") || !v.TextIs(draft.CueFirst + 1, "to"))
        {
            return FilterVerdict.Keep;
        }

        // The phrase after "to", up to a comma, bracket, quotation mark or the sentence's end (at most eight words).
        int head = -1;
        for (int t = draft.CueFirst + 2; t < v.Count && t - draft.CueFirst <= 10 && v.SentenceOf[t] == v.SentenceOf[draft.CueFirst]
            && v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised && !v.InQuote(t); t++)
        {
            head = t;
        }

        if (head < 0)
        {
            return FilterVerdict.Keep;
        }

        foreach (string noun in MeasureNouns)
        {
            if (v.TextIs(head, noun))
            {
                return FilterVerdict.Action;
            }
        }

        return FilterVerdict.Keep;
    }
}
