namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 20: an insertion between dashes after the subject (<c>The film ― which weaves together the voices of
/// historians and activists, among others ― explains …</c>, <c>The firm — and its rivals — said …</c>) is no part of
/// the subject: a source that ends at the closing dash right before the cue moves to the noun phrase before the opening
/// dash (or, when that phrase is an appositive after a comma, to the phrase before the comma), if it opens its clause.
/// </summary>
internal static class DashInsertionSource
{
    /// <summary>Most tokens between the two dashes.</summary>
    private const int MaxInsertion = 30;

    /// <summary>Re-points the source of <paramref name="d"/> to the phrase before a dash insertion; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst)
        {
            return false;
        }

        // The closing dash: the source's last token, or the token right after it, right before the cue.
        int close = v.Shapes[d.SourceEnd - 1] == TokenShape.Dash ? d.SourceEnd - 1 : d.SourceEnd;
        if (close >= v.Count || close + 1 != d.CueFirst || v.Shapes[close] != TokenShape.Dash || v.InQuote(close) || v.IsClosedUpDash(close))
        {
            return false;
        }

        int sentence = v.SentenceOf[close];
        int open = close - 1;
        while (open >= 0 && close - open <= MaxInsertion && v.SentenceOf[open] == sentence && !(v.Shapes[open] == TokenShape.Dash && !v.IsClosedUpDash(open)))
        {
            open--;
        }

        if (open < 1 || close - open > MaxInsertion || v.SentenceOf[open] != sentence || v.Shapes[open] != TokenShape.Dash || open >= d.SourceFirst)
        {
            return false;
        }

        int sentenceFirst = Grammar.Clauses.SentenceFirst(v, open);
        (int f, int e) = SourceFinder.PhraseEndingAt(v, open - 1, sentenceFirst);
        if (f < 0 || e != open)
        {
            return false;
        }

        if (f - 2 >= sentenceFirst && v.Shapes[f - 1] == TokenShape.Comma)
        {
            // "John Dickey, the chief executive of Ora Media -- the company that … -- told me": the phrase before the dash
            // is an appositive; the subject is the phrase before its comma.
            (f, e) = SourceFinder.PhraseEndingAt(v, f - 2, sentenceFirst);
            if (f < 0)
            {
                return false;
            }
        }

        if (f > sentenceFirst && !Grammar.Clauses.IsCoordinator(v, f - 1))
        {
            return false; // the phrase must open its clause
        }

        d.SetSource(f, e);
        return true;
    }
}
