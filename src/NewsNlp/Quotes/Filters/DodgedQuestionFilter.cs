namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Questions someone dodged were put by others: <c>The chancellor brushed aside questions over why the budget was
/// late</c>, <c>She faced questions about whether the deal was legal</c>, <c>He sidestepped queries on when he would
/// quit</c>. A reported or mixed draft whose cue holds <c>questions</c>, <c>question</c> or <c>queries</c> right after a
/// verb of facing or avoiding them (<c>faced</c>, <c>fielded</c>, <c>dodged</c>, <c>brushed aside</c> …) is an action:
/// its content is what was asked, not what the subject said. Raising questions (<c>raised questions about …</c>) is the
/// subject's own report and stays.
/// </summary>
internal sealed class DodgedQuestionFilter : IAttributionFilter
{
    private static readonly string[] QuestionNouns = ["questions", "question", "queries"];

    private static readonly string[] FacingVerbs =
    [
        "faced", "faces", "face", "facing", "fielded", "fielding", "dodged", "dodging", "dodges", "ducked", "ducking", "evaded", "evading",
        "sidestepped", "sidestepping", "deflected", "deflecting", "rebuffed", "parried", "batted", "fended", "brushed", "brushing", "brushes",
        "shrugged", "shrugging", "swatted", "avoided", "avoiding",
    ];

    private static readonly string[] Particles = ["aside", "away", "off"];

    /// <inheritdoc />
    public string Name => "dodged-question";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue)
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t < draft.CueEnd && t < v.Count; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower || !v.TextIsAny(t, QuestionNouns))
            {
                continue;
            }

            int k = t - 1;
            if (k >= 0 && v.TextIsAny(k, Particles))
            {
                k--;
            }

            if (k >= 0 && v.Shapes[k] == TokenShape.Lower && v.TextIsAny(k, FacingVerbs) && !v.InQuote(k))
            {
                return FilterVerdict.Action;
            }
        }

        return FilterVerdict.Keep;
    }
}
