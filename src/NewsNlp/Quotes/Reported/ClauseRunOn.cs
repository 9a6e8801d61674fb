using NewsNlp.Documents;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// The step the run-on repairs share (<see cref="RelativeInsertion"/>, <see cref="NamingRunOn"/>,
/// <see cref="CommaInsertionRunOn"/>, <see cref="SemicolonRunOn"/>): where the reported clause that goes on at a token ends,
/// and running a learned draft's last content part on to that end.
/// </summary>
internal static class ClauseRunOn
{
    /// <summary>
    /// One past the last token of the clause going on at <paramref name="from"/>: the end of its sentence, or a semicolon
    /// outside quotation marks before it.
    /// </summary>
    public static int ClauseEnd(DocumentView v, int from) => End(v, from, atSemicolon: true);

    /// <summary>One past the last token of <paramref name="from"/>'s sentence (a semicolon does not end it).</summary>
    public static int SentenceEnd(DocumentView v, int from) => End(v, from, atSemicolon: false);

    /// <summary>
    /// Runs <paramref name="draft"/>'s content on to token <paramref name="end"/> (its last part grows) and marks
    /// [<paramref name="coverFrom"/>, <paramref name="end"/>) as covered.
    /// </summary>
    public static void Extend(DocumentView v, AttributionState state, QuoteDraft draft, int coverFrom, int end)
    {
        draft.EndToken = end;
        draft.Content[^1] = new TextSpan(draft.Content[^1].Start, v.Ends[end - 1]);
        state.Cover(coverFrom, end);
    }

    private static int End(DocumentView v, int from, bool atSemicolon)
    {
        int s = v.SentenceOf[from];
        int end = from;
        while (end < v.Count && v.SentenceOf[end] == s
            && !((v.Shapes[end] == TokenShape.SentenceEnd || (atSemicolon && v.Shapes[end] == TokenShape.Semicolon)) && !v.InQuote(end)))
        {
            end++;
        }

        return end;
    }
}
