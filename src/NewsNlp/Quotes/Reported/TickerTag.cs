using NewsNlp.Documents;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Session 25: wire copy puts a stock ticker in angle brackets after a company's name — <c>Acme Corp &lt;ACME.N&gt; said
/// it would cut 500 jobs</c>, <c>Atlantic Richfield Co &lt;ARC&gt; asked for special safeguards</c>. The tagger took the
/// closing bracket into the cue (<c>&gt; asked for</c>) and found no source, or the ticker, as the source. A reported or
/// mixed draft whose cue opens with <c>&gt;</c> loses it; when its cue follows a ticker tag (<c>&lt;</c>, at most three
/// tokens, <c>&gt;</c>) and it has no source or one inside the tag, the noun phrase before the tag is its source; a source
/// that ends in a tag loses it. Linear in the drafts.
/// </summary>
internal static class TickerTag
{
    /// <summary>Most tokens between the brackets.</summary>
    private const int MaxTag = 3;

    /// <summary>Repairs the cue and source of every draft whose cue follows a ticker tag.</summary>
    public static void Repair(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.CueFirst < 1)
            {
                continue;
            }

            if (d.CueEnd - d.CueFirst >= 2 && v.TextIs(d.CueFirst, ">"))
            {
                d.SetCue(d.CueFirst + 1, d.CueEnd);
            }

            if (d.HasSource && d.SourceEnd - d.SourceFirst >= 2 && TagOpening(v, d.SourceEnd - 1) is int tag && tag > d.SourceFirst)
            {
                // "Atlantic Richfield Co <ARC> asked for …": the tag is no part of the name.
                d.SetSource(d.SourceFirst, tag);
                continue;
            }

            int close = d.CueFirst - 1;
            if (TagOpening(v, close) is not int open || open < 1 || (d.HasSource && (d.SourceFirst < open || d.SourceEnd > close + 1)))
            {
                continue;
            }

            int sentenceFirst = open;
            while (sentenceFirst > 0 && v.SentenceOf[sentenceFirst - 1] == v.SentenceOf[open])
            {
                sentenceFirst--;
            }

            (int f, int e) = SourceFinder.PhraseEndingAt(v, open - 1, sentenceFirst);
            if (f >= 0)
            {
                d.SetSource(f, e);
                d.SourceSettled = true;
            }
        }
    }

    /// <summary>The <c>&lt;</c> opening the ticker tag that <paramref name="close"/> (a <c>&gt;</c>) closes, in its sentence; or null.</summary>
    private static int? TagOpening(DocumentView v, int close)
    {
        if (close < 1 || !v.TextIs(close, ">"))
        {
            return null;
        }

        for (int open = close - 1; open >= 0 && close - open <= MaxTag + 1 && v.SentenceOf[open] == v.SentenceOf[close]; open--)
        {
            if (v.TextIs(open, "<"))
            {
                return open;
            }
        }

        return null;
    }
}
