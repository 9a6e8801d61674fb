using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Finding;

/// <summary>
/// Over the kept quotes in text order: a direct quote opening a paragraph with no cue continues the speaker of the
/// previous paragraph's last quote (direct or reported: <c>Qureshi said … .</c> then <c>“We were told …”</c>,
/// <c>continuation</c>), or takes the cue of a colon lead-in ending the previous paragraph (<c>Its president, X,
/// wrote:</c>, <c>colon-lead-in</c>). Run after the learned tagger gave the quotes before it their sources, it also
/// applies the continuation sieve's same-paragraph rule again (<c>"Everything is going digital," X told reporters. The
/// show featured …. "Consumers are …"</c>), and a continuation follows its predecessor's final attribution: when the
/// quote right before it in its chain took a speaker of its own (<c>Mr B said the phone had advantages. "Getting music
/// … "All of these steps …"</c> is B's, not the earlier speaker's).
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
            if (d.Kind != QuoteKind.Direct)
            {
                continue;
            }

            if (d.ContinuesFrom is not null)
            {
                FollowPredecessor(kept, i);
                continue;
            }

            if (d.HasCue || d.OpenToken <= 0)
            {
                continue;
            }

            if (v.ParagraphOf[d.OpenToken - 1] == v.ParagraphOf[d.OpenToken])
            {
                ContinueInParagraph(v, kept, i);
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

    /// <summary>
    /// The same-paragraph rule of the continuation sieve, once the quotes before have their sources: a cue-less direct
    /// quote of three or more words opening a sentence continues the speaker of the quote right before it in its
    /// paragraph (the speaker-change pass then checks the sentences between for a new speaker).
    /// </summary>
    private static void ContinueInParagraph(DocumentView v, List<QuoteDraft> kept, int i)
    {
        QuoteDraft d = kept[i];
        QuoteDraft? previous = i > 0 ? kept[i - 1] : null;
        if (previous is null || d.WordCount < 3 || (!previous.HasSource && previous.ContinuesFrom is null)
            || previous.EndToken > d.OpenToken || v.ParagraphOf[previous.EndToken - 1] != v.ParagraphOf[d.OpenToken]
            || !(v.Shapes[d.OpenToken - 1] is TokenShape.SentenceEnd || v.InQuote(d.OpenToken - 1)))
        {
            return;
        }

        d.ContinuesFrom = previous.ContinuesFrom ?? previous;
        d.DecidedBy = RuleNames.Continuation;
        d.Confidence = 0.7;
    }

    /// <summary>
    /// Keeps the continuation <c>kept[i]</c> on the chain of the direct quote right before it: when that quote left the
    /// chain (a later pass gave it a cue and speaker of its own, or merged it into the quote around it) the continuation
    /// follows it; a chain whose first quote itself became a continuation is re-rooted. The quotes before <paramref name="i"/> are final.
    /// </summary>
    internal static void FollowPredecessor(List<QuoteDraft> kept, int i)
    {
        QuoteDraft d = kept[i];
        if (d.ContinuesFrom is not { } root)
        {
            return;
        }

        if (root.ContinuesFrom is { } rootsRoot)
        {
            d.ContinuesFrom = root = rootsRoot;
        }

        for (int j = i - 1; j >= 0; j--)
        {
            QuoteDraft p = kept[j];
            if (p.Kind != QuoteKind.Direct || p.Dropped)
            {
                continue;
            }

            if (p != root && p.ContinuesFrom != root && (p.HasSource || p.ContinuesFrom is not null)
                && (p.FirstToken > root.FirstToken || (root.Dropped && p.FirstToken <= root.FirstToken && root.FirstToken < p.EndToken)))
            {
                // Also a quotation whose first part was merged into the quote around it ("… in "by the back door". "If you
                // look …" as one quote): the continuation follows the quote that now holds it.
                d.ContinuesFrom = p.ContinuesFrom ?? p;
            }

            return;
        }
    }
}
