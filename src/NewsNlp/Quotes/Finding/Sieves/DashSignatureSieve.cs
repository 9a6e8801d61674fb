using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary><c>“…” ― Ana Ruiz</c>: a name after a dash right after the closing mark, ending there (<c>dash-signature</c>).</summary>
internal sealed class DashSignatureSieve : IDirectQuoteSieve
{
    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        int t = d.CloseEnd;
        if (d.Unclosed || t + 1 >= v.Count || v.Shapes[t] != TokenShape.Dash || v.InQuote(t) || v.ParagraphOf[t] != v.ParagraphOf[d.EndToken - 1]
            || v.Shapes[t + 1] != TokenShape.Capitalised || !v.IsNameToken(t + 1) || v.Is(t + 1, WordClass.CapitalisedFunctionWord))
        {
            return false;
        }

        int e = t + 1;
        while (e < v.Count && e - t <= 5 && v.IsNameToken(e) && !v.InQuote(e) && v.ParagraphOf[e] == v.ParagraphOf[t])
        {
            e++;
        }

        bool ends = e >= v.Count || v.InQuote(e) || v.ParagraphOf[e] != v.ParagraphOf[t] || v.Shapes[e] is TokenShape.SentenceEnd or TokenShape.Comma or TokenShape.QuoteMark;
        if (!ends || e - t > 5)
        {
            return false;
        }

        d.SetCue(t, t + 1);
        d.SetSource(t + 1, e);
        d.DecidedBy = RuleNames.DashSignature;
        d.Confidence = 0.8;
        return true;
    }
}
