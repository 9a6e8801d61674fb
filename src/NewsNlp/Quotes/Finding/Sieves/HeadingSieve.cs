using NewsNlp.Quotes.Grammar;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>A short quotation in title case that is a paragraph of its own ("'All Bets Are Off.'"): a section heading, dropped (<c>heading</c>).</summary>
internal sealed class HeadingSieve : IDirectQuoteSieve
{
    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        if (!IsHeading(v, d))
        {
            return false;
        }

        d.Dropped = true;
        d.DecidedBy = RuleNames.Heading;
        return true;
    }

    private static bool IsHeading(DocumentView v, QuoteDraft d)
    {
        if (d.Unclosed || d.WordCount > 8 || d.OpenToken < 0 || !Clauses.IsParagraphStart(v, d.OpenToken)
            || (d.CloseEnd < v.Count && v.ParagraphOf[d.CloseEnd] == v.ParagraphOf[d.OpenToken]))
        {
            return false;
        }

        int capitalised = 0, lower = 0;
        for (int t = d.FirstToken; t < d.EndToken; t++)
        {
            if (v.Shapes[t] == TokenShape.Capitalised)
            {
                capitalised++;
            }
            else if (v.Shapes[t] == TokenShape.Lower && v.Chars(t).Length > 3)
            {
                lower++;
            }
        }

        return capitalised >= 2 && lower == 0;
    }
}
