using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>
/// <c>She told a radio show: “…”</c>: a colon lead-in whose clause holds a cue verb introduces the quotation, whatever
/// the next sentence says (<c>“….” Finance Minister X said the plan …</c> is a new attribution, not this quote's
/// trailing cue). Runs before <see cref="TrailingCueSieve"/> and decides as <see cref="LeadingCueSieve"/> does.
/// </summary>
internal sealed class ColonLeadInSieve : IDirectQuoteSieve
{
    private static readonly LeadingCueSieve Leading = new();

    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d) =>
        ColonLeadIn(v, d) && Leading.TryDecide(v, state, previous, d);

    /// <summary>True when the quotation opens right after a colon that ends a clause holding a cue verb.</summary>
    internal static bool ColonLeadIn(DocumentView v, QuoteDraft d)
    {
        int colon = d.OpenToken - 1;
        if (colon <= 0 || v.Shapes[colon] != TokenShape.Colon || v.InQuote(colon) || v.ParagraphOf[colon] != v.ParagraphOf[d.OpenToken])
        {
            return false;
        }

        for (int c = colon - 1; c >= 0 && colon - c <= 20 && !v.InQuote(c) && v.SentenceOf[c] == v.SentenceOf[colon]; c--)
        {
            if (v.Is(c, WordClass.CueVerb) && !SpeakerWords.IsNounUse(v, c))
            {
                return true;
            }
        }

        return false;
    }
}
