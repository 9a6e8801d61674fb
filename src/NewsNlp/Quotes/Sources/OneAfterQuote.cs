namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 24: <c>… analysts said. "There's no question …," one said.</c> — a bare lower-case "one" between a quotation's
/// closing mark and the cue is the source (one of the group just quoted); the subject finders read it as a number and
/// left the quote with no source.
/// </summary>
internal static class OneAfterQuote
{
    /// <summary>The token of "one" before the draft's cue when it follows a closing quotation mark; else (-1, -1).</summary>
    public static (int First, int End) Source(DocumentView v, QuoteDraft d)
    {
        if (d.HasSource || !d.HasCue || d.CueFirst < 2 || d.CueFirst >= v.Count)
        {
            return (-1, -1);
        }

        int one = d.CueFirst - 1;
        return v.Shapes[one] == TokenShape.Lower && v.TextIs(one, "one") && !v.InQuote(one) && v.Shapes[one - 1] == TokenShape.QuoteMark
            && v.SentenceOf[one - 1] == v.SentenceOf[one] ? (one, one + 1) : (-1, -1);
    }
}
