using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// An adverb of hearsay is not a verb of saying: in <c>spammers who have reportedly redirected traffic</c> the cue
/// <c>have reportedly</c> names no one who reports. A draft whose cue holds <c>reportedly</c>, <c>allegedly</c>,
/// <c>reputedly</c>, <c>supposedly</c> or <c>purportedly</c> and otherwise only auxiliaries, adverbs and <c>not</c> (no
/// verb or noun of saying) is an action.
/// </summary>
internal sealed class ReportingAdverbCueFilter : IAttributionFilter
{
    private static readonly string[] HearsayAdverbs = ["reportedly", "allegedly", "reputedly", "supposedly", "purportedly"];

    /// <inheritdoc />
    public string Name => "reporting-adverb-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || draft.Kind == Documents.QuoteKind.Direct)
        {
            return FilterVerdict.Keep;
        }

        bool hearsay = false;
        for (int t = draft.CueFirst; t < draft.CueEnd; t++)
        {
            if (IsHearsayAdverb(v, t))
            {
                hearsay = true;
            }
            else if (!v.Is(t, WordClass.Auxiliary | WordClass.Adverb) && !v.TextIs(t, "not"))
            {
                return FilterVerdict.Keep;
            }
        }

        return hearsay ? FilterVerdict.Action : FilterVerdict.Keep;
    }

    private static bool IsHearsayAdverb(DocumentView v, int t) => v.TextIsAny(t, HearsayAdverbs);
}
