using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;
using NewsNlp.Quotes.Grammar;
namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// A continuation quote (a quotation with no cue after another quote) keeps the earlier speaker only when no one else
/// has taken the floor in between: <c>“…,” said Maria Visser. Hans de Boer, the chief executive, disagreed.</c> then
/// <c>“Every week of this strike costs us more.”</c> is de Boer's. The new speaker is the person subject of the last
/// sentence between the two quotes that holds no quotation.
/// </summary>
internal static class SpeakerChange
{
    /// <summary>Re-attributes each continuation in <paramref name="kept"/> (text order) whose speaker changed; returns how many.</summary>
    public static int Apply(DocumentView v, List<QuoteDraft> kept)
    {
        int changed = 0;
        for (int i = 1; i < kept.Count; i++)
        {
            QuoteDraft d = kept[i];
            if (d.ContinuesFrom is null || d.Kind != Documents.QuoteKind.Direct || d.OpenToken < 0)
            {
                continue;
            }

            // A continuation of a quote this pass gave a new speaker follows it.
            Finding.ParagraphContinuationPass.FollowPredecessor(kept, i);

            QuoteDraft previous = kept[i - 1];
            if (ReportedSpeakerBefore(v, previous, d))
            {
                d.ContinuesFrom = previous;
                d.DecidedBy = RuleNames.ContinuationReportedSpeaker;
                d.Confidence = 0.65;
                changed++;
                continue;
            }

            int from = Math.Max(Math.Max(previous.EndToken, previous.CloseEnd), Math.Max(previous.CueEnd, previous.SourceEnd));
            (int f, int e) = NewSpeakerBetween(v, from, d.OpenToken);
            QuoteDraft root = d.ContinuesFrom;
            if (f < 0 || (root.HasSource && SameLastWord(v, root.SourceEnd - 1, e - 1)))
            {
                continue;
            }

            d.ContinuesFrom = null;
            d.SetSource(f, e);
            d.DecidedBy = RuleNames.ContinuationNewSpeaker;
            d.Confidence = 0.6;
            changed++;
        }

        return changed;
    }

    /// <summary>
    /// True when the quote right before the continuation <paramref name="d"/> is a reported (indirect or mixed) quote
    /// with a source of its own, after the quote <paramref name="d"/> continues and in the same or the previous
    /// paragraph: <c>“…,” said A. B said she was shocked at the findings. “We expected …”</c> is B's.
    /// </summary>
    private static bool ReportedSpeakerBefore(DocumentView v, QuoteDraft previous, QuoteDraft d)
    {
        QuoteDraft? root = d.ContinuesFrom;
        return root is not null && previous != root && previous.ContinuesFrom is null && !previous.Dropped
            && previous.Kind != Documents.QuoteKind.Direct && previous.HasSource && previous.HasCue
            && previous.FirstToken >= Math.Max(root.EndToken, root.CloseEnd) && previous.EndToken <= d.OpenToken
            && v.ParagraphOf[previous.EndToken - 1] >= v.ParagraphOf[d.OpenToken] - 1
            && !(root.HasSource && SameLastWord(v, root.SourceEnd - 1, previous.SourceEnd - 1));
    }

    /// <summary>The person subject of the last quotation-free sentence wholly inside [<paramref name="from"/>, <paramref name="to"/>), or (-1, -1).</summary>
    public static (int First, int End) NewSpeakerBetween(DocumentView v, int from, int to)
    {
        if (from < 0 || to > v.Count || to - from < 2)
        {
            return (-1, -1);
        }

        var sentences = v.Document.Sentences;
        for (int s = v.SentenceOf[to - 1]; s >= 0 && s >= v.SentenceOf[from]; s--)
        {
            Documents.TokenRange sentence = sentences[s];
            if (sentence.FirstToken < from || sentence.EndToken > to || HasQuote(v, sentence.FirstToken, sentence.EndToken))
            {
                continue;
            }

            (int f, int e) = SourceFinder.SentenceSubject(v, sentence.FirstToken, sentence.EndToken);
            if (f < 0)
            {
                continue;
            }

            (f, e) = SourceFinder.Core(v, f, e);
            if (NamesPerson(v, f, e))
            {
                return (f, e);
            }

            return AppositiveName(v, e, sentence.EndToken);
        }

        return (-1, -1);
    }

    /// <summary>
    /// "His neighbour, Mary Quinn, was luckier": the person named between commas right after a subject at
    /// <paramref name="after"/>, or (-1, -1).
    /// </summary>
    private static (int First, int End) AppositiveName(DocumentView v, int after, int sentenceEnd)
    {
        if (!v.HasEntities || after + 2 >= sentenceEnd || v.Shapes[after] != TokenShape.Comma || v.EntityOf[after + 1] < 0)
        {
            return (-1, -1);
        }

        Documents.EntityMention m = v.Document.Entities[v.EntityOf[after + 1]];
        return m.Type == Documents.EntityType.Person && m.FirstToken == after + 1 && m.EndToken < sentenceEnd && v.Shapes[m.EndToken] == TokenShape.Comma
            ? (m.FirstToken, m.EndToken)
            : (-1, -1);
    }

    private static bool HasQuote(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person entity in the phrase, or (without entities) two or more name words.</summary>
    private static bool NamesPerson(DocumentView v, int first, int end)
    {
        int names = 0;
        for (int t = first; t < end; t++)
        {
            if (v.HasEntities)
            {
                if (v.EntityOf[t] >= 0 && v.Document.Entities[v.EntityOf[t]].Type == Documents.EntityType.Person)
                {
                    return true;
                }
            }
            else if (v.IsNameToken(t) && !v.Is(t, WordClass.CapitalisedFunctionWord))
            {
                names++;
            }
        }

        return names >= 2;
    }

    private static bool SameLastWord(DocumentView v, int a, int b) =>
        a >= 0 && b >= 0 && v.Chars(a).Equals(v.Chars(b), StringComparison.OrdinalIgnoreCase);
}
