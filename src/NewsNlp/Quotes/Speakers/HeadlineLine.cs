namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// The headline of a news text: its first paragraph when that is one short line without a full stop ("Trial opens",
/// "Bush site blocks visits"). A headline's words are a summary, not the body's narration: a noun phrase there is no
/// antecedent of a pronoun in the body ("Trial opens" ends in an -s that reads as a plural group).
/// </summary>
internal static class HeadlineLine
{
    /// <summary>Most tokens of a headline line.</summary>
    private const int MaxTokens = 30;

    /// <summary>True when <paramref name="token"/> lies in a headline line and <paramref name="later"/> does not.</summary>
    public static bool HoldsOnly(DocumentView v, int token, int later)
    {
        if (v.Count == 0 || token < 0 || token >= v.Count || later >= v.Count || v.ParagraphOf[token] != v.ParagraphOf[0] || v.ParagraphOf[later] == v.ParagraphOf[0])
        {
            return false;
        }

        int last = 0;
        while (last + 1 < v.Count && v.ParagraphOf[last + 1] == v.ParagraphOf[0])
        {
            if (++last >= MaxTokens)
            {
                return false;
            }
        }

        return v.SentenceOf[last] == v.SentenceOf[0] && v.Shapes[last] != TokenShape.SentenceEnd;
    }
}
