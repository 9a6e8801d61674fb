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

    /// <summary>Most tokens of an opener whose comma a cue noun follows.</summary>
    private const int MaxOpener = 20;

    /// <summary>The preposition after a noun the tagger takes for a cue ("demand for", "fears of"); a verb of saying has none.</summary>
    private static readonly string[] NounCuePrepositions = ["for", "of", "about", "over"];

    /// <summary>Moves the start of every reported clause after a sentence-opening <c>According to X,</c> back to the comma.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            TakeOpenerAsCue(v, state, d);
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

    /// <summary>
    /// Session 23 (lead): the tagger may take the first words after the opener's comma for a cue noun and its preposition —
    /// <c>According to a study by the forum, demand for water will exceed supply</c>: cue "demand for", content "water will
    /// …" — while the opener's object is the source (a verb right after a comma, "…, Ian Ross, said", is the inner report's
    /// own cue and stays). The opener is the cue and the clause after its comma, from its first word, is the
    /// content.
    /// </summary>
    private static void TakeOpenerAsCue(DocumentView v, AttributionState state, QuoteDraft d)
    {
        if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.Content.Count == 0 || d.CueFirst < 1
            || d.FirstToken != d.CueEnd || d.CueEnd - d.CueFirst != 2 || !v.TextIsAny(d.CueFirst + 1, NounCuePrepositions)
            || v.Shapes[d.CueFirst] != TokenShape.Lower || v.Shapes[d.CueFirst - 1] != TokenShape.Comma)
        {
            return;
        }

        int comma = d.CueFirst - 1;
        int first = Grammar.Clauses.SentenceFirst(v, comma);
        if (!v.Is(first, WordClass.According) || v.Shapes[first] != TokenShape.Capitalised || first + 2 >= comma || !v.TextIs(first + 1, "to")
            || comma - first > MaxOpener || (d.HasSource && (d.SourceFirst < first + 2 || d.SourceEnd > d.CueFirst)))
        {
            return;
        }

        for (int t = first + 2; t < comma; t++)
        {
            if (v.Shapes[t] == TokenShape.QuoteMark || v.InQuote(t) || (v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.CueVerb)))
            {
                return; // the opener's phrase, maybe with a participle insertion ("…, released last year,"), and no report of its own
            }
        }

        d.SetCue(first, first + 2);
        d.FirstToken = comma + 1;
        d.Content[0] = new TextSpan(v.Starts[comma + 1], d.Content[0].End);
        state.Cover(comma + 1, d.EndToken);
    }
}
