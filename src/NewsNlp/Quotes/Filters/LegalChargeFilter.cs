namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Being charged with a crime is a legal step, not a report: <c>Cpl. Arnold Bracy was charged yesterday with
/// espionage</c>, <c>Prosecutors charged him with fraud</c>. A reported or mixed draft whose cue holds <c>charged</c>
/// (or <c>charges</c>, <c>charging</c>) and whose content opens with <c>with</c> names the offence, not anything said:
/// an action. <c>He charged that the vote was rigged</c> (a clause after the cue) stays a report.
/// </summary>
internal sealed class LegalChargeFilter : IAttributionFilter
{
    private static readonly string[] ChargeForms = ["charged", "charges", "charging", "charge"];

    /// <inheritdoc />
    public string Name => "legal-charge";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || draft.Kind == Documents.QuoteKind.Direct || draft.FirstToken < 0 || draft.FirstToken >= v.Count)
        {
            return FilterVerdict.Keep;
        }

        bool charge = false;
        for (int t = draft.CueFirst; t < draft.CueEnd && !charge; t++)
        {
            charge = v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, ChargeForms);
        }

        if (!charge)
        {
            return FilterVerdict.Keep;
        }

        // The offence: the content opens with "with", or "with" stands between the cue and the content.
        int first = draft.FirstToken;
        bool with = v.TextIs(first, "with") || (first == draft.CueEnd + 1 && v.TextIs(draft.CueEnd, "with"));
        return with ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
