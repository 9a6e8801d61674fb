using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Finding;

/// <summary>
/// Over the kept quotes in text order: a direct quote opening a paragraph with no cue continues the speaker of the
/// previous paragraph's last quote (direct or reported: <c>Qureshi said … .</c> then <c>“We were told …”</c>,
/// <c>continuation</c>), or takes the cue of a colon lead-in ending the previous paragraph (<c>Its president, X,
/// wrote:</c>, <c>colon-lead-in</c>).
/// </summary>
internal sealed class ParagraphContinuationPass : IAttributionPass
{
    /// <inheritdoc />
    public string Name => "paragraph-continuation";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken)
    {
        DocumentView v = view;
        List<QuoteDraft> kept = state.Kept;
        for (int i = 0; i < kept.Count; i++)
        {
            QuoteDraft d = kept[i];
            if (d.Kind != QuoteKind.Direct || d.HasCue || d.ContinuesFrom is not null || d.OpenToken <= 0
                || v.ParagraphOf[d.OpenToken - 1] == v.ParagraphOf[d.OpenToken])
            {
                continue;
            }

            int last = d.OpenToken - 1;
            if (v.Shapes[last] == TokenShape.Colon && !v.InQuote(last))
            {
                int start = last;
                while (start > 0 && v.SentenceOf[start - 1] == v.SentenceOf[last] && !v.InQuote(start - 1))
                {
                    start--;
                }

                for (int c = last - 1; c >= start; c--)
                {
                    if (!v.Is(c, WordClass.CueVerb))
                    {
                        continue;
                    }

                    (int f, int e) = SourceFinder.SubjectBefore(v, c, start);
                    if (f >= 0)
                    {
                        d.SetCue(c, c + 1);
                        d.SetSource(f, e);
                        d.DecidedBy = RuleNames.ColonLeadIn;
                        d.Confidence = 0.75;
                    }

                    break;
                }

                if (d.HasCue)
                {
                    continue;
                }
            }

            QuoteDraft? previous = i > 0 ? kept[i - 1] : null;
            if (previous is not null && (previous.HasSource || previous.ContinuesFrom is not null)
                && v.ParagraphOf[previous.EndToken - 1] == v.ParagraphOf[d.OpenToken] - 1)
            {
                d.ContinuesFrom = previous.ContinuesFrom ?? previous;
                d.DecidedBy = RuleNames.Continuation;
                d.Confidence = 0.7;
            }
        }
    }
}
