using NewsNlp.Documents;
using NewsNlp.Quotes.Grammar;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>
/// <c>"WALLACE: Let's start …</c>: a transcript turn, the speaker's name in capitals and a colon opening the
/// quotation; the name is the source, the colon the cue, the rest the content (<c>transcript-label</c>). A turn running
/// over several paragraphs (each opening with a quotation mark) is one quotation of several content spans: its first
/// span loses the label.
/// </summary>
internal sealed class TranscriptLabelSieve : IDirectQuoteSieve
{
    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        int first = d.FirstToken, t = first;
        while (t < d.EndToken && t - first < 3 && IsCapitalsWord(v, t))
        {
            t++;
        }

        if (t == first || t + 1 >= d.EndToken || v.Shapes[t] != TokenShape.Colon || d.Content.Count == 0 || v.Starts[t + 1] >= d.Content[0].End)
        {
            return false;
        }

        d.SetSource(first, t);
        d.SetCue(t, t + 1);
        d.FirstToken = t + 1;
        d.Content[0] = new TextSpan(v.Starts[t + 1], d.Content[0].End);
        d.WordCount = Clauses.CountWords(v, d.FirstToken, d.EndToken);
        d.DecidedBy = RuleNames.TranscriptLabel;
        d.Confidence = 0.85;
        return true;
    }

    private static bool IsCapitalsWord(DocumentView v, int t)
    {
        ReadOnlySpan<char> c = v.Chars(t);
        if (c.Length < 2)
        {
            return false;
        }

        foreach (char ch in c)
        {
            if (!char.IsUpper(ch) && ch is not ('.' or '-' or '\''))
            {
                return false;
            }
        }

        return true;
    }
}
