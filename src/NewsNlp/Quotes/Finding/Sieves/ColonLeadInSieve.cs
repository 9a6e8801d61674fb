using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

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
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        int cue = LeadInCue(v, d);
        if (cue < 0)
        {
            return false;
        }

        if (Leading.TryDecide(v, state, previous, d))
        {
            return true;
        }

        // The lead-in's subject stands before a quoted insertion the leading sieve does not look across ('Barbara
        // Follet, one of the so-called "Blair Babes" elected in 1997, told researchers: "…"'): the sentence's subject,
        // closed by the comma opening the insertion.
        Documents.TokenRange sentence = v.Document.Sentences[v.SentenceOf[cue]];
        (int f, int e) = SourceFinder.SentenceSubject(v, sentence.FirstToken, cue);
        if (f < 0 || e >= cue || v.Shapes[e] != TokenShape.Comma || !HasQuoteBetween(v, e, cue))
        {
            return false;
        }

        d.SetCue(cue, cue + 1);
        d.SetSource(f, e);
        d.DecidedBy = RuleNames.CueBeforeQuote;
        d.Confidence = 0.75;
        return true;
    }

    /// <summary>The cue verb of the clause that a colon right before the quotation ends, or -1.</summary>
    private static int LeadInCue(DocumentView v, QuoteDraft d)
    {
        int colon = d.OpenToken - 1;
        if (colon <= 0 || v.Shapes[colon] != TokenShape.Colon || v.InQuote(colon) || v.ParagraphOf[colon] != v.ParagraphOf[d.OpenToken])
        {
            return -1;
        }

        for (int c = colon - 1; c >= 0 && colon - c <= 20 && !v.InQuote(c) && v.SentenceOf[c] == v.SentenceOf[colon]; c--)
        {
            if (v.Is(c, WordClass.CueVerb) && !SpeakerWords.IsNounUse(v, c))
            {
                return c;
            }
        }

        return -1;
    }

    private static bool HasQuoteBetween(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t))
            {
                return true;
            }
        }

        return false;
    }
}
