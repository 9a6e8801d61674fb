using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// An offer of something is an action, not a statement: <c>Nordlink has offered 65 crowns per share for the company</c>,
/// <c>The group offered Kestrel Ferries the alternative of a merger</c>, <c>offering increased support to small
/// firms</c>. A reported (not quoted) clause whose cue ends in a form of <c>offer</c> and whose content is its object
/// (not a to-infinitive, <c>offered to resign</c>, nor a that-clause, and with no word of speech such as
/// <c>comment</c> or <c>apology</c> among its first words) is an action (reported with every act only).
/// </summary>
internal sealed class OfferedThingFilter : IAttributionFilter
{
    /// <summary>Words of the content read for a noun of speech.</summary>
    private const int MaxLead = 3;

    /// <inheritdoc />
    public string Name => "offered-thing";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int verb = draft.CueEnd - 1;
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || draft.ClosedBySpeech || draft.FirstToken < draft.CueEnd
            || v.Shapes[verb] != TokenShape.Lower || !IsOffer(v.Chars(verb)) || v.TextIs(draft.FirstToken, "to") || v.Is(draft.FirstToken, WordClass.That))
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.FirstToken; t < draft.EndToken && t - draft.FirstToken < MaxLead; t++)
        {
            if (v.Is(t, WordClass.CueNoun))
            {
                return FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Action;
    }

    private static bool IsOffer(ReadOnlySpan<char> word) =>
        word is "offer" or "offers" or "offered" or "offering";
}
