using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A cue word right after an adjective that only modifies nouns is a noun, not a verb of saying: <c>Concerns remain over
/// the strength of the euro, weak domestic demand and a sluggish labour market</c>, <c>cuts in the discount rate, boosting
/// domestic demand and imports</c>, <c>renewed calls for a ban</c>. An adjective cannot be the subject of a verb, so a
/// reported or mixed draft whose cue is one lower-case word that is both a noun and a verb of saying (<c>demand</c>,
/// <c>calls</c>, <c>claims</c>, <c>warnings</c> …) with such an adjective (<c>domestic</c>, <c>weak</c>, <c>renewed</c>,
/// <c>repeated</c> …; not words that name people when used alone, such as <c>poor</c> or <c>young</c>) right before it
/// in the same sentence is an action.
/// </summary>
internal sealed class AdjectiveNounCueFilter : IAttributionFilter
{
    private static readonly string[] NounCues =
    [
        "demand", "demands", "call", "calls", "claim", "claims", "warning", "warnings", "appeal", "appeals", "plea", "pleas",
        "pledge", "pledges", "promise", "promises", "complaint", "complaints", "request", "requests", "report", "reports",
    ];

    private static readonly string[] Adjectives =
    [
        "domestic", "foreign", "overseas", "internal", "external", "global", "weak", "weaker", "weakening", "strong", "stronger",
        "sluggish", "robust", "buoyant", "firmer", "soft", "softer", "slow", "slower", "flat", "healthy", "solid",
        "lacklustre", "lackluster", "subdued", "seasonal", "underlying", "pent-up", "renewed", "repeated", "growing", "rising",
        "falling", "mounting", "persistent", "fresh", "urgent", "frequent", "unconfirmed",
        "unsubstantiated", "unfounded", "false", "conflicting", "contradictory", "anonymous",
    ];

    /// <inheritdoc />
    public string Name => "adjective-noun-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.CueEnd - draft.CueFirst != 1 || draft.CueFirst < 1)
        {
            return FilterVerdict.Keep;
        }

        int cue = draft.CueFirst, before = cue - 1;
        return v.Shapes[cue] == TokenShape.Lower && v.TextIsAny(cue, NounCues) && !v.InQuote(cue) && v.Shapes[before] == TokenShape.Lower
            && v.TextIsAny(before, Adjectives) && !v.InQuote(before) && v.SentenceOf[before] == v.SentenceOf[cue]
            ? FilterVerdict.Action
            : FilterVerdict.Keep;
    }
}
