using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A sentence that opens with its report — <c>According to a new report by the paper, party officials are trying to …</c>
/// — reports everything after the opener's comma. Where the tagger started the content a word or two later (<c>officials
/// are trying …</c>, its first word read as part of the source), the content starts right after the comma again when the
/// words between are plain words (no comma, quotation or other quote's words). Linear in the drafts.
/// </summary>
internal static class AccordingToOpening
{
    /// <summary>At most this many words are given back to the content.</summary>
    private const int MaxGap = 3;

    /// <summary>Moves the start of every reported clause after a sentence-opening <c>According to X,</c> back to the comma.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.Content.Count == 0 || d.CueFirst >= d.FirstToken
                || !v.Is(d.CueFirst, WordClass.According) || v.Shapes[d.CueFirst] != TokenShape.Capitalised || d.FirstToken >= v.Count)
            {
                continue;
            }

            int comma = d.FirstToken - 1;
            while (comma > d.CueEnd && d.FirstToken - comma <= MaxGap + 1 && v.Shapes[comma] != TokenShape.Comma)
            {
                comma--;
            }

            if (v.Shapes[comma] != TokenShape.Comma || comma + 1 == d.FirstToken || v.SentenceOf[comma] != v.SentenceOf[d.FirstToken]
                || (d.HasSource && d.SourceEnd > comma))
            {
                continue;
            }

            bool plain = true;
            for (int t = comma + 1; t < d.FirstToken && plain; t++)
            {
                plain = !v.InQuote(t) && v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised && !state.IsCovered(t);
            }

            if (!plain)
            {
                continue;
            }

            d.FirstToken = comma + 1;
            d.Content[0] = new TextSpan(v.Starts[comma + 1], d.Content[0].End);
            state.Cover(comma + 1, d.EndToken);
        }
    }
}
