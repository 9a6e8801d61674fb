using NewsNlp.Documents;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A semicolon that separates items rather than clauses does not end a reported clause. The tagger stops the content at
/// the first <c>;</c> in <c>The company said Stuart Karl, president and chief executive officer; Court Shannon, executive
/// vice president, and Gary Hunt, vice president sales, resigned.</c> and in <c>The firm said it would only break even on
/// the 1.2bn Australian dollars (£458m; $874m) rebuild.</c> A learned reported clause that ends right before a semicolon
/// outside quotation marks runs on to the end of its sentence when (a) it holds an opening bracket that is not closed before
/// the semicolon, or (b) it is a list item of the form <c>Name, description</c> (one to four capitalised words, a comma,
/// lower-case words with no comma) and the words after the semicolon open the same way (capitalised words and a comma), and
/// no other quote holds the words it gains. One look at each draft's end and a bounded window: linear in the drafts.
/// </summary>
internal static class SemicolonRunOn
{
    private const int MaxNameWords = 4;

    /// <summary>Extends every learned reported clause cut at a semicolon inside brackets or between list items.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind != QuoteKind.Indirect || !d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal)
                || d.Content.Count == 0 || d.EndToken < d.FirstToken + 2 || d.EndToken + 2 >= v.Count)
            {
                continue;
            }

            int semi = d.EndToken, s = v.SentenceOf[d.EndToken - 1];
            if (v.Shapes[semi] != TokenShape.Semicolon || v.InQuote(semi) || v.SentenceOf[semi] != s || v.SentenceOf[semi + 1] != s
                || v.Starts[d.EndToken - 1] < d.Content[^1].Start || !(OpenBracket(v, d.FirstToken, d.EndToken) || ListItems(v, d.FirstToken, d.EndToken)))
            {
                continue;
            }

            int end = ClauseRunOn.SentenceEnd(v, semi + 1);

            if (end <= semi + 1 || state.IsAnyCovered(semi, end))
            {
                continue;
            }

            ClauseRunOn.Extend(v, state, d, semi, end);
        }
    }

    /// <summary>An opening bracket in <c>[first, end)</c> with no closing bracket after it there.</summary>
    private static bool OpenBracket(DocumentView v, int first, int end)
    {
        int depth = 0;
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] == TokenShape.OpenBracket)
            {
                depth++;
            }
            else if (v.Shapes[t] == TokenShape.CloseBracket && depth > 0)
            {
                depth--;
            }
        }

        return depth > 0;
    }

    /// <summary>The clause is <c>Name, description</c> and the words after the semicolon at <paramref name="end"/> open with <c>Name,</c>.</summary>
    private static bool ListItems(DocumentView v, int first, int end)
    {
        int comma = NameThenComma(v, first, end);
        if (comma < 0 || comma + 1 >= end)
        {
            return false;
        }

        for (int t = comma + 1; t < end; t++)
        {
            if (v.Shapes[t] is not TokenShape.Lower || v.InQuote(t))
            {
                return false;
            }
        }

        return NameThenComma(v, end + 1, Math.Min(v.Count, end + 2 + MaxNameWords)) > 0;
    }

    /// <summary>The comma after one to four capitalised words from <paramref name="first"/>, or -1.</summary>
    private static int NameThenComma(DocumentView v, int first, int end)
    {
        int t = first;
        while (t < end && t - first < MaxNameWords && v.Shapes[t] == TokenShape.Capitalised && !v.InQuote(t))
        {
            t++;
        }

        return t > first && t < end && v.Shapes[t] == TokenShape.Comma ? t : -1;
    }
}
