using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A report of someone's words through a raising passive: <c>The chairman is alleged to have said that the deal was
/// dead</c>, <c>She is understood to have told colleagues she would stand</c>, <c>He was reported to have warned that
/// …</c>. The words are the subject's, hedged by the reporter: source <c>The chairman</c>, cue the inner verb
/// (<c>said</c>), content the clause after it (past <c>that</c>), rule <c>raised-report</c>. A draft that read the
/// participle (<c>is alleged</c>) as its cue and took <c>to have said</c> into its content is repaired in place (a
/// source it has, before the participle, is kept; else the subject before the participle); without a verb of saying after <c>to have</c> (<c>is said to have cost</c>) nothing changes, and the
/// raised-passive filter keeps treating it as a rumour. One pass over the drafts, each looking at a bounded window.
/// </summary>
internal static class RaisedReport
{
    private static readonly string[] BeForms = ["is", "are", "was", "were", "been", "'s", "’s"];

    private static readonly string[] RaisingParticiples = ["alleged", "reported", "said", "understood", "believed", "thought", "rumoured", "rumored", "known"];

    /// <summary>Repairs each sourceless indirect draft whose cue is such a participle.</summary>
    public static void Repair(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.CueEnd - d.CueFirst > 2)
            {
                continue;
            }

            // The cue is the participle, or the form of "be" and the participle ("is alleged").
            int p = d.CueEnd - 1;
            int verb = p + 3;
            if (p < 2 || (d.CueEnd - d.CueFirst == 2 && d.CueFirst != p - 1) || verb + 2 >= v.Count || v.InQuote(p) || !v.TextIsAny(p, RaisingParticiples) || !v.TextIsAny(p - 1, BeForms)
                || !v.TextIs(p + 1, "to") || !v.TextIs(p + 2, "have") || v.Shapes[verb] != TokenShape.Lower || !IndirectSpeechRules.IsClauseVerb(v, verb)
                || v.SentenceOf[verb] != v.SentenceOf[p] || d.FirstToken > verb || d.EndToken <= verb + 2)
            {
                continue;
            }

            int first = v.Is(verb + 1, WordClass.That) ? verb + 2 : verb + 1;
            if (d.EndToken - first < 3)
            {
                continue;
            }

            int start = p;
            while (start > 0 && v.SentenceOf[start - 1] == v.SentenceOf[p])
            {
                start--;
            }

            (int sf, int se) = d.HasSource ? (d.SourceFirst, d.SourceEnd) : SourceFinder.SubjectBefore(v, p, start);
            if (sf < 0 || se > p)
            {
                continue;
            }

            TrimContentBefore(v, d, first);
            d.SetCue(verb, verb + 1);
            d.SetSource(sf, se);
            d.DecidedBy = RuleNames.RaisedReport;
            state.Cover(d);
        }
    }

    /// <summary>Drops the content before token <paramref name="first"/> (whole pieces, or the front of the piece holding it).</summary>
    private static void TrimContentBefore(DocumentView v, QuoteDraft d, int first)
    {
        int from = v.Starts[first];
        for (int i = d.Content.Count - 1; i >= 0; i--)
        {
            TextSpan piece = d.Content[i];
            if (piece.End <= from)
            {
                d.Content.RemoveAt(i);
            }
            else if (piece.Start < from)
            {
                d.Content[i] = new TextSpan(from, piece.End);
            }
        }

        d.FirstToken = first;
    }
}
