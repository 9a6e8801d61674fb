using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 20: <c>Pressure is building on McAuliffe, who was greeted with chants of “Bobby!” at a conference, according
/// to union president Doris Crouse-Mays.</c>, <c>The top 1 percent would see their incomes go up by 19.9 percent,
/// according to the Tax Foundation, …</c>: when a clause's cue is no verb of speech or writing (the tagger's <c>was greeted
/// with</c>, <c>would see</c>) and <c>, according to X</c> follows its content, X is who says it and <c>according to</c> the
/// cue. A speech cue keeps its own speaker (<c>Police have said …, according to attorneys for the family</c>: the
/// police's words, passed on). Not when another quote with that <c>according to</c> as its cue holds this one's content
/// (the rules' whole clause, of which this is a nested part).
/// </summary>
internal static class ClosingAccordingTo
{
    /// <summary>Most closing quotation marks and commas between the content and <c>according</c>.</summary>
    private const int MaxGap = 3;

    /// <summary>Re-points the cue and source of <paramref name="d"/> to a closing <c>, according to X</c> no quote of <paramref name="kept"/> has as its cue; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d, List<QuoteDraft> kept)
    {
        if (!d.HasCue || d.Kind == QuoteKind.Direct || d.EndToken <= 0 || d.EndToken >= v.Count || d.CueFirst >= d.EndToken)
        {
            return false;
        }

        int t = d.EndToken;
        bool comma = v.Shapes[t - 1] == TokenShape.Comma;
        while (t < v.Count && t - d.EndToken < MaxGap && v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark)
        {
            comma |= v.Shapes[t] == TokenShape.Comma;
            t++;
        }

        if (!comma || t + 2 >= v.Count || !v.Is(t, WordClass.According) || !v.TextIs(t + 1, "to") || v.InQuote(t)
            || v.SentenceOf[t] != v.SentenceOf[d.EndToken - 1])
        {
            return false;
        }

        foreach (QuoteDraft other in kept)
        {
            if (other != d && other.CueFirst == t && other.FirstToken <= d.FirstToken && other.EndToken >= d.EndToken)
            {
                return false; // the rules already report the whole clause with this "according to"; this one is nested in it
            }
        }

        AttributionAct act = Acts.ActClassifier.CueAct(v, d.CueFirst, d.CueEnd, out _);
        if (act is AttributionAct.Speech or AttributionAct.Writing)
        {
            return false;
        }

        int sentenceEnd = t;
        while (sentenceEnd < v.Count && v.SentenceOf[sentenceEnd] == v.SentenceOf[t])
        {
            sentenceEnd++;
        }

        (int f, int e) = SourceFinder.PhraseAfter(v, t + 2, sentenceEnd);
        if (f < 0)
        {
            return false;
        }

        d.SetCue(t, t + 2);
        d.SetSource(f, e);
        return true;
    }
}
